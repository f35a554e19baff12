"""The shipped scale questions answer as the profile's text does.

Some of ``graph/queries/s0*.rq`` are the profile's questions written so that the engine
takes a cheaper road (the places inside a place first, names read after the sort). They
must give the same rows as the profile's own text: on the seed, and on a small corpus made
for the purpose (nested places, more rows than the LIMIT, ties on the sort keys, events
with two names or two dates, things of another class that share the properties), with
Oxigraph's engine and rdflib's.
"""
from __future__ import annotations

import os
import random
import re
from collections import Counter

import pytest

from graph.query import bind_params, canned_queries, run_query
from conftest import SHARED_DIR

PROFILE_SCALE = SHARED_DIR / "profile" / "cq" / "scale"
BASE = "https://data.example.org/berita"
KEMBANG = f"{BASE}/person/i-made-kembang-hartawan"  # the seed's Vice Regent
SCHEMA = "https://schema.org/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DATE = "http://www.w3.org/2001/XMLSchema#date"
INTEGER = '"%d"^^<http://www.w3.org/2001/XMLSchema#integer>'
NON_NEGATIVE = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
IDENT = "http://www.w3.org/2005/11/its/rdf#taIdentRef"

# question → (its parameters, the columns its ORDER BY sorts on)
QUESTIONS = {
    "s01-entity": ({"entity": f"{BASE}/place/province/sukamaju-raya"}, None),
    "s02-person-events": ({"person": f"{BASE}/person/rudi-wibisana", "from": "2019-01-01", "to": "2021-12-31"},
                          ("date",)),
    "s03-body-officials": ({"org": f"{BASE}/org/dinas-sukamaju"}, ("name",)),
    "s04-latest-events": ({}, ("date", "event")),
    "s05-place-articles": ({"place": f"{BASE}/place/province/sukamaju-raya"}, ("published", "article")),
    "s06-entity-mentions": ({"entity": f"{BASE}/person/rudi-wibisana"}, ("article", "begin")),
}


def _profile_text(name: str) -> str:
    path = PROFILE_SCALE / f"{name}.rq"
    if not path.is_file():
        pytest.skip(f"the profile's scale questions are not at {PROFILE_SCALE}")
    return path.read_text(encoding="utf-8")


def _nquads() -> str:
    """A corpus of invented articles in N-Quads: each article's graph and, as a store keeps
    it, the same facts in the default graph."""
    rng = random.Random(16)
    places = {"province/sukamaju-raya": None, "province/lembah-hijau": None}
    for r in range(3):
        places[f"regency/sukamaju-{r}"] = "province/sukamaju-raya"
        for d in range(2):
            places[f"district/sukamaju-{r}-{d}"] = f"regency/sukamaju-{r}"
    places["venue/balai-sukamaju"] = "district/sukamaju-0-1"
    places["regency/lembah-0"] = "province/lembah-hijau"
    dates = [f"2020-0{m}-1{d}" for m in range(1, 4) for d in range(3)]  # few dates: many ties
    lines = []

    def say(s, p, o, g):
        lines.append(f"<{s}> <{p}> {o} <{g}> .")
        lines.append(f"<{s}> <{p}> {o} .")

    def lit(text, datatype=None):
        return f'"{text}"^^<{datatype}>' if datatype else f'"{text}"@id'

    for i in range(130):
        art, g = f"{BASE}/article/a{i:03d}", f"{BASE}/graph/a{i:03d}"
        say(art, TYPE, f"<{SCHEMA}NewsArticle>", g)
        if i % 9:  # some articles have no date
            say(art, f"{SCHEMA}datePublished", lit(rng.choice(dates), DATE), g)
        if i % 4 == 0:
            say(art, f"{SCHEMA}headline", lit(f"Berita {i}"), g)
        if i % 20 == 0:
            say(art, f"{SCHEMA}headline", lit(f"Judul lain {i}"), g)
        for place in rng.sample(sorted(places), rng.randint(1, 3)):
            say(art, f"{SCHEMA}mentions", f"<{BASE}/place/{place}>", g)
            if i % 3 == 0 and places[place]:  # as news does: many articles state where a place lies
                say(f"{BASE}/place/{place}", f"{SCHEMA}containedInPlace", f"<{BASE}/place/{places[place]}>", g)
        say(art, f"{SCHEMA}mentions", f"<{BASE}/person/rudi-wibisana>", g)
        ctx, m = f"{BASE}/text/a{i:03d}#char=0,200", f"{BASE}/text/a{i:03d}#char=10,23"
        s = f"{BASE}/text/a{i:03d}#char=0,40"
        lines += _more_mentions(i, ctx, g)
        lines += [f"<{ctx}> <{SCHEMA}isPartOf> <{art}> <{g}> .",
                  f"<{m}> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <{BASE}/person/rudi-wibisana> <{g}> .",
                  f'<{m}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> "Rudi Wibisana" <{g}> .',
                  f"<{m}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> {INTEGER % 10} <{g}> .",
                  f"<{m}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> {INTEGER % 23} <{g}> .",
                  f"<{m}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext> <{ctx}> <{g}> .",
                  f"<{m}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sentence> <{s}> <{g}> .",
                  f'<{s}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> "Bupati Rudi Wibisana hadir." <{g}> .']
        if i < 70:  # an event in each of the first articles
            event = f"{BASE}/event/e{i:03d}"
            say(event, TYPE, f"<{SCHEMA}Event>", g)
            say(event, f"{SCHEMA}startDate", lit(rng.choice(dates), DATE), g)
            if i % 10 == 3:
                say(event, f"{SCHEMA}startDate", lit(rng.choice(dates), DATE), g)
            if i % 6:
                say(event, f"{SCHEMA}name", lit(f"Rapat {i}"), g)
            if i % 7 == 0:
                say(event, f"{SCHEMA}name", lit(f"Pertemuan {i}"), g)
            if i % 5 == 0:  # the same label by two properties: one label (a path's solutions are a set)
                say(event, f"{RDFS}label", lit(f"Rapat {i}"), g)
            say(event, f"{SCHEMA}attendee" if i % 2 else f"{SCHEMA}organizer", f"<{BASE}/person/rudi-wibisana>", g)
            say(event, f"{SCHEMA}location", f"<{BASE}/place/{rng.choice(sorted(places))}>", g)
    g = f"{BASE}/graph/other"  # things of other classes with the same properties
    say(f"{BASE}/work/laporan", TYPE, f"<{SCHEMA}CreativeWork>", g)
    say(f"{BASE}/work/laporan", f"{SCHEMA}mentions", f"<{BASE}/place/regency/sukamaju-1>", g)
    say(f"{BASE}/work/laporan", f"{SCHEMA}startDate", lit("2020-03-12", DATE), g)  # the latest date
    say(f"{BASE}/work/laporan", f"{SCHEMA}datePublished", lit("2020-03-12", DATE), g)
    say(f"{BASE}/work/laporan", f"{SCHEMA}name", lit("007", NON_NEGATIVE), g)  # Oxigraph gives "7"^^xsd:integer
    say(f"{BASE}/work/laporan", f"{SCHEMA}headline", lit("Laporan"), g)
    say(f"{BASE}/event/e001", f"{SCHEMA}attendee", f"<{BASE}/person/rudi-wibisana>", g)  # stated by two graphs
    say(f"{BASE}/event/e001", f"{SCHEMA}name", lit("Rapat 1"), g)  # so is its name
    say(f"{BASE}/person/rudi-wibisana", f"{SCHEMA}knows", f"<{BASE}/person/rudi-wibisana>", g)  # out and in
    say(f"{BASE}/person/rudi-wibisana", f"{SCHEMA}alternateName", lit("Rudi"), g)
    for k in range(3):  # the newest days are those of things that are no event: a plan reads past them
        say(f"{BASE}/work/agenda-{k}", TYPE, f"<{SCHEMA}CreativeWork>", g)
        say(f"{BASE}/work/agenda-{k}", f"{SCHEMA}startDate", lit(f"2020-04-0{k + 1}", DATE), g)
    for place, parent in places.items():
        say(f"{BASE}/place/{place}", f"{SCHEMA}name", lit(place.split("/")[1].replace("-", " ").title()), g)
        if parent:
            say(f"{BASE}/place/{place}", f"{SCHEMA}containedInPlace", f"<{BASE}/place/{parent}>", g)
    say(f"{BASE}/person/rudi-wibisana", f"{SCHEMA}name", lit("Rudi Wibisana"), g)
    for k, post in enumerate(("kepala", "sekretaris")):
        say(f"{BASE}/post/{post}", "http://www.w3.org/ns/org#postIn", f"<{BASE}/org/dinas-sukamaju>", g)
        say(f"{BASE}/person/p{k}", "http://www.w3.org/ns/org#holds", f"<{BASE}/post/{post}>", g)
        say(f"{BASE}/person/p{k}", f"{SCHEMA}name", lit(f"Bambang Sutejo {k}"), g)
    # s03: a post with two labels, a holder with two names (one a plain string), two holders of
    # one post with the same name (a tie on the sort key), a post nobody holds, a post without label
    say(f"{BASE}/post/kepala", f"{RDFS}label", lit("Kepala Dinas"), g)
    say(f"{BASE}/post/kepala", f"{RDFS}label", '"Kepala"', g)
    say(f"{BASE}/person/p0", f"{SCHEMA}name", '"Bambang S."', g)
    say(f"{BASE}/person/p2", "http://www.w3.org/ns/org#holds", f"<{BASE}/post/sekretaris>", g)
    say(f"{BASE}/person/p2", f"{SCHEMA}name", lit("Bambang Sutejo 0"), g)
    say(f"{BASE}/post/bendahara", "http://www.w3.org/ns/org#postIn", f"<{BASE}/org/dinas-sukamaju>", g)
    # s02: an event in two places of the same name (the path's solutions are a bag), one at a
    # place without a name, another body's post
    say(f"{BASE}/event/e001", f"{SCHEMA}location", f"<{BASE}/place/venue/balai-sukamaju>", g)
    say(f"{BASE}/event/e001", f"{SCHEMA}location", f"<{BASE}/place/venue/balai-kedua>", g)
    say(f"{BASE}/place/venue/balai-kedua", f"{SCHEMA}name", lit("Balai Sukamaju"), g)
    say(f"{BASE}/event/e002", f"{SCHEMA}location", f"<{BASE}/place/venue/tanpa-nama>", g)
    say(f"{BASE}/event/e200", f"{SCHEMA}startDate", lit("2020-02-11", DATE), g)  # no name, no place
    say(f"{BASE}/event/e200", f"{SCHEMA}organizer", f"<{BASE}/person/rudi-wibisana>", g)
    say(f"{BASE}/post/camat", "http://www.w3.org/ns/org#postIn", f"<{BASE}/org/kecamatan-sukamaju>", g)
    say(f"{BASE}/person/p3", "http://www.w3.org/ns/org#holds", f"<{BASE}/post/camat>", g)
    say(f"{BASE}/person/p3", f"{SCHEMA}name", lit("Rudi Wibisana"), g)
    say(f"{BASE}/event/e003", f"{SCHEMA}organizer", f"<{BASE}/person/p3>", g)
    return "\n".join(lines) + "\n"


def _more_mentions(i: int, ctx: str, g: str) -> list[str]:
    """Mentions in article ``i`` besides the first: one at the same offset (a tie on the sort
    keys) with its offsets typed ``xsd:nonNegativeInteger`` and no sentence; one of another
    person in two sentences of the same text (one row) or of two texts (two rows)."""
    text = f"{BASE}/text/a{i:03d}"
    lines = []
    if i % 3 == 0:
        m = f"{text}#char=10,14"
        lines += [f"<{m}> <{IDENT}> <{BASE}/person/rudi-wibisana> <{g}> .",
                  f'<{m}> <{NIF}anchorOf> "Rudi" <{g}> .',
                  f'<{m}> <{NIF}beginIndex> "010"^^<{NON_NEGATIVE}> <{g}> .',
                  f'<{m}> <{NIF}endIndex> "14"^^<{NON_NEGATIVE}> <{g}> .',
                  f"<{m}> <{NIF}referenceContext> <{ctx}> <{g}> ."]
    if i % 4 == 1:  # more mentions in one article, as many begins: the rows are sorted by them
        for begin in (170, 130, 100, 40, 70, 9):
            m = f"{text}#char={begin},{begin + 4}"
            lines += [f"<{m}> <{IDENT}> <{BASE}/person/rudi-wibisana> <{g}> .",
                      f'<{m}> <{NIF}anchorOf> "Rudi" <{g}> .',
                      f"<{m}> <{NIF}beginIndex> {INTEGER % begin} <{g}> .",
                      f"<{m}> <{NIF}endIndex> {INTEGER % (begin + 4)} <{g}> .",
                      f"<{m}> <{NIF}referenceContext> <{ctx}> <{g}> ."]
    if i % 5 == 0:
        m, one, two = f"{text}#char=60,74", f"{text}#char=41,80", f"{text}#char=41,81"
        lines += [f"<{m}> <{IDENT}> <{BASE}/person/bambang-sutejo> <{g}> .",
                  f'<{m}> <{NIF}anchorOf> "Bambang Sutejo"@id <{g}> .',
                  f"<{m}> <{NIF}beginIndex> {INTEGER % 60} <{g}> .",
                  f"<{m}> <{NIF}endIndex> {INTEGER % 74} <{g}> .",
                  f"<{m}> <{NIF}referenceContext> <{ctx}> <{g}> .",
                  f"<{m}> <{NIF}sentence> <{one}> <{g}> .",
                  f"<{m}> <{NIF}sentence> <{two}> <{g}> .",
                  f'<{one}> <{NIF}anchorOf> "Bambang Sutejo datang." <{g}> .',
                  f'<{two}> <{NIF}anchorOf> "{"Bambang Sutejo datang." if i % 10 else "Bambang Sutejo pulang."}" <{g}> .']
    return lines


@pytest.fixture(scope="module")
def engines():
    """The corpus in Oxigraph's engine and in rdflib's, each with its rows as tuples of strings."""
    import pyoxigraph as ox
    from rdflib import Dataset

    from graph.vocab import PREFIXES, prefix_iris
    data = _nquads()
    store = ox.Store()
    store.load(data.encode(), format=ox.RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=data, format="nquads")

    def oxigraph(text):
        res = store.query(text, prefixes=prefix_iris())
        names = [v.value for v in res.variables]
        return names, [tuple(None if row[n] is None else str(row[n].value) for n in names) for row in res]

    def rdflib(text):
        res = ds.query(text, initNs=PREFIXES)
        names = [str(v) for v in res.vars]
        return names, [tuple(None if v is None else str(v) for v in row) for row in res]
    return {"oxigraph": oxigraph, "rdflib": rdflib}


def _same_answer(expected, got, keys) -> None:
    """Same columns and rows; under ORDER BY, the same sort keys in the same order, and the
    same rows within each run of equal keys (their order there is the engine's). When a
    LIMIT may have cut the last run, which of its rows made it is the engine's too."""
    (names, want), (got_names, have) = expected, got
    assert got_names == names
    assert len(have) == len(want)
    if keys is None:
        assert Counter(have) == Counter(want)
        return
    at = [names.index(k) for k in keys]
    key = lambda row: tuple(row[i] for i in at)  # noqa: E731
    assert [key(r) for r in have] == [key(r) for r in want]
    last = key(want[-1]) if want else None
    assert Counter(r for r in have if key(r) != last) == Counter(r for r in want if key(r) != last)


@pytest.mark.parametrize("name", sorted(QUESTIONS))
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_each_shipped_scale_question_answers_as_the_profiles_text(engines, engine, name):
    values, keys = QUESTIONS[name]
    run = engines[engine]
    profile = run(bind_params(_profile_text(name), values))
    shipped = run(bind_params(canned_queries()[name], values))
    assert profile[1], f"{name}: the test corpus must give the question rows"
    _same_answer(profile, shipped, keys)


@pytest.mark.parametrize("name, limit", [("s04-latest-events", 50), ("s05-place-articles", 100)])
def test_the_corpus_gives_more_rows_than_the_limit_and_ties_on_its_sort_keys(engines, name, limit):
    """Else the LIMIT-aware formulations would be tested on nothing."""
    values, keys = QUESTIONS[name]
    text = bind_params(_profile_text(name), values).replace(f"LIMIT {limit}", "")
    names, rows = engines["oxigraph"](text)
    at = [names.index(k) for k in keys]
    assert len(rows) > limit
    assert max(Counter(tuple(r[i] for i in at) for r in rows).values()) > 1  # one key, several rows
    assert max(Counter(r[at[0]] for r in rows[:limit + 10]).values()) > 1   # ties on the first key


def test_on_the_seed_the_shipped_scale_questions_answer_as_the_profiles(seed_dataset):
    place = next(str(r[0]) for r in run_query(seed_dataset, "SELECT ?p WHERE { ?p a schema:AdministrativeArea } LIMIT 1"))
    values = {"s01-entity": {"entity": KEMBANG}, "s02-person-events": {"person": KEMBANG, "from": "2020-01-01",
                                                                         "to": "2020-12-31"},
              "s03-body-officials": {}, "s04-latest-events": {}, "s05-place-articles": {"place": place},
              "s06-entity-mentions": {"entity": KEMBANG}}
    for name, value in values.items():
        rows = [sorted(str(v) for v in r) for r in
                run_query(seed_dataset, bind_params(canned_queries()[name], value))]
        want = [sorted(str(v) for v in r) for r in run_query(seed_dataset, bind_params(_profile_text(name), value))]
        assert sorted(rows) == sorted(want), name


# ---- the plans (graph.plans): the store's indexes, then the profile's question on a few subjects

def _solutions(res, names=None, terms=False) -> tuple[list[str], list[tuple]]:
    """Oxigraph's rows (a query result, or the list a plan gives) as tuples of strings: the
    terms' values, or with ``terms`` the terms as N-Triples writes them (with their datatype
    or language)."""
    names = names or [v.value for v in res.variables]
    text = str if terms else (lambda term: str(term.value))  # noqa: E731
    return names, [tuple(None if row[n] is None else text(row[n]) for n in names) for row in res]


def _put(st, graphs: dict[str, list[str]]) -> None:
    from graph.store import article_graph
    st.put_articles([article_graph(("\n".join(lines) + "\n").encode(), g, g.rsplit("/", 1)[1])
                     for g, lines in sorted(graphs.items())])
    st.save_manifest()


def _article_graphs(data: str) -> dict[str, list[str]]:
    """The test corpus's N-Quads, article graph by article graph (the store makes the union)."""
    graphs: dict[str, list[str]] = {}
    for line in data.splitlines():
        named = re.search(rf" <({re.escape(BASE)}/graph/[^>]*)> \.$", line)
        if named:
            graphs.setdefault(named.group(1), []).append(line)
    return graphs


@pytest.fixture
def store(tmp_path):
    """The test corpus in a store of today's format: its graphs, their union and the indexes."""
    from graph.store import KGStore
    with KGStore(tmp_path / "store", write=True, create=True) as st:
        _put(st, _article_graphs(_nquads()))
        yield st


def _places(st) -> list[str]:
    return sorted({r["p"].value for r in st.query(
        "SELECT ?p WHERE { { ?p schema:containedInPlace ?x } UNION { ?x schema:containedInPlace ?p } }")})


def _plan_matches_profile(st, name: str, values: dict[str, str], limit: int) -> bool:
    """The plan's rows are the profile's text's (with its LIMIT set to ``limit``); whether the
    plan answered (not the fallback to the text)."""
    from graph.plans import PLANNED
    _, keys = QUESTIONS[name]
    default = {"s04-latest-events": 50, "s05-place-articles": 100}[name]
    text = bind_params(_profile_text(name), values).replace(f"LIMIT {default}", f"LIMIT {limit}")
    want = _solutions(st.query(text))
    found = PLANNED[name](st, st.index(), values, limit=limit)
    rows = found[1] if found is not None else None
    got = _solutions(rows, want[0]) if rows is not None else _solutions(st.query(text))
    if found is not None:  # the text kg query runs gives the same rows (in their order but for ties)
        _same_answer(_solutions(st.query(found[0])), got, keys)
    _same_answer(want, got, keys)
    return rows is not None


@pytest.mark.parametrize("limit", [1, 3, 7, 20, 50, 100, 400])
def test_the_latest_events_by_plan_are_the_profiles(store, limit):
    answered = _plan_matches_profile(store, "s04-latest-events", {}, limit)
    assert answered or limit > 60  # the corpus has 70 events: more is the question as written


@pytest.mark.parametrize("limit", [1, 5, 30, 100, 1000])
def test_the_articles_about_a_place_by_plan_are_the_profiles(store, limit):
    answered = [_plan_matches_profile(store, "s05-place-articles", {"place": p}, limit)
                for p in [*_places(store), f"{BASE}/place/regency/nowhere"]]
    assert all(answered)  # by the plan: below the limit, every statement of the places, from the index


def test_the_plans_follow_articles_removed_replaced_and_renamed(store):
    """An incremental build's changes reach the indexes: a removed article's statements
    leave them, a replaced one's new statements replace its old ones, a renamed IRI is
    renamed there too."""
    newest = f"{BASE}/graph/a001"
    lines = _article_graphs(_nquads())[newest]
    store.drop_graph(f"{BASE}/graph/a000")
    changed = [re.sub(r'"2020-0\d-1\d"', '"2021-06-30"', line) for line in lines]
    _put(store, {newest: changed})
    store.rename({f"{BASE}/place/province/sukamaju-raya": f"{BASE}/place/province/sukamaju-jaya"})
    assert store.index().execute("SELECT COUNT(*) FROM mention WHERE graph = ?", (f"{BASE}/graph/a000",)).fetchone() == (0,)
    assert _plan_matches_profile(store, "s04-latest-events", {}, 5)
    top = _solutions(store.query(bind_params(_profile_text("s04-latest-events"), {})))[1][0]
    assert top[2] == "2021-06-30"
    for place in [*_places(store), f"{BASE}/place/province/sukamaju-raya"]:
        _plan_matches_profile(store, "s05-place-articles", {"place": place}, 10)
    assert _plan_matches_profile(store, "s05-place-articles", {"place": f"{BASE}/place/province/sukamaju-jaya"}, 10)
    for entity in [*ENTITIES, f"{BASE}/place/province/sukamaju-jaya"]:
        for name in ("s01-entity", "s06-entity-mentions"):
            assert _index_plan_matches_profile(store, name, entity), (name, entity)
    store.rename({f"{BASE}/person/p3": f"{BASE}/person/rudi-wibisana", f"{BASE}/post/camat": f"{BASE}/post/kepala"})
    for name, values in _point_values():  # p3 merged into rudi-wibisana, camat into kepala
        assert _point_plan_matches_profile(store, name, values), (name, values)
    index = store.index("anchor")
    assert index.execute("SELECT COUNT(*) FROM graph_id WHERE graph = ?", (f"{BASE}/graph/a000",)).fetchone() == (0,)
    for table in ("link", "label", "anchor", "value"):  # no row is left of a graph that went or was replaced
        assert index.execute(f"SELECT COUNT(*) FROM {table} WHERE gid NOT IN (SELECT id FROM graph_id)").fetchone() == (0,)
    _facts_are_the_values_made_distinct(store)
    _within_is_the_links_made_distinct(store)
    assert store.index("within").execute("SELECT COUNT(*) FROM within WHERE place = ? OR part = ?",
                                         (f"{BASE}/place/province/sukamaju-raya",) * 2).fetchone() == (0,)


def _facts_are_the_values_made_distinct(st, shared: bool = False) -> None:
    """``fact`` holds each row of ``value`` once, with the number of article graphs stating it
    (with ``shared``, some of them stated by more than one)."""
    index = st.index("fact")
    facts = index.execute("SELECT subject, property, value, kind, n FROM fact ORDER BY 1, 2, 3, 4").fetchall()
    assert facts == index.execute("SELECT subject, property, value, kind, COUNT(*) FROM value "
                                  "GROUP BY subject, property, value, kind ORDER BY 1, 2, 3, 4").fetchall()
    assert facts and (not shared or max(n for *_, n in facts) > 1)


def _within_is_the_links_made_distinct(st, shared: bool = False) -> None:
    """``within`` holds each ``schema:containedInPlace`` row of ``link`` once, with the number of
    article graphs stating it (with ``shared``, some of them stated by more than one)."""
    index = st.index("within")
    within = index.execute("SELECT place, part, part_kind, n FROM within ORDER BY 1, 2, 3").fetchall()
    assert within == index.execute("SELECT object, subject, subject_kind, COUNT(*) FROM link WHERE property = ? "
                                   "GROUP BY object, subject, subject_kind ORDER BY 1, 2, 3",
                                   (f"{SCHEMA}containedInPlace",)).fetchall()
    assert within and (not shared or max(n for *_, n in within) > 1)


def test_the_places_inside_places_follow_articles_removed_replaced_and_renamed(store):
    """Each change of an incremental build keeps ``within`` the distinct places inside places
    of ``link``: a link many articles state stays while one of them is left, and goes with the
    last; s05 by plan reads the same places there as in ``link``."""
    from graph.plans import _INSIDE
    graphs = _article_graphs(_nquads())
    _within_is_the_links_made_distinct(store, shared=True)
    index = store.index("within")
    place, part, _, most = index.execute("SELECT * FROM within ORDER BY n DESC, place, part LIMIT 1").fetchone()
    link = f"<{part}> <{SCHEMA}containedInPlace> <{place}>"
    stating = sorted(g for g, lines in graphs.items() if any(line.startswith(link) for line in lines))
    assert len(stating) == most > 1
    for graph in stating[:-1]:
        store.drop_graph(graph)
        _within_is_the_links_made_distinct(store)
    assert index.execute("SELECT n FROM within WHERE place = ? AND part = ?", (place, part)).fetchone() == (1,)
    last = stating[-1]
    _put(store, {last: [line for line in graphs[last] if not line.startswith(link)]})
    assert index.execute("SELECT COUNT(*) FROM within WHERE place = ? AND part = ?", (place, part)).fetchone() == (0,)
    store.rename({f"{BASE}/place/province/sukamaju-raya": f"{BASE}/place/province/sukamaju-jaya"})
    _within_is_the_links_made_distinct(store)
    for where in [*_places(store), f"{BASE}/place/regency/nowhere"]:
        inside = [sorted(index.execute(_INSIDE[t], (where,)).fetchall()) for t in ("within", "link")]
        assert inside[0] == inside[1], where
        assert _plan_matches_profile(store, "s05-place-articles", {"place": where}, 10)


def test_the_distinct_values_follow_articles_removed_replaced_and_renamed(store):
    """Each change of an incremental build keeps ``fact`` the distinct rows of ``value``: a
    value many articles state stays while one of them is left, and goes with the last."""
    from graph.store import article_graph
    graphs = _article_graphs(_nquads())
    _facts_are_the_values_made_distinct(store, shared=True)
    counted = dict(((s, p, v, k), n) for s, p, v, k, n in store.index("fact").execute("SELECT * FROM fact"))
    (key, most), = [max(counted.items(), key=lambda kv: (kv[1], kv[0]))]
    stating = sorted(g for g, lines in graphs.items() if any(key[0] in line and key[1] in line for line in lines))
    for graph in stating[:-1]:  # all but the last article that states it
        store.drop_graph(graph)
        _facts_are_the_values_made_distinct(store)
    assert store.index("fact").execute("SELECT n FROM fact WHERE subject = ? AND property = ? AND value = ? "
                                       "AND kind = ?", key).fetchone() == (most - len(stating) + 1,)
    last = stating[-1]
    _put(store, {last: [line for line in graphs[last] if not (key[0] in line and key[1] in line)]})
    assert store.index("fact").execute("SELECT COUNT(*) FROM fact WHERE subject = ? AND property = ? "
                                       "AND value = ? AND kind = ?", key).fetchone() == (0,)
    store.rename({f"{BASE}/person/p3": f"{BASE}/person/rudi-wibisana", f"{BASE}/post/camat": f"{BASE}/post/kepala"})
    _facts_are_the_values_made_distinct(store)
    for name, values in _point_values():
        assert _point_plan_matches_profile(store, name, values), (name, values)
    store.put_articles([article_graph(("\n".join(graphs[last]) + "\n").encode(), last, "again", index=True)])
    _facts_are_the_values_made_distinct(store)


def test_the_point_plans_on_a_store_of_format_6_read_the_values_of_each_article(store):
    """A store of format 6 has ``value`` but not ``fact`` (its next build makes it): s02, s03
    and s05 by plan read ``value``, made distinct as they read it, with the same rows."""
    from graph.plans import _facts
    store.format = 6
    assert _facts(store) == "value"
    answered = [(name, v) for name, v in _point_values() if _point_plan_matches_profile(store, name, v)]
    assert answered == _point_values()
    for place in [*_places(store), f"{BASE}/place/regency/nowhere"]:
        assert _plan_matches_profile(store, "s05-place-articles", {"place": place}, 10)


#: Entities s01 and s06 are asked about: people with many mentions, in and out statements and
#: labels, places, a body, a post, an article, an event, a class (its members are asked of the
#: database), a thing with a label Oxigraph gives as xsd:integer, one no statement names.
ENTITIES = [f"{BASE}/{e}" for e in (
    "person/rudi-wibisana", "person/bambang-sutejo", "person/p0", "place/province/sukamaju-raya",
    "place/regency/sukamaju-1", "place/venue/balai-sukamaju", "org/dinas-sukamaju", "post/kepala",
    "article/a005", "event/e001", "work/laporan", "place/regency/nowhere")] + [f"{SCHEMA}Event", f"{SCHEMA}NewsArticle"]


def _index_plan_matches_profile(st, name: str, entity: str) -> bool:
    """s01 or s06 by its plan on ``st`` gives the profile's rows (whether the plan answered):
    the same multiset, and for s06 the same order of its sort keys."""
    from graph.plans import PLANNED, _READS
    _, keys = QUESTIONS[name]
    text = bind_params(_profile_text(name), {"entity": entity})
    want = _solutions(st.query(text), terms=True)
    found = PLANNED[name](st, st.index(_READS[name]), {"entity": entity})
    if found is None:
        return False
    _same_answer(want, _solutions(found[1], want[0], terms=True), keys)
    assert _solutions(st.query(found[0]), terms=True)[1] == want[1]  # the text kg query runs is the question
    return True


@pytest.mark.parametrize("name", ["s01-entity", "s06-entity-mentions"])
def test_one_entitys_rows_by_plan_are_the_profiles(store, name):
    answered = [e for e in ENTITIES if _index_plan_matches_profile(store, name, e)]
    assert answered == ENTITIES


#: s02's people and date ranges (a day inside, a range of one day, none, one the wrong way
#: round), s03's bodies: the plans of the point questions are asked about each.
PEOPLE = [f"{BASE}/person/{p}" for p in ("rudi-wibisana", "p3", "bambang-sutejo", "nobody")]
RANGES = [("2019-01-01", "2021-12-31"), ("2020-02-10", "2020-02-12"), ("2020-03-12", "2020-03-12"),
          ("2021-01-01", "2021-12-31"), ("2020-03-01", "2020-01-01")]
BODIES = [f"{BASE}/org/{o}" for o in ("dinas-sukamaju", "kecamatan-sukamaju", "nowhere")]


def _point_values() -> list[tuple[str, dict[str, str]]]:
    return ([("s02-person-events", {"person": p, "from": a, "to": b}) for p in PEOPLE for a, b in RANGES]
            + [("s03-body-officials", {"org": o}) for o in BODIES])


def _point_plan_matches_profile(st, name: str, values: dict[str, str]) -> bool:
    """s02 or s03 by its plan on ``st`` gives the profile's rows, terms with their datatype or
    language, in the order of its sort key but for ties (whether the plan answered)."""
    from graph.plans import PLANNED, _READS
    want = _solutions(st.query(bind_params(_profile_text(name), values)), terms=True)
    found = PLANNED[name](st, st.index(_READS[name]), values)
    if found is None:
        return False
    _same_answer(want, _solutions(found[1], want[0], terms=True), QUESTIONS[name][1])
    _same_answer(want, _solutions(st.query(found[0]), terms=True), QUESTIONS[name][1])  # the text kg query names
    return True


def test_a_persons_events_and_a_bodys_officials_by_plan_are_the_profiles(store):
    answered = [(name, v) for name, v in _point_values() if _point_plan_matches_profile(store, name, v)]
    assert answered == _point_values()


def test_the_corpus_has_what_the_point_plans_must_get_right(store):
    """Else s02's and s03's plans would be tested on nothing: an event in two places of one
    name (two rows), a person both organizer and attendee of events, ties on the sort keys,
    two labels of a post, a post without one, two names of a holder in two kinds."""
    s02 = _solutions(store.query(bind_params(_profile_text("s02-person-events"),
                                             {"person": PEOPLE[0], "from": "2019-01-01", "to": "2021-12-31"})), terms=True)[1]
    e001 = [r for r in s02 if r[0] == f"<{BASE}/event/e001>"]
    assert Counter(r[4] for r in e001)['"Balai Sukamaju"@id'] >= 2
    assert {r[3] for r in s02} == {'"organizer"', '"attendee"'} and max(Counter(r[2] for r in s02).values()) > 1
    assert any(r[4] is None for r in s02)
    s03 = _solutions(store.query(bind_params(_profile_text("s03-body-officials"), {"org": BODIES[0]})), terms=True)[1]
    assert Counter(r[1] for r in s03)['"Bambang Sutejo 0"@id'] >= 2 and any(r[3] is None for r in s03)
    assert {'"Kepala Dinas"@id', '"Kepala"'} <= {r[3] for r in s03} and '"Bambang S."' in {r[1] for r in s03}


@pytest.mark.parametrize("name, lines, values", [
    ("s02-person-events", [f"<{BASE}/event/x> <{SCHEMA}organizer> <{BASE}/person/p3> <G> .",
                           f'<{BASE}/event/x> <{SCHEMA}startDate> "2020-03-01T10:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime> <G> .'],
     {"person": f"{BASE}/person/p3", "from": "2019-01-01", "to": "2021-12-31"}),
    ("s02-person-events", [f"_:x <{SCHEMA}organizer> <{BASE}/person/p3> <G> .",
                           f'_:x <{SCHEMA}startDate> "2020-03-01"^^<{DATE}> <G> .'],
     {"person": f"{BASE}/person/p3", "from": "2019-01-01", "to": "2021-12-31"}),
    ("s02-person-events", [f"<{BASE}/event/e003> <{SCHEMA}location> _:tempat <G> .", f'_:tempat <{SCHEMA}name> "Balai" <G> .'],
     {"person": f"{BASE}/person/p3", "from": "2019-01-01", "to": "2021-12-31"}),
    ("s03-body-officials", [f"_:y <http://www.w3.org/ns/org#holds> <{BASE}/post/camat> <G> .", f'_:y <{SCHEMA}name> "Ani" <G> .'],
     {"org": f"{BASE}/org/kecamatan-sukamaju"}),
    ("s03-body-officials", [f'<{BASE}/person/p3> <{SCHEMA}name> "Rudi Wibisana" <G> .'],  # one text in two kinds
     {"org": f"{BASE}/org/kecamatan-sukamaju"}),
    ("s03-body-officials", [f'<{BASE}/person/p3> <{SCHEMA}name> "12"^^<http://www.w3.org/2001/XMLSchema#integer> <G> .'],
     {"org": f"{BASE}/org/kecamatan-sukamaju"}),
])
def test_the_point_plans_decline_what_the_engine_orders_or_names_otherwise(store, name, lines, values):
    """A date that is no plain ``xsd:date``, a blank node, names the engine orders by more than
    their text: the question runs as written, and :func:`graph.plans.answer` gives its rows."""
    from graph.plans import PLANNED, _READS, answer
    g = f"{BASE}/graph/odd"
    _put(store, {g: [line.replace("<G>", f"<{g}>") for line in lines]})
    assert PLANNED[name](store, store.index(_READS[name]), values) is None
    want = _solutions(store.query(bind_params(_profile_text(name), values)), terms=True)
    got = _solutions(answer(store, name, values), want[0], terms=True)
    _same_answer(want, got, QUESTIONS[name][1])


@pytest.mark.parametrize("values", [{"person": f"{BASE}/person/p3", "from": "2020-01-01"},  # $to unbound
                                    {"person": f"{BASE}/person/p3", "from": "1 Maret 2020", "to": "2021-01-01"},
                                    {"person": f"{BASE}/person/p3", "from": "2020-02-30", "to": "2021-01-01"},
                                    {"person": "Rudi Wibisana", "from": "2020-01-01", "to": "2021-01-01"}])
def test_s02s_plan_declines_bounds_that_are_no_dates_and_a_person_given_by_name(store, values):
    from graph.plans import PLANNED, _READS
    assert PLANNED["s02-person-events"](store, store.index(_READS["s02-person-events"]), values) is None


def test_s05_on_a_store_without_the_value_index_asks_oxigraph_for_the_rows(store):
    """A store of format 5 has no ``value`` index: s05's plan asks the profile's question
    restricted to the articles it found, as before, with the same rows."""
    store.format = 5
    for place in [*_places(store), f"{BASE}/place/regency/nowhere"]:
        assert _plan_matches_profile(store, "s05-place-articles", {"place": place}, 10)
    from graph.plans import PLANNED, _READS
    assert PLANNED["s02-person-events"](store, store.index(_READS["s02-person-events"]),
                                        {"person": PEOPLE[0], "from": "2019-01-01", "to": "2021-12-31"}) is None


def _renames(graph_lines: list[str]) -> dict[str, str]:
    return {f"{BASE}/person/rudi-wibisana": f"{BASE}/person/rudi-wibisana-2",  # renamed
            f"{BASE}/person/bambang-sutejo": f"{BASE}/person/rudi-wibisana-2",  # merged into the same
            f"{BASE}/place/province/sukamaju-raya": f"{BASE}/place/a"}  # a shorter IRI


def test_index_rows_made_before_a_rename_are_those_of_the_renamed_graph():
    """The build's workers make each article's index rows before resolution renames its IRIs;
    renamed, they are the rows made from the renamed N-Quads (those the store made before)."""
    from graph.store import article_graph, article_index
    for graph, lines in sorted(_article_graphs(_nquads()).items()):
        nquads = ("\n".join(lines) + "\n").encode()
        prepared = article_graph(nquads, graph, "x", index=True)
        swaps = _renames(lines)
        prepared.replace_iris(swaps)
        assert prepared.index == article_index(graph, prepared.nquads), graph


@pytest.mark.parametrize("extra", [
    f"<{BASE}/text/a005#char=10,23> <{IDENT}> <{BASE}/person/bambang-sutejo> <G> .",  # one mention, two merged people
    f'<{BASE}/event/e005> <{SCHEMA}name> "<{BASE}/person/rudi-wibisana>" <G> .',  # a literal holding an old IRI
])
def test_index_rows_that_a_rename_would_make_otherwise_are_made_again(extra):
    """Where renaming the rows could give others than making them from the renamed N-Quads,
    they are left to the store to make (``None``), and the store makes those."""
    from graph.store import article_graph, article_index
    graph = f"{BASE}/graph/a005"
    lines = _article_graphs(_nquads())[graph] + [extra.replace("<G>", f"<{graph}>")]
    prepared = article_graph(("\n".join(lines) + "\n").encode(), graph, "x", index=True)
    prepared.replace_iris(_renames(lines))
    assert prepared.index is None
    assert article_index(graph, prepared.nquads)[3]  # what the store writes instead


def test_a_new_iri_that_is_another_s_old_one_is_not_renamed_again():
    """Bambang becomes the IRI Rudi had, Rudi another: each renamed once (not Bambang on to
    Rudi's new IRI, which would make them one person); the rows are made again from the
    renamed N-Quads, so they and the graph agree."""
    from graph.store import article_graph, article_index
    graph = f"{BASE}/graph/a005"
    lines = _article_graphs(_nquads())[graph]
    nquads = ("\n".join(lines) + "\n").encode()
    rudi, bambang, rudi2 = (f"<{BASE}/person/{p}>".encode() for p in ("rudi-wibisana", "bambang-sutejo", "rudi-wibisana-2"))
    assert rudi in nquads and bambang in nquads
    prepared = article_graph(nquads, graph, "x", index=True)
    prepared.replace_iris({f"{BASE}/person/bambang-sutejo": f"{BASE}/person/rudi-wibisana",
                           f"{BASE}/person/rudi-wibisana": f"{BASE}/person/rudi-wibisana-2"})
    assert prepared.nquads == nquads.replace(rudi, rudi2).replace(bambang, rudi)
    assert bambang not in prepared.union and rudi2 in prepared.union
    assert prepared.index is None
    assert article_index(graph, prepared.nquads)[3]


def _mention(g: str, article: str, entity: str, anchor: str, begin: str, end: str) -> list[str]:
    """One mention of ``entity`` in the article graph ``g``, its terms as N-Quads write them."""
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    ctx, m = f"{article}/text#char=0,99", f"{article}/text#char=1,9"
    return [f"<{m}> <http://www.w3.org/2005/11/its/rdf#taIdentRef> <{entity}> <{g}> .",
            f"<{m}> <{nif}anchorOf> {anchor} <{g}> .", f"<{m}> <{nif}beginIndex> {begin} <{g}> .",
            f"<{m}> <{nif}endIndex> {end} <{g}> .", f"<{m}> <{nif}referenceContext> <{ctx}> <{g}> .",
            f"<{ctx}> <{SCHEMA}isPartOf> <{article}> <{g}> ."]


@pytest.mark.parametrize("fmt", [8, 7])
def test_s06_reads_the_kinds_only_of_an_entity_with_an_unusual_term(store, fmt):
    """s06's plan reads an entity's values alone when each term is of its column's usual kind
    (an IRI, a plain string, an integer), which the partial index of the unusual rows says
    (store format 8; before, a scan of the entity's rows); anchors with a language (Bambang
    Sutejo's) are read with their kinds, a begin that is no integer makes the plan decline:
    the profile's rows either way."""
    from graph.plans import _PLAIN_MENTION_ROW, _READS, _UNUSUAL_MENTIONS, PLANNED
    from graph.store import UNUSUAL_ANCHOR
    tagged, untyped = f"{BASE}/person/bambang-sutejo", f"{BASE}/person/rudi-wibisana-2"
    g = f"{BASE}/graph/untyped"
    _put(store, {g: _mention(g, f"{BASE}/article/untyped", untyped, '"Rudi"', '"1"', INTEGER % 5)})
    index = store.index(_READS["s06-entity-mentions"])
    assert index.execute(f"SELECT DISTINCT entity FROM anchor INDEXED BY anchor_unusual WHERE {UNUSUAL_ANCHOR} "
                         "ORDER BY 1").fetchall() == [(tagged,), (untyped,)]
    store.format = fmt
    unusual = [e for e in [*ENTITIES, untyped] if index.execute(_UNUSUAL_MENTIONS[fmt >= 8], (e,)).fetchone()[0]]
    assert unusual == [tagged, untyped]
    for entity in ENTITIES:
        found = PLANNED["s06-entity-mentions"](store, index, {"entity": entity})[1]
        assert all(isinstance(r, _PLAIN_MENTION_ROW) for r in found) == (entity != tagged or not found)
        assert _index_plan_matches_profile(store, "s06-entity-mentions", entity)
    assert not _index_plan_matches_profile(store, "s06-entity-mentions", untyped)  # declined: as written
    store.chunks.execute("DROP INDEX anchor_unusual")  # lost (kg check says so): the rows are scanned
    assert all(_index_plan_matches_profile(store, "s06-entity-mentions", e) for e in (ENTITIES[0], tagged))


def test_the_corpus_has_what_the_entity_plans_must_get_right(store):
    """Else the plans of s01 and s06 would be tested on nothing: ties on s06's sort keys,
    offsets Oxigraph retypes, a mention without a sentence and one in two sentences, labels
    by two properties, a statement two graphs make, a label that is a number."""
    s06 = _solutions(store.query(bind_params(_profile_text("s06-entity-mentions"), {"entity": ENTITIES[0]})))[1]
    assert max(Counter((r[0], r[2]) for r in s06).values()) > 1 and any(r[4] is None for r in s06)
    two = _solutions(store.query(bind_params(_profile_text("s06-entity-mentions"), {"entity": ENTITIES[1]})))[1]
    assert len({r[0] for r in two}) == 26 and len(two) == 52  # two sentences: two rows, even of one text
    s01 = _solutions(store.query(bind_params(_profile_text("s01-entity"), {"entity": f"{BASE}/place/regency/sukamaju-1"})))[1]
    assert ("in", f"{SCHEMA}mentions", f"{BASE}/work/laporan", "7") in s01
    rudi = _solutions(store.query(bind_params(_profile_text("s01-entity"), {"entity": ENTITIES[0]})))[1]
    assert Counter(r[:3] for r in rudi)[("in", f"{SCHEMA}organizer", f"{BASE}/event/e010")] == 1  # "Rapat 10" twice
    assert Counter(r[:3] for r in rudi)[("in", f"{SCHEMA}attendee", f"{BASE}/event/e001")] == 1  # by two graphs
    assert ("out", f"{SCHEMA}knows", ENTITIES[0], "Rudi Wibisana") in rudi and ("in", f"{SCHEMA}knows", ENTITIES[0],
                                                                                "Rudi Wibisana") in rudi


def test_one_entitys_plans_fall_back_to_the_question_for_a_blank_node_or_a_string(store):
    """A blank node's identity is the database's, not the index's: s01 about a thing a blank
    node links to runs as written, as do an entity given as a string and an unbound one."""
    from graph.plans import PLANNED, _READS, answer
    _put(store, {f"{BASE}/graph/blank": [f"_:b <{SCHEMA}mentions> <{BASE}/person/bambang-sutejo> <{BASE}/graph/blank> .",
                                         f'_:b <{SCHEMA}name> "Catatan" <{BASE}/graph/blank> .']})
    assert PLANNED["s01-entity"](store, store.index(_READS["s01-entity"]), {"entity": f"{BASE}/person/bambang-sutejo"}) is None
    want = _solutions(store.query(bind_params(_profile_text("s01-entity"), {"entity": f"{BASE}/person/bambang-sutejo"})))
    got = _solutions(answer(store, "s01-entity", {"entity": f"{BASE}/person/bambang-sutejo"}), want[0])
    assert Counter(got[1]) == Counter(want[1]) and any(r[3] == "Catatan" for r in got[1])
    for name in ("s01-entity", "s06-entity-mentions"):
        assert PLANNED[name](store, store.index(_READS[name]), {"entity": "Rudi Wibisana"}) is None
        assert PLANNED[name](store, store.index(_READS[name]), {}) is None


def test_kg_answers_a_question_without_a_plan_or_on_a_store_without_indexes(store):
    from graph.plans import Row, answer
    values = QUESTIONS["s03-body-officials"][0]
    want = _solutions(store.query(bind_params(canned_queries()["s03-body-officials"], values)))
    assert _solutions(answer(store, "s03-body-officials", values), want[0]) == want
    store.format = 4  # as a store built before the indexes of s01 and s06: the questions as written
    for name in ("s01-entity", "s06-entity-mentions"):
        want = _solutions(store.query(bind_params(canned_queries()[name], {"entity": ENTITIES[0]})))
        rows = answer(store, name, {"entity": ENTITIES[0]})
        assert not isinstance(rows[0], Row) and _solutions(rows, want[0])[1] == want[1]
    store.format = 3  # as a store built before the indexes: the question as written
    want = _solutions(store.query(bind_params(canned_queries()["s04-latest-events"], {})))
    assert _solutions(answer(store, "s04-latest-events"), want[0])[1] == want[1]
    with pytest.raises(ValueError, match="no parameter \\$place"):
        answer(store, "s04-latest-events", {"place": "x"})
    with pytest.raises(ValueError, match="no canned query"):
        answer(store, "s99-nothing")


@pytest.mark.skipif(not os.environ.get("KG_SCALE_STORE"), reason="set KG_SCALE_STORE to a built store folder")
def test_on_a_built_store_the_plans_answer_as_the_profiles_text():
    """On a real store (``KG_SCALE_STORE=DIR``, e.g. the bench's 3,448 articles): s04, and s05
    for every place of the store."""
    from graph.store import KGStore
    with KGStore(os.environ["KG_SCALE_STORE"]) as st:
        assert st.index() is not None, "a store of format 4 is needed (build it again)"
        assert _plan_matches_profile(st, "s04-latest-events", {}, 50)
        places = [r["x"].value for r in st.query("SELECT ?x WHERE { ?x a schema:AdministrativeArea }")]
        answered = [_plan_matches_profile(st, "s05-place-articles", {"place": p}, 100) for p in places]
        print(f"{len(places)} places, {sum(answered)} answered by the plan")
        assert all(answered)


@pytest.mark.skipif(not os.environ.get("KG_SCALE_STORE"), reason="set KG_SCALE_STORE to a built store folder")
def test_on_a_built_store_one_entitys_plans_answer_as_the_profiles_text():
    """On a real store (``KG_SCALE_STORE=DIR``): s01 and s06 about the entities the bench asks
    about (the most mentioned people and bodies, a seeded sample of the others) and a seeded
    sample of every IRI that is the object of a mention (``KG_SCALE_ENTITIES``, default 100)."""
    from graph.bench.corpus import _parameters
    from graph.store import KGStore
    with KGStore(os.environ["KG_SCALE_STORE"]) as st:
        assert st.index("anchor") is not None, "a store of format 5 is needed (build it again)"
        entities = _parameters(st, 20)["entity"]
        everything = sorted({r[0] for r in st.index("anchor").execute("SELECT DISTINCT entity FROM anchor")})
        entities += random.Random(5).sample(everything, min(len(everything), int(os.environ.get("KG_SCALE_ENTITIES", 100))))
        for name in ("s01-entity", "s06-entity-mentions"):
            answered = [_index_plan_matches_profile(st, name, e) for e in entities]
            print(f"{name}: {len(entities)} entities, {sum(answered)} answered by the plan")
            assert all(answered)


# ---- `kg query s01|s06 --store` prints the plan's rows as the question as written prints its own

@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """The test corpus in a closed store folder of today's format, for ``kg query --store``."""
    from graph.store import KGStore
    path = tmp_path_factory.mktemp("cli") / "store"
    with KGStore(path, write=True, create=True) as st:
        _put(st, _article_graphs(_nquads()))
    return path


def _kg_query(capsys, argv) -> str:
    from graph.cli import main
    assert main(["query", *argv]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def _same_printout(want: str, got: str, fmt: str, name: str) -> None:
    """The same bytes but for the order of the rows the question leaves to the engine (s01 has
    no ORDER BY, s06 sorts on article and begin): the same header, the same lines (json: the
    same bindings), and for s06 its sort keys in the same order."""
    import csv
    import io
    import json
    if fmt == "json":
        want_doc, got_doc = json.loads(want), json.loads(got)
        assert got_doc["head"] == want_doc["head"]
        bindings = [[json.dumps(b, sort_keys=True) for b in d["results"]["bindings"]] for d in (want_doc, got_doc)]
        assert Counter(bindings[1]) == Counter(bindings[0])
        assert got.count("\n") == want.count("\n")
        keys = [[(b["article"]["value"], int(b["begin"]["value"])) for b in d["results"]["bindings"]]
                for d in (want_doc, got_doc)] if name == "s06" else None
    else:
        assert got.split("\n", 1)[0] == want.split("\n", 1)[0] and len(got) == len(want)  # the header
        assert Counter(got.splitlines()) == Counter(want.splitlines())
        if fmt == "table":
            assert got.splitlines()[-1] == want.splitlines()[-1]  # "(n rows)"
        keys = None
        if name == "s06" and fmt == "table":
            keys = [[(r.split(" | ")[0].strip(), r.split(" | ")[2].strip()) for r in text.splitlines()[2:-1]]
                    for text in (want, got)]
        elif name == "s06":
            rows = [list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))[1:]
                    for text in (want, got)]
            keys = [[(r[0], r[2]) for r in body if r] for body in rows]
    if keys is not None:
        assert keys[1] == keys[0]


def _plan_spy():
    """``kg query``'s :func:`graph.plans.index_answer` watched: the spy to put in its place, and
    the list it appends to, for each question asked, whether the indexes answered it."""
    import graph.plans
    planned = graph.plans.index_answer
    by_plan = []

    def spy(*args, **kwargs):
        found = planned(*args, **kwargs)
        by_plan.append(found is not None)
        return found
    return spy, by_plan


CLI_ENTITIES = [f"{BASE}/{e}" for e in ("person/rudi-wibisana", "person/bambang-sutejo", "place/regency/sukamaju-1",
                                         "org/dinas-sukamaju", "article/a005", "place/regency/nowhere")]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
@pytest.mark.parametrize("name", ["s01", "s06"])
def test_kg_query_prints_one_entitys_rows_by_plan_as_the_question_as_written(store_dir, capsys, monkeypatch,
                                                                             name, fmt):
    import graph.plans
    spy, by_plan = _plan_spy()
    printed = []
    for entity in CLI_ENTITIES:
        argv = [name, "--store", str(store_dir), "--format", fmt, "--param", f"entity={entity}"]
        monkeypatch.setattr(graph.plans, "index_answer", spy)
        got = _kg_query(capsys, argv)
        monkeypatch.setattr(graph.plans, "index_answer", lambda *args, **kwargs: None)  # the text path
        want = _kg_query(capsys, argv)
        _same_printout(want, got, fmt, name)
        printed.append(len(got))
    assert by_plan == [True] * len(CLI_ENTITIES)  # each answered from the indexes, not the text
    assert max(printed) > 10_000  # the most mentioned person: hundreds of rows


#: s02, s03 and s05 on the command line: their parameters, and the columns their ORDER BY sorts on.
CLI_POINTS = [("s02", f"person={BASE}/person/rudi-wibisana", "from=2019-01-01", "to=2021-12-31"),
              ("s02", f"person={BASE}/person/p3", "from=2020-01-01", "to=2020-12-31"),
              ("s03", f"org={BASE}/org/dinas-sukamaju"), ("s03", f"org={BASE}/org/nowhere"),
              ("s05", f"place={BASE}/place/province/sukamaju-raya"), ("s05", f"place={BASE}/place/regency/lembah-0")]


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_kg_query_prints_s02_s03_s05_by_plan_as_the_question_as_written(store_dir, capsys, monkeypatch, fmt):
    """The same lines as the question as written (their order but for ties: csv's sort keys
    are compared in order), and each answered from the indexes."""
    import csv
    import io
    import json

    import graph.plans
    spy, by_plan = _plan_spy()
    for name, *params in CLI_POINTS:
        argv = [name, "--store", str(store_dir), "--format", fmt] + [x for p in params for x in ("--param", p)]
        monkeypatch.setattr(graph.plans, "index_answer", spy)
        got = _kg_query(capsys, argv)
        monkeypatch.setattr(graph.plans, "index_answer", lambda *args, **kwargs: None)  # the text path
        want = _kg_query(capsys, argv)
        if fmt == "json":
            docs = [json.loads(text) for text in (want, got)]
            assert docs[1]["head"] == docs[0]["head"]
            assert Counter(json.dumps(b, sort_keys=True) for b in docs[1]["results"]["bindings"]) == \
                Counter(json.dumps(b, sort_keys=True) for b in docs[0]["results"]["bindings"])
            continue
        assert got.split("\n", 1)[0] == want.split("\n", 1)[0] and Counter(got.splitlines()) == Counter(want.splitlines())
        if fmt == "csv":
            keys = {"s02": [2], "s03": [1], "s05": [2, 0]}[name]
            tables = [list(csv.reader(io.StringIO(text)))[1:] for text in (want, got)]
            assert [[r[k] for k in keys] for r in tables[1] if r] == [[r[k] for k in keys] for r in tables[0] if r]
    assert by_plan == [True] * len(CLI_POINTS)


def test_kg_query_s01_s06_on_a_store_without_their_indexes_and_bad_parameters(store_dir, tmp_path, capsys,
                                                                              monkeypatch):
    """A store of format 4 (no index for s01 and s06) runs the question as written, with the
    same printout as the plan's; a name that names nothing or a parameter the question does
    not take is one line, as before."""
    import json
    import shutil

    import graph.plans
    from graph.cli import main
    for bad, message in (("entity=Nobody At All", "no entity is named"), ("place=x", "no parameter $place")):
        assert main(["query", "s06", "--store", str(store_dir), "--param", bad]) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "Traceback" not in err
    older = tmp_path / "older"
    shutil.copytree(store_dir, older, ignore=shutil.ignore_patterns("lock"))
    manifest = json.loads((older / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] >= 5
    manifest["format"] = 4
    (older / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    answered = []
    planned = graph.plans.index_answer
    monkeypatch.setattr(graph.plans, "index_answer", lambda *a, **k: answered.append(planned(*a, **k)))
    for name in ("s01", "s06"):
        for fmt in ("table", "json"):
            args = [name, "--format", fmt, "--param", f"entity={BASE}/person/rudi-wibisana"]
            old = _kg_query(capsys, [*args, "--store", str(older)])
            _same_printout(old, _kg_query(capsys, [*args, "--store", str(store_dir)]), fmt, name)
    assert answered[0::2] == [None] * 4 and all(a is not None for a in answered[1::2])


def test_rows_a_plan_made_print_as_the_engines_solutions_of_awkward_terms(tmp_path):
    """:func:`graph.query.format_rows` gives Oxigraph's bytes for terms that need escaping or
    keep a datatype or a language, and for an unbound column; a blank node is refused in one line."""
    import pyoxigraph as ox

    from graph.query import format_rows, query_store
    from graph.store import KGStore
    g = f"{BASE}/graph/aneh"
    objects = ['"kata \\"kutip\\"\\ndan baris\\tbaru"@id', '"007"^^<http://www.w3.org/2001/XMLSchema#integer>',
               '"2020-04-30"^^<http://www.w3.org/2001/XMLSchema#date>', '"Balai Désa ✓"', f"<{BASE}/place/x>"]
    with KGStore(tmp_path / "store", write=True, create=True) as st:
        _put(st, {g: [f"<{BASE}/work/w{i}> <{SCHEMA}name> {o} <{g}> ." for i, o in enumerate(objects)]
                  + [f"<{BASE}/work/w9> <{SCHEMA}about> <{BASE}/place/x> <{g}> ."]})
    text = f"SELECT ?s ?o ?none WHERE {{ ?s ?p ?o OPTIONAL {{ ?s <{SCHEMA}nothing> ?none }} }}"
    with KGStore(tmp_path / "store") as st:
        rows = [{n: row[n] for n in ("s", "o", "none")} for row in st.query(text)]
    assert len(rows) == 6
    for fmt in ("table", "csv", "tsv", "json"):
        assert format_rows(["s", "o", "none"], rows, fmt) == query_store(tmp_path / "store", text, fmt), fmt
    with pytest.raises(ValueError, match="blank node"):
        format_rows(["s"], [{"s": ox.BlankNode("b")}], "csv")
    with pytest.raises(ValueError, match="unknown result format"):
        format_rows(["s"], rows, "xml")


@pytest.mark.skipif(not os.environ.get("KG_SCALE_STORE"), reason="set KG_SCALE_STORE to a built store folder")
def test_on_a_built_store_the_point_plans_answer_as_the_profiles_text():
    """On a real store (``KG_SCALE_STORE=DIR``, format 6): s02 about the people the bench asks
    about and a seeded sample of every organizer and attendee (``KG_SCALE_ENTITIES``, default
    100), over all time and over 2016; s03 about every body that has a post."""
    from graph.bench.corpus import _parameters
    from graph.store import KGStore
    with KGStore(os.environ["KG_SCALE_STORE"]) as st:
        assert st.index("value") is not None, "a store of format 6 is needed (build it again)"
        people = _parameters(st, 20)["person"]
        everyone = sorted({r[0] for r in st.index("link").execute(
            "SELECT DISTINCT object FROM link WHERE property IN (?, ?)", (f"{SCHEMA}organizer", f"{SCHEMA}attendee"))})
        people += random.Random(5).sample(everyone, min(len(everyone), int(os.environ.get("KG_SCALE_ENTITIES", 100))))
        asked = [("s02-person-events", {"person": p, "from": a, "to": b}) for p in people
                 for a, b in (("2000-01-01", "2099-12-31"), ("2016-01-01", "2016-12-31"))]
        bodies = sorted({r[0] for r in st.index("link").execute("SELECT DISTINCT object FROM link WHERE property = ?",
                                                                ("http://www.w3.org/ns/org#postIn",))})
        asked += [("s03-body-officials", {"org": o}) for o in bodies]
        answered = [_point_plan_matches_profile(st, name, values) for name, values in asked]
        print(f"{len(asked)} questions, {sum(answered)} answered by the plan")
        assert all(answered)


def test_s06_judges_and_reads_an_entitys_rows_in_one_state_of_the_store(store):
    """A build committing between s06's two statements (whether the entity has unusual rows,
    then its rows) would have the plan decode a row of another kind as the usual kind: both
    run in one read transaction, so that the build's commit waits until the rows are read."""
    import sqlite3

    from graph.plans import PLANNED, _READS
    from graph.store import KGStore
    entity = ENTITIES[0]
    with KGStore(store.path) as reader:
        index = reader.index(_READS["s06-entity-mentions"])
        before = PLANNED["s06-entity-mentions"](reader, index, {"entity": entity})[1]
        writer = sqlite3.connect(store.path / "chunks.sqlite", timeout=0)
        refused = []

        def build_commits(statement: str) -> None:  # as the plan starts reading the rows
            if statement.startswith("SELECT article, anchor, begin"):
                try:
                    with writer:
                        writer.execute("INSERT INTO anchor SELECT entity, article, gid, n + 1000, begin_n, "
                                       "article_kind, anchor, '@en', begin, begin_kind, end, end_kind, sentence, "
                                       "sentence_kind FROM anchor WHERE entity = ? LIMIT 1", (entity,))
                except sqlite3.OperationalError as exc:
                    refused.append(str(exc))

        index.set_trace_callback(build_commits)
        during = PLANNED["s06-entity-mentions"](reader, index, {"entity": entity})[1]
        index.set_trace_callback(None)
        writer.close()
    assert before and during == before
    assert refused == ["database is locked"]
