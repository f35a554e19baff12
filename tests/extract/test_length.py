"""Long articles: extracted whole (extraction grows linearly with the length; the curve is
shown by ``python -m graph.bench length``), and skipped with one line only past the budget."""
from __future__ import annotations

import pytest

from graph import pipeline
from graph.bench.length import INDOSUM, long_text, real_texts
from graph.extract import extract
from graph.types import Article, Extraction, Skipped


@pytest.mark.skipif(not INDOSUM.is_file(), reason="needs the IndoSum articles in ../shared")
def test_a_200_kb_article_of_real_news_is_extracted_and_finds_the_people_of_its_parts():
    parts, size = [], 0
    for text in real_texts():
        if size >= 200_000:
            break
        parts.append(text)
        size += len(text) + 2
    whole = "\n\n".join(parts)
    x = pipeline._extract_one(Article("long", whole))  # within the build's budget per article
    assert isinstance(x, Extraction), x
    # to the end of the text, not only its beginning
    assert max(m.start for m in x.mentions) > 0.95 * len(whole)
    found = {p.name for p in x.people} | {a for p in x.people for a in p.aliases}
    alone = [p.name for i, text in enumerate(parts) for p in extract(Article(f"part-{i}", text)).people
             if len(p.name.split()) > 1]
    missed = [name for name in alone if name not in found]
    # (an article of many articles joins some: a short form in one can reach a person of another)
    assert len(missed) <= 0.1 * len(alone), f"{len(missed)} of {len(alone)} people of the parts not found"


@pytest.mark.parametrize("kind", ["capitalized", "no-full-stop", "quotes", "names"])
def test_a_hostile_long_article_is_extracted(kind):
    text = long_text(kind, 50_000)
    x = pipeline._extract_one(Article(kind, text))
    assert isinstance(x, Extraction), x
    assert len(x.article.text) == len(text)


def test_the_people_of_a_short_list_of_names_are_found_in_a_long_one():
    long = long_text("names", 50_000)
    short = long[:long.index(",", 600)] + "."
    x = extract(Article("list", long))
    people = {p.name for p in extract(Article("short", short)).people}
    assert len(people) > 10
    # (a name seen once may be read otherwise when seen among many: "Sri" is also a word)
    assert len(people - {p.name for p in x.people}) <= 0.1 * len(people)
    assert len(x.mentions) > 2000  # (about 3,000 names in the list)


def test_an_article_over_the_budget_is_skipped_with_one_line(monkeypatch):
    monkeypatch.setattr(pipeline, "ARTICLE_BUDGET", 0.001)
    out = pipeline._extract_one(Article("slow", long_text("names", 50_000), source="slow.txt"))
    assert isinstance(out, Skipped)
    assert "extraction took over 0.001 s (50,001 characters); skipped (KG_ARTICLE_SECONDS" in out.reason
    assert "\n" not in out.reason


def test_an_unknown_kind_of_long_text_is_named():
    with pytest.raises(ValueError, match="unknown kind of long text 'poems'"):
        long_text("poems", 100)
