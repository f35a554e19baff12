"""Posts written after the person: "X, yang menjabat …", "X, selaku …", "X, Direktur PT Y, …".

For a title after an appositive cue, the last person named before it in the sentence
holds the post; the title's complement is read as for a title before a name::

    Karyadi Widyatmoko, yang juga menjabat Ketua Koperasi Wijayakusuma, hadir.
    → a post "Ketua" of Koperasi Wijayakusuma for Karyadi Widyatmoko

Leaves to later passes: reading the post's body or government (the posts pass).
"""
from __future__ import annotations

import re

from ..document import Document, Pass, TitleMention
from ..lookup.titles import title_complement
from ..text import tokenize

__all__ = ["find_appositive_posts", "PASS"]


_APPOSITIVE_TITLE = re.compile(
    r",?\s+(?:yang\s+)?(?:(?:saat\s+ini|kini)\s+)?(?:juga\s+)?"
    r"(?:menjabat(?:\s+sebagai)?|merangkap(?:\s+sebagai)?|selaku|sekaligus(?:\s+sebagai)?)\s+$"
    r"|,?\s+yang\s+juga\s+$")  # "X, yang juga Komandan Satgas, …"


def find_appositive_posts(doc: Document) -> None:
    """Posts named after the person: "X, yang menjabat Ketua TP PKK sekaligus Ketua Dekranasda"."""
    lx, text = doc.lx, doc.text
    toks, starts = doc.tokens, doc.token_at
    for m in lx.TITLE_RE.finditer(text):
        if m.start() not in starts:
            continue
        cued = _APPOSITIVE_TITLE.search(text[max(0, m.start() - 60):m.start()])
        s0, _ = doc.sentence_of(m.start())
        last = _last_person_in(doc, s0, m.start())  # (end, key) of the last person named in s0:title
        if not last or not cued and not re.fullmatch(r"\s*,\s*", text[last[0]:m.start()]):
            continue  # "Budi Santoso, Direktur PT Sinar Jaya, …": a title right after the name and a comma
        person = doc.ents[last[1]]
        title = m["title"]
        i = starts[m.start("title")] + len(tokenize(title))
        if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")":
            i += 3
        j = title_complement(doc, toks, i, title, lx.titles[title].rule)
        if j <= i:
            continue
        if not cued and j < len(toks) and toks[j].text not in (",", ")", ".") and not toks[j].text.islower():
            continue  # "…, Herlina, Ketua DPRD Kota X Ir. Benny …": the title of the name after it
        _give(doc, person, m, i, j)
    # "Ketua DPR sekaligus Ketua Umum Partai X Rudi …": a title chained before the title of a name
    if not _CHAINED_WORD.search(text):
        return  # (most articles chain no titles: no second reading of every title)
    holders = {p.title_start: e for e in doc.ents.values() if e.kind == "person" for p in e.posts}
    for m in lx.TITLE_RE.finditer(text):
        if m.start() not in starts or doc.claimed(m.start(), m.end()):
            continue
        title = m["title"]
        i = starts[m.start("title")] + len(tokenize(title))
        j = title_complement(doc, toks, i, title, lx.titles[title].rule)
        end = toks[j - 1].end if j > i else m.end()
        chained = _CHAINED.match(text, end)
        person = holders.get(chained.end()) if chained else None
        if person is None or any(p.title_start == m.start() for p in person.posts):
            continue
        if j > i:
            _give(doc, person, m, i, j)
        else:  # a title without a body: "Bupati sekaligus Ketua …" of the region the next names
            person.posts.append(TitleMention(title, m["pre"], "", None, m.start()))


def _last_person_in(doc: Document, start: int, end: int) -> tuple[int, str] | None:
    """(end, key) of the last (in the text's order) person's mention inside ``start:end``:
    walked back from ``end``, not read from the sentence's start (a sentence can be long)."""
    for a, b, k in doc.mentions.before(end, ("person",)):
        if a < start:
            return None
        if b <= end:
            return b, k
    return None


# between two titles of one person
_CHAINED_WORD = re.compile(r"\b(?:sekaligus|merangkap|dan\s+juga)\b")
_CHAINED = re.compile(r",?\s+(?:sekaligus(?:\s+(?:juga|sebagai))?|merangkap(?:\s+sebagai)?|dan\s+juga)\s+")


def _give(doc: Document, person, m: re.Match, i: int, j: int) -> None:
    """Give ``person`` the title matched by ``m``, its complement tokens i..j."""
    toks, text = doc.tokens, doc.text
    span = (toks[i].start, toks[j - 1].end)
    doc.title_spans.append(span)
    person.posts.append(TitleMention(m["title"], m["pre"], text[span[0]:span[1]], span, m.start()))
    written = text[m.start():span[1]]
    if written not in person.titles:
        person.titles.append(written)


PASS = Pass("appositions", find_appositive_posts,
            reads=("ents", "mentions", "acr_defs", "title_spans", "law_spans"),
            assigns=("ents", "title_spans"))
