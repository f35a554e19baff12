"""graph.render.html with several articles: what each thing was read from, and the title.

The data is checked on five invented articles of the resolution set (Wonosobo, October
2025 to January 2026): every node's articles against the article graphs that state
something about it (read again with SPARQL), its dates against those articles' dates
and an event's own date, a table of things read from the texts by hand.
"""
from __future__ import annotations

import json

import pytest
from rdflib import Dataset

from graph.render.html import date_span, graph_data, html_document, view_title

from conftest import REPO_ROOT, build_paths

RESOLUTION = REPO_ROOT / "tests" / "corpus" / "resolution"
STEMS = ("r01", "r02", "r03", "r04", "r05")
# Publication dates, from the date line of each file.
PUBLISHED = {"r01": "2025-10-14", "r02": "2025-11-06", "r03": "2025-11-23", "r04": "2025-12-09",
             "r05": "2026-01-15"}
PREFIXES = "PREFIX schema: <https://schema.org/> "


@pytest.fixture(scope="module")
def five() -> Dataset:
    return build_paths([RESOLUTION / f"{stem}.txt" for stem in STEMS])


@pytest.fixture(scope="module")
def data(five) -> dict:
    return graph_data(five)


def stem_of(article: dict) -> str:
    return article["iri"].rsplit("/", 1)[-1]


def nodes_named(data: dict, cls: str, name: str) -> list[dict]:
    return [n for n in data["nodes"] if n["cls"] == cls and n["name"] == name]


# --- the data -----------------------------------------------------------------------

def test_articles_are_listed_oldest_first_with_headline_date_and_iri(data):
    assert [stem_of(a) for a in data["articles"]] == list(STEMS)
    for article in data["articles"]:
        stem = stem_of(article)
        first_line = (RESOLUTION / f"{stem}.txt").read_text(encoding="utf-8").splitlines()[0]
        assert article == {"iri": f"https://data.example.org/berita/article/{stem}",
                           "headline": first_line.strip(), "date": PUBLISHED[stem]}


def test_every_node_has_the_articles_whose_graph_states_it(five, data):
    """The same question asked again with SPARQL: which article graphs hold the thing."""
    article_of = {str(g): str(a) for g, a in five.query(
        PREFIXES + "SELECT ?g ?a WHERE { GRAPH ?g { ?a a schema:NewsArticle } }")}
    stated = {}
    for g, s in five.query("SELECT DISTINCT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }"):
        stated.setdefault(str(s), set()).add(article_of[str(g)])
    iris = [a["iri"] for a in data["articles"]]
    assert data["nodes"]
    for node in data["nodes"]:
        assert node["articles"] == sorted(node["articles"]), node["name"]
        assert {iris[i] for i in node["articles"]} == stated[node["iri"]], node["name"]


def test_every_node_is_seen_on_its_articles_dates_and_an_event_on_its_own(five, data):
    own = {str(e): str(d)[:10] for e, d in five.query(
        PREFIXES + "SELECT ?e ?d WHERE { ?e a schema:Event ; schema:startDate ?d }")}
    assert data["dates"] == sorted(set(data["dates"]))
    events = 0
    for node in data["nodes"]:
        expected = {data["articles"][i]["date"] for i in node["articles"]}
        if node["iri"] in own:
            expected.add(own[node["iri"]])
            assert data["dates"][node["date"]] == own[node["iri"]]
            events += 1
        else:
            assert "date" not in node, node["name"]
        assert [data["dates"][i] for i in node["dates"]] == sorted(expected), node["name"]
    assert events == 5


@pytest.mark.parametrize(("cls", "name", "stems", "dates"), [
    # read from the texts: who and what each article names
    ("person", "Endah Sulistyowati", ["r02", "r04"], ["2025-11-06", "2025-12-09"]),
    ("person", "Bagus Hermawan", ["r04", "r05"], ["2025-12-09", "2026-01-15"]),
    ("place", "Lamuk", ["r04", "r05"], ["2025-12-09", "2026-01-15"]),
    ("place", "Kaliwiro", ["r02", "r04", "r05"], ["2025-11-06", "2025-12-09", "2026-01-15"]),
    ("place", "Wonosobo", list(STEMS), sorted(PUBLISHED.values())),
    ("person", "Tjhin Mei Ling", ["r03"], ["2025-11-23"]),
    # an event: reported on the 23rd, held on Saturday the 22nd
    ("event", "Festival Carica 2025", ["r03"], ["2025-11-22", "2025-11-23"]),
])
def test_things_read_from_the_texts(data, cls, name, stems, dates):
    node, = nodes_named(data, cls, name)
    assert [stem_of(data["articles"][i]) for i in node["articles"]] == stems
    assert [data["dates"][i] for i in node["dates"]] == dates


def test_sentences_name_their_article_by_index(five, data):
    text_of = {str(a): str(t) for a, t in five.query(
        PREFIXES + """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?a ?t WHERE { ?c schema:isPartOf ?a ; nif:isString ?t }""")}
    checked = 0
    for node in data["nodes"]:
        for sentence in node["sentences"]:
            article = data["articles"][sentence["article"]]
            assert sentence["text"] in text_of[article["iri"]], (node["name"], sentence["text"])
            assert sentence["article"] in node["articles"]
            checked += 1
    assert checked > 50


def test_data_is_compact_each_headline_once(data):
    text = json.dumps(data, ensure_ascii=False)
    for article in data["articles"]:
        assert text.count(json.dumps(article["headline"], ensure_ascii=False)) == 1
    assert all(isinstance(i, int) for n in data["nodes"] for i in n["articles"] + n["dates"])


def test_undated_and_untitled_articles():
    ds = Dataset().parse(format="trig", data='''
        @prefix s: <https://schema.org/> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        <urn:x:g1> { <urn:x:a1> a s:NewsArticle ; s:headline "Pasar Sukamaju dibuka" ;
                         s:datePublished "2021-06-24"^^<http://www.w3.org/2001/XMLSchema#date> .
                     <urn:x:bambang> a s:Person ; s:name "Bambang Sutejo" . }
        <urn:x:g2> { <urn:x:a2> a s:NewsArticle .
                     <urn:x:c2> a nif:Context ; s:isPartOf <urn:x:a2> ;
                         nif:isString """Bupati Sukamaju Rudi Wibisana meninjau pasar.\n\nIsi berita.""" .
                     <urn:x:rudi> a s:Person ; s:name "Rudi Wibisana" .
                     <urn:x:bambang> a s:Person ; s:name "Bambang Sutejo" . }''')
    data = graph_data(ds)
    assert [(a["headline"], a["date"]) for a in data["articles"]] == [
        ("Pasar Sukamaju dibuka", "2021-06-24"),
        ("Bupati Sukamaju Rudi Wibisana meninjau pasar. Isi berita.", "")]  # undated last
    rudi, = nodes_named(data, "person", "Rudi Wibisana")
    bambang, = nodes_named(data, "person", "Bambang Sutejo")
    assert (rudi["articles"], rudi["dates"]) == ([1], [])
    assert (bambang["articles"], [data["dates"][i] for i in bambang["dates"]]) == ([0, 1], ["2021-06-24"])
    assert view_title(data) == "2 articles, 24 Jun 2021: 2 people"


# --- the title ----------------------------------------------------------------------

def test_title_of_several_articles_says_what_the_view_holds(five, data):
    counts = {c["cls"]: c["count"] for c in data["classes"]}
    bodies = counts.get("government", 0) + counts.get("organization", 0)
    expected = (f"5 articles, 14 Oct 2025 \u2013 15 Jan 2026: {counts['person']} people, {bodies} bodies, "
                f"{counts['business']} businesses, {counts['place']} places, 5 events")
    assert view_title(data) == expected
    page = html_document(five)
    assert f"<title>{expected}</title>" in page and f'<h1 id="title">{expected}</h1>' in page


def test_title_of_a_focus_names_it(five):
    data = graph_data(five, focus="Bagus Hermawan", depth=1)
    assert view_title(data).startswith("Around Bagus Hermawan \u2014 2 articles, 9 Dec 2025 \u2013 15 Jan 2026: ")
    assert [stem_of(a) for a in data["articles"]] == ["r04", "r05"]


@pytest.mark.parametrize(("first", "last", "text"), [
    ("2020-03-03", "2020-03-03", "3 Mar 2020"),
    ("2020-03-01", "2020-03-15", "1\u201315 Mar 2020"),
    ("2020-02-28", "2020-03-03", "28 Feb \u2013 3 Mar 2020"),
    ("2019-12-30", "2020-01-02", "30 Dec 2019 \u2013 2 Jan 2020"),
])
def test_date_span(first, last, text):
    assert date_span(first, last) == text


def test_headlines_are_escaped_in_title_and_heading():
    ds = Dataset().parse(format="trig", data='''
        @prefix s: <https://schema.org/> .
        <urn:x:g1> { <urn:x:a1> a s:NewsArticle ; s:headline "</title><script>alert(1)</script> & co" ;
                         s:datePublished "2021-06-24" .
                     <urn:x:rudi> a s:Person ; s:name "Rudi <b>Wibisana</b>" . }''')
    page = html_document(ds)
    escaped = "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert f"<title>{escaped}</title>" in page and f'<h1 id="title">{escaped}</h1>' in page
    assert page.lower().count("<script") == 3 and page.lower().count("</script") == 3
    assert "<b>" not in page
