"""The index rows made from an article's triples (:func:`graph.rows.article_rows`) are those
Oxigraph's engine gives for its N-Quads (:func:`graph.store.article_index`), or ``None``; and
what the build's workers prepare from the triples (:func:`graph.store.article_graph_of`) is
what :func:`graph.store.article_graph` prepares from their N-Quads, byte for byte.

On real articles, on graphs made to meet each rule (a triple stated twice, alike solutions of
s06, a mention without a sentence or without an offset, terms the engine reads otherwise than
written), and on random graphs of such terms.
"""
from __future__ import annotations

from itertools import islice

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.build import Lit, article_triples
from graph.iris import Minter
from graph.rows import article_rows
from graph.store import article_graph, article_graph_of, article_index, to_nquads

BASE = "https://data.example.org/berita"
G = f"{BASE}/graph/a1"
ART = f"{BASE}/article/a1"
CTX = f"{ART}#char=0,99"
RUDI, BAMBANG = f"{BASE}/person/rudi-wibisana", f"{BASE}/person/bambang-sutejo"
SUKAMAJU = f"{BASE}/place/regency/sukamaju"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
IDENT = "http://www.w3.org/2005/11/its/rdf#taIdentRef"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _n(k: int | str) -> Lit:
    return Lit(str(k), None, f"{XSD}nonNegativeInteger")


def _mention(begin: int, end: int, entity: str, anchor: Lit | str = "", sentence: str | None = None,
             node: str = "") -> list[tuple]:
    m = node or f"{ART}#char={begin},{end}"
    triples = [(m, TYPE, f"{NIF}Phrase"), (m, f"{NIF}referenceContext", CTX), (m, f"{NIF}beginIndex", _n(begin)),
               (m, f"{NIF}endIndex", _n(end)), (m, f"{NIF}anchorOf", anchor or Lit("Rudi Wibisana")),
               (m, IDENT, entity)]
    if sentence:
        triples.append((m, f"{NIF}sentence", sentence))
    return triples


SENTENCE = f"{ART}#char=0,40"
ARTICLE = [
    (ART, TYPE, f"{SCHEMA}NewsArticle"), (ART, f"{SCHEMA}datePublished", Lit("2021-03-04", None, f"{XSD}date")),
    (ART, f"{SCHEMA}headline", Lit("Bupati Sukamaju meresmikan pasar", "id")),
    (CTX, TYPE, f"{NIF}Context"), (CTX, f"{SCHEMA}isPartOf", ART), (ART, f"{SCHEMA}text", CTX),
    (SENTENCE, f"{NIF}anchorOf", Lit('Rudi Wibisana, "Bupati" Sukamaju,\nmeresmikan pasar.')),
    (RUDI, TYPE, f"{SCHEMA}Person"), (RUDI, f"{SCHEMA}name", Lit("Rudi Wibisana")),
    (SUKAMAJU, f"{SCHEMA}name", Lit("Sukamaju")), (SUKAMAJU, f"{SCHEMA}containedInPlace", f"{BASE}/place/province/x"),
    (ART, f"{SCHEMA}mentions", RUDI), (ART, f"{SCHEMA}mentions", SUKAMAJU),
    *_mention(0, 13, RUDI, sentence=SENTENCE), *_mention(25, 33, SUKAMAJU, Lit("Sukamaju"), SENTENCE),
]

# what is added to ARTICLE → whether the rows are made without the engine
CASES = {
    "as extracted": ([], True),
    "a triple stated twice": ([ARTICLE[1], ARTICLE[8], *_mention(0, 13, RUDI, sentence=SENTENCE)[2:4]], True),
    "alike solutions of s06 (two mentions of one span)": (
        [*_mention(50, 63, RUDI), *_mention(50, 63, RUDI, node=f"{ART}#char=50,63&again")], True),
    "one mention of two entities": ([(f"{ART}#char=0,13", IDENT, BAMBANG)], True),
    "a mention without a sentence, one whose sentence has no text": (
        [*_mention(60, 65, BAMBANG), *_mention(70, 75, BAMBANG, sentence=f"{ART}#char=66,99")], True),
    "a mention without its begin, before others": (
        [(f"{ART}#char=1,2", IDENT, RUDI), (f"{ART}#char=1,2", f"{NIF}anchorOf", Lit("R")),
         *_mention(80, 85, RUDI)], True),
    "a language, an address, a label": (
        [(RUDI, "http://www.w3.org/2000/01/rdf-schema#label", Lit("Pak Rudi", "id")),
         (ART, f"{SCHEMA}url", Lit("https://contoh.id/a?b=1", None, f"{XSD}anyURI")),
         (f"{BASE}/event/a1/1", f"{SCHEMA}startDate", Lit("2021-13-45", None, f"{XSD}date"))], True),
    "an offset not written as the engine writes it": (
        [t if t[1] != f"{NIF}beginIndex" else (t[0], t[1], _n("090")) for t in _mention(90, 95, RUDI)], False),
    "an explicit xsd:string on a name": ([(RUDI, f"{SCHEMA}name", Lit("Rudi", None, f"{XSD}string"))], False),
    "a language tag in capitals": ([(RUDI, f"{SCHEMA}name", Lit("Rudi", "ID"))], False),
    "a date with a time zone": ([(ART, f"{SCHEMA}datePublished", Lit("2021-03-04Z", None, f"{XSD}date"))], False),
    "a number as a name": ([(RUDI, f"{SCHEMA}name", Lit("1.50", None, f"{XSD}double"))], False),
    "a mention with two texts": ([(f"{ART}#char=0,13", f"{NIF}anchorOf", Lit("Rudi"))], False),
    "a literal as the entity": ([(f"{ART}#char=0,13", IDENT, Lit("Rudi"))], False),
    "an IRI with an escape": ([(RUDI, f"{SCHEMA}knows", f"{BASE}/person/\\u0041")], False),
}


@pytest.mark.parametrize("name", CASES)
def test_rows_are_the_engines_or_left_to_it(name):
    extra, sure = CASES[name]
    triples = ARTICLE + extra
    rows = article_rows(G, triples)
    if not sure:
        assert rows is None
        return
    assert rows is not None
    assert rows == article_index(G, to_nquads(triples, G))


def test_alike_solutions_are_numbered_as_the_engine_numbers_them():
    extra, _ = CASES["alike solutions of s06 (two mentions of one span)"]
    anchors = article_rows(G, ARTICLE + extra)[3]
    rudi = [r for r in anchors if r[0] == RUDI and r[3] == 50]
    assert [r[2] for r in rudi] == [0, 1] and rudi[0][3:] == rudi[1][3:]


def test_no_triples_no_rows():
    assert article_rows(G, []) == article_index(G, b"") == ([], [], [], [], [])


def test_objects_that_are_neither_iri_nor_literal_are_left_to_the_engine():
    assert article_rows(G, ARTICLE + [(RUDI, f"{SCHEMA}knows", 5)]) is None
    assert article_rows(G, ARTICLE + [(RUDI, f"{SCHEMA}knows", ["x"])]) is None  # (unhashable)


def _real_articles(shared_dir, limit: int = 30):
    from graph.ingest import iter_articles
    from graph.types import Article
    paths = [shared_dir / "corpus" / "dev", shared_dir / "corpus" / "indosum" / "articles.jsonl"]
    if not all(p.exists() for p in paths):
        pytest.skip("the shared corpora are not there")
    return [a for a in islice(iter_articles(paths), limit) if isinstance(a, Article)]


def _prepared_alike(triples: list[tuple], graph: str = G) -> bool:
    """Whether the workers' preparation from the triples is the store's from their N-Quads."""
    made = article_graph_of(triples, graph, "a1", "sha", "a1.txt")
    return made == article_graph(to_nquads(triples, graph), graph, "a1", "sha", "a1.txt", index=True)


def test_real_articles_rows_are_the_engines(shared_dir):
    from graph.extract import extract
    from graph.resolve import entity_paths
    minter = Minter()
    for article in _real_articles(shared_dir):
        x = extract(article)
        graph = minter.graph(article.id)
        triples = list(article_triples(x, minter, entity_paths(x)))
        rows = article_rows(graph, triples)
        assert rows is not None, article.id
        assert rows == article_index(graph, to_nquads(triples, graph)), article.id
        assert _prepared_alike(triples, graph), article.id


@pytest.mark.parametrize("triples", [
    [],  # no triple: no N-Quads, a union of one empty line (as _union gives it)
    [t for t in ARTICLE if "#char=" in t[0]],  # the text layer only: an empty union
    ARTICLE + [ARTICLE[2], ARTICLE[8]],  # triples stated twice: counted once
    ARTICLE + [(RUDI, f"{SCHEMA}description", Lit(f"ditulis <{G}> . di sini"))],  # a literal holding the graph
    ARTICLE + [(RUDI, f"{SCHEMA}knows", f"{BASE}/person/a\nb")],  # an IRI that breaks its line
    ARTICLE + [(RUDI, f"{SCHEMA}name", Lit("Rudi", None, f"{XSD}string"))],  # rows left to the engine
], ids=["empty", "text layer only", "stated twice", "a literal holding the graph", "a broken line", "engine's rows"])
def test_the_workers_preparation_is_the_stores(triples):
    assert _prepared_alike(triples)


def test_the_workers_send_the_engines_rows(shared_dir):
    from graph.pipeline import _build_one
    for article in _real_articles(shared_dir, 5):
        prepared, _, _ = _build_one((article, None))
        assert prepared.index == article_index(prepared.graph, prepared.nquads), article.id


_SUBJECTS = [RUDI, SUKAMAJU, ART, CTX, SENTENCE, *(f"{ART}#char={b},{b + 5}" for b in range(3))]
_PROPERTIES = [TYPE, IDENT, f"{SCHEMA}name", f"{SCHEMA}headline", f"{SCHEMA}isPartOf", f"{SCHEMA}location",
               f"{SCHEMA}mentions", f"{SCHEMA}startDate", f"{NIF}anchorOf", f"{NIF}beginIndex", f"{NIF}endIndex",
               f"{NIF}referenceContext", f"{NIF}sentence"]
_OBJECTS = [*_SUBJECTS, Lit("Rudi"), Lit("Rudi", "id"), Lit("Rudi", "ID"), Lit("Rudi", None, f"{XSD}string"),
            _n(5), _n("05"), Lit("5", None, f"{XSD}integer"), Lit("2021-03-04", None, f"{XSD}date"),
            Lit("2021-03-04Z", None, f"{XSD}date"), Lit("1.5", None, f"{XSD}double"), Lit('a "b"\nc\\d')]


_TRIPLE = st.tuples(st.sampled_from(_SUBJECTS), st.sampled_from(_PROPERTIES), st.sampled_from(_OBJECTS)).map(lambda t: [t])
_MENTION = st.builds(lambda b, *rest: _mention(b, b + 5, *rest), st.integers(0, 9), st.sampled_from([RUDI, BAMBANG, RUDI, BAMBANG, Lit("Rudi")]),
                     st.sampled_from(["", Lit("Rudi", "id")]), st.sampled_from([None, SENTENCE, _SUBJECTS[5]]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_TRIPLE, _MENTION), max_size=30)
       .map(lambda pieces: [(CTX, f"{SCHEMA}isPartOf", ART), *(t for p in pieces for t in p)]).flatmap(st.permutations))
def test_random_graphs_rows_are_the_engines_when_made(triples):
    rows = article_rows(G, triples)
    if rows is not None:
        assert rows == article_index(G, to_nquads(triples, G))
