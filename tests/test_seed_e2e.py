"""End to end on the seed article: the competency questions return what the gold says.

The graph is built once (``seed_dataset``) from the shipped copy in ``data/articles``
(with its ``.meta.json`` sidecar); every query is a shipped canned query run through
:func:`graph.query.run_query`. Names are compared as ``str()``.
"""
from __future__ import annotations

from collections import defaultdict

import pyoxigraph
import pytest
from helpers import rows
from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from graph.export import union_graph
from graph.query import run_query
from graph.vocab import KGO, PROV, RDF, RDFS, SDO, SKOS, XSD

from conftest import SEED_ARTICLE, build_paths

KEMBANG = "I Made Kembang Hartawan"
ADINATA = "I Komang Agus Adinata"
WIDI = "Widi Adnyana"
PLUT = "Pusat Layanan Usaha Terpadu Koperasi dan Usaha Mikro, Kecil dan Menengah Jembrana"
DINAS = "Dinas Koperasi, Perindustrian dan Perdagangan Kabupaten Jembrana"
PEMKAB = "Pemerintah Kabupaten Jembrana"
VENUE = "Executive Room Kantor Bupati Jembrana"
HEADLINE = "Teleconference dengan UKM, Tampung Keluh Kesah, Ingatkan Jangan Putus Asa"




def values(table: list[dict], column: str) -> set[str]:
    return {r[column] for r in table if r[column] is not None}


def persons_by_name(ds) -> dict[str, list[URIRef]]:
    out: dict[str, list[URIRef]] = defaultdict(list)
    for p in set(ds.subjects(RDF.type, SDO.Person)):
        for name in ds.objects(p, SDO.name):
            out[str(name)].append(p)
    return out


def the_person(ds, name: str) -> URIRef:
    nodes = persons_by_name(ds)[name]
    assert len(nodes) == 1, f"{name!r}: {nodes}"
    return nodes[0]


# -- CQ1 events ----------------------------------------------------------------------------

def test_cq1_exactly_one_event(seed_dataset):
    assert len(values(rows(seed_dataset, "events"), "event")) == 1


@pytest.mark.parametrize("column, expected", [
    ("date", {"2020-04-30"}),
    ("place", {VENUE}),
    ("organizer", {KEMBANG}),
])
def test_cq1_event_facts(seed_dataset, column, expected):
    assert values(rows(seed_dataset, "events"), column) == expected


def test_cq1_event_type_is_a_teleconference(seed_dataset):
    types = {t.lower() for t in values(rows(seed_dataset, "events"), "type")}
    assert types & {"video conference", "telekonferensi"}, types


def test_cq1_event_date_is_typed_xsd_date(seed_dataset):
    dates = list(seed_dataset.objects(None, SDO.startDate))
    assert dates == [Literal("2020-04-30", datatype=XSD.date)]


def test_cq1_inferred_date_says_so(seed_dataset):
    """The seed has no publication date: the year is inferred, and the graph says how."""
    (event,) = set(seed_dataset.subjects(RDF.type, SDO.Event))
    activities = list(seed_dataset.objects(event, KGO.dateInferredBy))
    assert len(activities) == 1
    act = activities[0]
    assert (act, RDF.type, PROV.Activity) in seed_dataset
    comments = list(seed_dataset.objects(act, RDFS.comment))
    assert comments and all(str(c).strip() for c in comments)


def test_cq1_teleconference_is_online(seed_dataset):
    (event,) = set(seed_dataset.subjects(RDF.type, SDO.Event))
    assert set(seed_dataset.objects(event, SDO.eventAttendanceMode)) == {SDO.OnlineEventAttendanceMode}


# -- CQ2 attendees ------------------------------------------------------------------------------

def test_cq2_attendees_are_exactly_the_gold_participants(seed_dataset, seed_gold):
    assert values(rows(seed_dataset, "attendees"), "name") == set(seed_gold["events"][0]["participants"])


def test_cq2_organizer_does_not_attend(seed_dataset):
    assert KEMBANG not in values(rows(seed_dataset, "attendees"), "name")


def test_cq2_attendee_kinds(seed_dataset):
    kinds = {r["name"]: r["kind"] for r in rows(seed_dataset, "attendees")}
    assert (kinds[ADINATA], kinds[WIDI], kinds[PLUT]) == ("person", "person", "organization")


# -- CQ3 officials ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, role, post_label, organization", [
    (KEMBANG, "Wakil Bupati", "Wakil Bupati Jembrana", PEMKAB),
    (ADINATA, "Kepala Dinas", None, DINAS),
])
def test_cq3_officials(seed_dataset, name, role, post_label, organization):
    found = [r for r in rows(seed_dataset, "officials") if r["name"] == name]
    assert found, f"{name} holds no post"
    assert any(r["role"] == role and r["organization"] == organization
               and (post_label is None or r["postLabel"] == post_label) for r in found), found


@pytest.mark.parametrize("role_id", ["Wakil Bupati", "Kepala Dinas"])
def test_cq3_role_concepts_have_id_and_en_labels(seed_dataset, role_id):
    q = f"""PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT DISTINCT ?role ?label WHERE {{ ?post org:role ?role . ?role a skos:Concept ;
      skos:prefLabel "{role_id}"@id ; skos:prefLabel ?label }}"""
    result = list(run_query(seed_dataset, q))
    assert result, f"no role concept labelled {role_id!r}@id"
    langs = {row.label.language for row in result}
    assert {"id", "en"} <= langs


# -- CQ4 organizations --------------------------------------------------------------------------

@pytest.mark.parametrize("index", range(3), ids=["dinas", "plut", "gugus-tugas"])
def test_cq4_gold_organizations(seed_dataset, seed_gold, index):
    gold = seed_gold["organizations"][index]
    found = [r for r in rows(seed_dataset, "organizations") if r["name"] == gold["name"]]
    assert found, f"organization {gold['name']!r} missing"
    assert set(gold["aliases"]) <= values(found, "alias")
    if gold["parent"]:
        assert gold["parent"] in values(found, "parent")


# -- CQ5 businesses -------------------------------------------------------------------------------

def test_cq5_business_owner_and_products(seed_dataset):
    found = [r for r in rows(seed_dataset, "businesses") if r["name"] == "Tenun Putri Mas"]
    assert found, "Tenun Putri Mas missing"
    assert values(found, "owner") == {WIDI}
    assert {"masker tenun", "kain tenun"} <= values(found, "product")


# -- CQ6 quotes ---------------------------------------------------------------------------------------

def test_cq6_four_quotes(seed_dataset):
    assert len(rows(seed_dataset, "quotes")) == 4


@pytest.mark.parametrize("index", range(4))
def test_cq6_gold_quote_has_one_match_with_the_gold_speaker(seed_dataset, seed_gold, index):
    gold = seed_gold["quotes"][index]
    matches = [r for r in rows(seed_dataset, "quotes") if r["text"].startswith(gold["starts_with"])]
    assert len(matches) == 1, matches
    assert matches[0]["speaker"] == gold["speaker"]


def test_cq6_quote_text_has_language_tag_and_is_part_of_the_article(seed_dataset):
    for q in set(seed_dataset.subjects(RDF.type, SDO.Quotation)):
        assert [t.language for t in seed_dataset.objects(q, SDO.text)] == ["id"]
        assert list(seed_dataset.objects(q, SDO.isPartOf))


# -- CQ7 aliases ----------------------------------------------------------------------------------------

def test_cq7_one_node_per_gold_person(seed_dataset, seed_gold):
    table = rows(seed_dataset, "aliases")
    for person in seed_gold["people"]:
        assert len({r["person"] for r in table if r["name"] == person["name"]}) == 1, person["name"]


def test_cq7_exactly_the_gold_persons(seed_dataset, seed_gold):
    table = rows(seed_dataset, "aliases")
    assert len(values(table, "person")) == 3
    assert values(table, "name") == {p["name"] for p in seed_gold["people"]}


@pytest.mark.parametrize("name, aliases", [
    (KEMBANG, {"Kembang", "Wabup Kembang"}),
    (WIDI, {"Widi"}),
])
def test_cq7_aliases(seed_dataset, name, aliases):
    found = values([r for r in rows(seed_dataset, "aliases") if r["name"] == name], "alias")
    assert aliases <= found


def test_cq7_gold_aliases(seed_dataset, seed_gold):
    table = rows(seed_dataset, "aliases")
    for person in seed_gold["people"]:
        found = values([r for r in table if r["name"] == person["name"]], "alias")
        assert set(person["aliases"]) <= found, person["name"]


# -- CQ8 provenance ------------------------------------------------------------------------------------

def test_cq8_every_anchor_matches_its_offsets(seed_dataset):
    table = rows(seed_dataset, "provenance")
    assert table
    bad = [r for r in table if r["ok"] != "true"]
    assert not bad, bad[:3]


@pytest.mark.parametrize("name", [KEMBANG, ADINATA, WIDI])
def test_cq8_every_person_is_mentioned(seed_dataset, name):
    person = str(the_person(seed_dataset, name))
    assert any(r["entity"] == person and r["article"] for r in rows(seed_dataset, "provenance"))


# -- CQ9 places ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("place, within", [
    ("Jembrana", "Bali"),
    (VENUE, "Jembrana"),
])
def test_cq9_places(seed_dataset, place, within):
    found = [r for r in rows(seed_dataset, "places") if r["name"] == place]
    assert found, f"place {place!r} missing"
    assert within in values(found, "within")


# -- CQ10 topics ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("topic", ["Covid-19", "UKM", "pemasaran online"])
def test_cq10_topics(seed_dataset, topic):
    assert topic in values(rows(seed_dataset, "topics"), "topic")


# -- CQ11 person → events ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, how", [
    (KEMBANG, "organizer"),
    (ADINATA, "attendee"),
    (WIDI, "attendee"),
])
def test_cq11_person_events(seed_dataset, name, how):
    found = [r for r in rows(seed_dataset, "person-events") if r["name"] == name]
    assert [(r["how"], r["date"]) for r in found] == [(how, "2020-04-30")]
    assert all(r["article"] for r in found), "the article reporting the event is not linked"


# -- no site noise; metadata from the sidecar ---------------------------------------------------------------

@pytest.mark.parametrize("noise", ["banner", "Akismet", "Tinggalkan Balasan", "Pos terkait",
                                   "Bacaan Lainnya", "Alamat email"])
def test_no_site_noise_in_any_literal(seed_dataset, noise):
    hits = [str(o)[:80] for o in seed_dataset.objects() if isinstance(o, Literal)
            and noise.lower() in str(o).lower()]
    assert not hits


def test_article_publisher_and_headline_from_sidecar(seed_dataset):
    (article,) = set(seed_dataset.subjects(RDF.type, SDO.NewsArticle))
    publishers = list(seed_dataset.objects(article, SDO.publisher))
    assert [str(n) for p in publishers for n in seed_dataset.objects(p, SDO.name)] == ["MANGUPURANEWS"]
    assert list(seed_dataset.objects(article, SDO.headline)) == [Literal(HEADLINE, lang="id")]


def test_article_has_no_publication_date(seed_dataset):
    """No date line and no sidecar date: the value stays absent, no placeholder."""
    assert not list(seed_dataset.objects(None, SDO.datePublished))


# -- literal hygiene ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("prop", [RDFS.label, SKOS.prefLabel, SDO.headline, SDO.description],
                         ids=["rdfs:label", "skos:prefLabel", "schema:headline", "schema:description"])
def test_human_readable_literals_have_a_language_tag(seed_dataset, prop):
    objects = list(seed_dataset.objects(None, prop))
    assert objects
    untagged = [o for o in objects if not (isinstance(o, Literal) and o.language)]
    assert not untagged


@pytest.mark.parametrize("prop", [SDO.startDate, SDO.datePublished], ids=["startDate", "datePublished"])
def test_dates_are_typed(seed_dataset, prop):
    wrong = [o for o in seed_dataset.objects(None, prop) if not (isinstance(o, Literal) and o.datatype == XSD.date)]
    assert not wrong


def test_no_blank_nodes(seed_dataset):
    assert not [t for t in seed_dataset.quads() if any(isinstance(x, BNode) for x in t[:3])]


# -- IRIs: valid for a strict second parser; stable -------------------------------------------------------------

def test_every_iri_is_valid_for_pyoxigraph(seed_dataset):
    iris = {t for q in seed_dataset.quads() for t in q if isinstance(t, URIRef)}
    for iri in iris:
        pyoxigraph.NamedNode(str(iri))  # raises ValueError on an invalid IRI
    nquads = seed_dataset.serialize(format="nquads")
    quads = list(pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS))
    assert len(quads) == len(list(seed_dataset.quads()))


def test_build_is_deterministic(seed_dataset):
    again = build_paths([SEED_ARTICLE])
    assert isomorphic(union_graph(seed_dataset), union_graph(again))
    assert to_isomorphic(union_graph(seed_dataset)) == to_isomorphic(union_graph(again))

    def iris(ds):
        return {t for q in ds.quads() for t in q if isinstance(t, URIRef)}
    assert iris(seed_dataset) == iris(again)
    assert {g.identifier for g in seed_dataset.graphs()} == {g.identifier for g in again.graphs()}
