"""The shipped scale questions answer as the profile's text does.

Some of ``graph/queries/s0*.rq`` are the profile's questions written so that the engine
takes a cheaper road (the places inside a place first, names read after the sort). They
must give the same rows as the profile's own text: on the seed, and on a small corpus made
for the purpose (nested places, more rows than the LIMIT, ties on the sort keys, events
with two names or two dates, things of another class that share the properties), with
Oxigraph's engine and rdflib's.
"""
from __future__ import annotations

import random
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
        say(art, f"{SCHEMA}mentions", f"<{BASE}/person/rudi-wibisana>", g)
        ctx, m = f"{BASE}/text/a{i:03d}#char=0,200", f"{BASE}/text/a{i:03d}#char=10,23"
        s = f"{BASE}/text/a{i:03d}#char=0,40"
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
            say(event, f"{SCHEMA}attendee" if i % 2 else f"{SCHEMA}organizer", f"<{BASE}/person/rudi-wibisana>", g)
            say(event, f"{SCHEMA}location", f"<{BASE}/place/{rng.choice(sorted(places))}>", g)
    g = f"{BASE}/graph/other"  # things of other classes with the same properties
    say(f"{BASE}/work/laporan", TYPE, f"<{SCHEMA}CreativeWork>", g)
    say(f"{BASE}/work/laporan", f"{SCHEMA}mentions", f"<{BASE}/place/regency/sukamaju-1>", g)
    say(f"{BASE}/work/laporan", f"{SCHEMA}startDate", lit("2020-03-12", DATE), g)  # the latest date
    say(f"{BASE}/work/laporan", f"{SCHEMA}datePublished", lit("2020-03-12", DATE), g)
    for place, parent in places.items():
        say(f"{BASE}/place/{place}", f"{SCHEMA}name", lit(place.split("/")[1].replace("-", " ").title()), g)
        if parent:
            say(f"{BASE}/place/{place}", f"{SCHEMA}containedInPlace", f"<{BASE}/place/{parent}>", g)
    say(f"{BASE}/person/rudi-wibisana", f"{SCHEMA}name", lit("Rudi Wibisana"), g)
    for k, post in enumerate(("kepala", "sekretaris")):
        say(f"{BASE}/post/{post}", "http://www.w3.org/ns/org#postIn", f"<{BASE}/org/dinas-sukamaju>", g)
        say(f"{BASE}/person/p{k}", "http://www.w3.org/ns/org#holds", f"<{BASE}/post/{post}>", g)
        say(f"{BASE}/person/p{k}", f"{SCHEMA}name", lit(f"Bambang Sutejo {k}"), g)
    return "\n".join(lines) + "\n"


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
