"""graph.export and ``kg export``: every format read back by a second, strict reader.

RDF goes back through pyoxigraph (not rdflib, which wrote it) and must be the same
graph; GraphML and GEXF through networkx; CSV through the csv module.
"""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, VOID

from graph import export as export_module
from graph.cli import main
from graph.export import (
    ALIASES, FORMATS, csv_paths, dataset_base, export, resolve_format, serialize, serialize_csv,
    serialize_void, union_graph, write_atomic,
)
from graph.iris import base_iri
from graph.query import load_dataset
from graph.render import to_networkx
from graph.vocab import DCTERMS, ITSRDF, NIF, ORG, RDF, RDFS, SDO, SKOS, XSD

# Two articles, a person who both organizes and attends (two parallel edges), a blank
# node, and a name with a comma, quotes and a non-ASCII letter for the CSV writer.
TINY = """
@base <https://data.example.org/berita/> .
@prefix s: <https://schema.org/> .
<graph/a> {
  <article/a> a s:NewsArticle ; s:headline "Rapat desa"@id .
  <event/a/1> a s:Event ; s:name "Rapat desa"@id ;
      s:organizer <person/budi> ; s:attendee <person/budi> ; s:location <place/desa> .
  <person/budi> a s:Person ; s:name "Budi, \\"Pak\\" Santoso" .
  <place/desa> a s:Place ; s:name "Désa Contoh" ; s:geo [ s:latitude "-8.3" ] .
}
<graph/b> {
  <article/b> a s:NewsArticle ; s:headline "Pasar murah"@id ; s:mentions <person/budi> .
  <person/budi> a s:Person ; s:jobTitle "Kepala Desa"@id .
}
"""

# format or alias -> (pyoxigraph reader, keeps named graphs)
RDF_CASES = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ttl": (ox.RdfFormat.TURTLE, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "n-triples": (ox.RdfFormat.N_TRIPLES, False),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "json-ld": (ox.RdfFormat.JSON_LD, True),
    "xml": (ox.RdfFormat.RDF_XML, False),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
    "rdf": (ox.RdfFormat.RDF_XML, False),
}
CANONICAL = ("turtle", "trig", "nt", "nquads", "jsonld", "xml")


@pytest.fixture(scope="module")
def tiny() -> Dataset:
    return Dataset().parse(data=TINY, format="trig")


@pytest.fixture(params=["tiny", "seed"])
def dataset(request) -> Dataset:
    """The inline dataset and the shipped seed article."""
    return request.getfixturevalue({"tiny": "tiny", "seed": "seed_dataset"}[request.param])


# --- reading back ----------------------------------------------------------------------

def _term(t):
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        plain = t.datatype.value == str(XSD.string)
        return Literal(t.value, datatype=None if plain else URIRef(t.datatype.value))
    return None  # the default graph


def strict_parse(data: bytes, fmt: ox.RdfFormat) -> dict:
    """graph name (None: default) -> rdflib Graph, as pyoxigraph reads ``data``."""
    graphs: dict = {}
    for quad in ox.parse(data, format=fmt):
        name = _term(quad.graph_name)
        graphs.setdefault(name, Graph()).add(
            (_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return graphs


def named_graphs(ds: Dataset) -> dict:
    return {g.identifier: g for g in ds.graphs() if len(g) and g.identifier != ds.default_graph.identifier}


def plain(graph) -> dict:
    """Shape of the readable graph: node and edge counts."""
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


# --- formats ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    *[(f, f) for f in FORMATS],
    ("TTL", "turtle"), ("n-triples", "nt"), ("ntriples", "nt"), ("nq", "nquads"), ("N-Quads", "nquads"),
    ("json-ld", "jsonld"), ("rdfxml", "xml"), ("rdf", "xml"), ("rdf/xml", "xml"),
    ("dot", ValueError), ("", ValueError), ("png", ValueError),
])
def test_resolve_format(name, expected):
    if expected is ValueError:
        with pytest.raises(ValueError) as err:
            resolve_format(name)
        message = str(err.value)
        assert all(f in message for f in FORMATS), message
        assert all(a in message for a in ALIASES), message
    else:
        assert resolve_format(name) == expected


def test_every_alias_names_a_format():
    assert set(ALIASES.values()) <= set(FORMATS)
    assert set(RDF_CASES) >= set(CANONICAL)


@pytest.mark.parametrize("fmt", list(RDF_CASES))
def test_rdf_round_trip_through_a_strict_parser(tiny, seed_dataset, fmt):
    reader, keeps_graphs = RDF_CASES[fmt]
    for ds in (tiny, seed_dataset) if fmt in CANONICAL else (tiny,):
        parsed = strict_parse(serialize(ds, fmt), reader)
        if keeps_graphs:
            expected = named_graphs(ds)
            assert set(parsed) == set(expected)
            for name, graph in expected.items():
                assert isomorphic(parsed[name], graph), (fmt, name)
        else:
            assert set(parsed) == {None}
            assert isomorphic(parsed[None], union_graph(ds)), fmt


@pytest.mark.parametrize("fmt", ["trig"])
def test_dev_corpus_round_trip_keeps_every_article_graph(dev_corpus_dataset, fmt):
    parsed = strict_parse(serialize(dev_corpus_dataset, fmt), RDF_CASES[fmt][0])
    expected = named_graphs(dev_corpus_dataset)
    assert len(expected) == 6
    assert {n: len(g) for n, g in parsed.items()} == {n: len(g) for n, g in expected.items()}
    for name, graph in expected.items():  # no blank nodes: the same triples, exactly
        assert set(parsed[name]) == set(graph)


def test_jsonld_has_a_compact_context_of_our_prefixes(seed_dataset):
    doc = json.loads(serialize(seed_dataset, "jsonld"))
    assert doc["@context"]["schema"] == str(SDO)
    assert doc["@context"]["nif"] == str(NIF)
    text = json.dumps(doc)
    assert '"schema:headline"' in text and str(SDO.headline) not in text


@pytest.mark.parametrize(("fmt", "reader"), [
    ("graphml", nx.read_graphml),
    ("gexf", nx.read_gexf),
])
def test_network_formats_load_back_with_the_same_counts(dataset, fmt, reader):
    view = to_networkx(dataset)
    loaded = reader(io.BytesIO(serialize(dataset, fmt)))
    assert plain(loaded) == plain(view)
    assert set(loaded) == set(view)
    for node, data in loaded.nodes(data=True):
        assert data["type"] == view.nodes[node]["cls"]
        assert data["label"] == view.nodes[node]["name"]
        assert data["iri"] == view.nodes[node]["iri"] == node
    assert sorted(d["label"] for *_, d in loaded.edges(data=True)) == \
        sorted(d["label"] for *_, d in view.edges(data=True))


def test_parallel_edges_survive_graphml_and_gexf(tiny):
    budi, event = "https://data.example.org/berita/person/budi", "https://data.example.org/berita/event/a/1"
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        loaded = reader(io.BytesIO(serialize(tiny, fmt)))
        assert loaded.is_multigraph(), fmt
        assert sorted(d["label"] for d in loaded.get_edge_data(event, budi).values()) == \
            ["attendee", "organizer"], fmt


def test_csv_tables_have_one_row_per_node_and_edge(dataset):
    view = to_networkx(dataset)
    nodes_csv, edges_csv, _, _ = serialize_csv(dataset)
    nodes = list(csv.DictReader(io.StringIO(nodes_csv.decode("utf-8"), newline="")))
    edges = list(csv.DictReader(io.StringIO(edges_csv.decode("utf-8"), newline="")))
    assert (len(nodes), len(edges)) == (view.number_of_nodes(), view.number_of_edges())
    assert {r["id"]: (r["label"], r["type"]) for r in nodes} == \
        {n: (d["name"], d["cls"]) for n, d in view.nodes(data=True)}
    assert sorted((r["source"], r["target"], r["label"]) for r in edges) == \
        sorted((u, v, d["label"]) for u, v, d in view.edges(data=True))


def test_csv_quotes_commas_and_keeps_unicode(tiny):
    nodes, *_ = serialize_csv(tiny)
    rows = {r["id"]: r["label"] for r in csv.DictReader(io.StringIO(nodes.decode("utf-8"), newline=""))}
    assert rows["https://data.example.org/berita/person/budi"] == 'Budi, "Pak" Santoso'
    assert rows["https://data.example.org/berita/place/desa"] == "Désa Contoh"


@pytest.mark.parametrize(("out", "view", "expected"), [
    ("tables", "all", ("tables/nodes.csv", "tables/edges.csv", "tables/quotes.csv", "tables/mentions.csv")),
    ("tables/", "people", ("tables/nodes.csv", "tables/edges.csv")),
    ("out/jembrana.csv", "people", ("out/jembrana-nodes.csv", "out/jembrana-edges.csv")),
    ("out/JEMBRANA.CSV", "all", ("out/JEMBRANA-nodes.csv", "out/JEMBRANA-edges.csv", "out/JEMBRANA-quotes.csv",
                                 "out/JEMBRANA-mentions.csv")),
])
def test_csv_paths(out, view, expected):
    assert tuple(p.as_posix() for p in csv_paths(out, view)) == expected


def test_serialize_refuses_csv_which_is_several_files(tiny):
    with pytest.raises(ValueError, match="several files"):
        serialize(tiny, "csv")


# --- what a Gephi, networkx or pandas user gets ------------------------------------------

KEMBANG_IRI = "https://data.example.org/berita/person/i-made-kembang-hartawan"
ADINATA_IRI = "https://data.example.org/berita/person/i-komang-agus-adinata"


def test_the_people_network_loads_in_networkx_with_weights_and_attributes(tmp_path, dev_corpus_dataset):
    path = export(dev_corpus_dataset, "graphml", tmp_path / "people.graphml", view="people")[0]
    g = nx.read_graphml(path)
    assert not g.is_directed() and g.number_of_edges() > 0
    assert all(g.nodes[n]["kind"] == "person" for n in g)
    u, v, d = max(g.edges(data=True), key=lambda e: e[2]["weight"])
    assert d["weight"] == d["events"] + d["articles"] >= 1 and d["relation"]
    assert any(g.nodes[n]["current_post"] for n in g) and any(g.nodes[n]["articles"] for n in g)


def test_the_seed_people_network_says_who_met_whom(seed_dataset):
    from graph.network import people_network
    g = people_network(seed_dataset)
    edge = g.edges[KEMBANG_IRI, ADINATA_IRI]
    assert edge["events"] == 1 and "met" in edge["relation"]
    assert g.nodes[KEMBANG_IRI]["current_post"] == "Wakil Bupati Jembrana"
    assert g.nodes[KEMBANG_IRI]["region"] == "Jembrana"


def test_the_csv_tables_load_with_their_documented_columns(tmp_path, dev_corpus_dataset):
    from graph.export import CSV_COLUMNS
    for view in ("all", "people"):
        for path in export(dev_corpus_dataset, "csv", tmp_path / view, view=view):
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh)
                rows = list(reader)
            assert tuple(reader.fieldnames) == CSV_COLUMNS[view, path.stem] and rows, path
    quotes = list(csv.DictReader((tmp_path / "all" / "quotes.csv").open(encoding="utf-8", newline="")))
    assert max(len(q["text"]) for q in quotes) > 120  # the whole quotation, never cut
    mentions = list(csv.DictReader((tmp_path / "all" / "mentions.csv").open(encoding="utf-8", newline="")))
    assert all(int(m["end"]) - int(m["begin"]) == len(m["anchor"]) for m in mentions)


def test_the_view_is_for_graph_formats_only(tiny, tmp_path):
    with pytest.raises(ValueError, match="view"):
        export(tiny, "turtle", tmp_path / "g.ttl", view="people")


# --- VoID ------------------------------------------------------------------------------

def _int(graph: Graph, subject, predicate) -> int:
    return int(graph.value(subject, predicate).toPython())


def test_void_describes_the_dataset(dev_corpus_dataset):
    ds = dev_corpus_dataset
    void = strict_parse(serialize(ds, "void"), ox.RdfFormat.TURTLE)[None]
    base = dataset_base(ds)
    assert base == base_iri()
    root = URIRef(f"{base}dataset")
    union = union_graph(ds)

    assert {VOID.Dataset, DCAT.Dataset} <= set(void.objects(root, RDF.type))
    assert {t.language for t in void.objects(root, DCTERMS.title)} == {"id", "en"}
    assert _int(void, root, VOID.triples) == len(union)
    classes = set(union.objects(None, RDF.type))
    assert _int(void, root, VOID.classes) == len(classes)
    assert _int(void, root, VOID.entities) == len(set(union.subjects(RDF.type, None)))
    partitions = {void.value(p, VOID["class"]): _int(void, p, VOID.entities)
                  for p in void.objects(root, VOID.classPartition)}
    assert partitions == {c: len(set(union.subjects(RDF.type, c))) for c in classes}
    assert {URIRef(str(ns)) for ns in (SDO, ORG, SKOS, NIF, ITSRDF, DCTERMS)} <= \
        set(void.objects(root, VOID.vocabulary))
    assert URIRef(str(RDFS)) not in set(void.objects(root, VOID.vocabulary))
    subsets = {s: _int(void, s, VOID.triples) for s in void.objects(root, VOID.subset)}
    assert subsets == {name: len(g) for name, g in named_graphs(ds).items()}
    assert set(void.objects(root, DCTERMS.source)) == set(union.subjects(RDF.type, SDO.NewsArticle))
    # Byte-stable: nothing that changes with the clock.
    assert not any(isinstance(o, Literal) and o.datatype in (XSD.date, XSD.dateTime) for o in void.objects())
    assert not set(void.predicates()) & {DCTERMS.created, DCTERMS.modified, DCTERMS.issued}


def test_void_iris_follow_the_base(tiny):
    void = strict_parse(serialize_void(tiny, base="https://example.org/kg/"), ox.RdfFormat.TURTLE)[None]
    assert (URIRef("https://example.org/kg/dataset"), RDF.type, VOID.Dataset) in void
    assert dataset_base(tiny) == "https://data.example.org/berita/"
    assert (URIRef("https://data.example.org/berita/dataset"), RDF.type, VOID.Dataset) in \
        strict_parse(serialize(tiny, "void"), ox.RdfFormat.TURTLE)[None]


def test_void_refuses_articles_under_two_bases(tiny):
    two = Dataset()
    for quad in tiny.quads((None, None, None, None)):
        two.add(quad)
    two.add((URIRef("https://other.example/article/z"), RDF.type, SDO.NewsArticle,
             URIRef("https://other.example/graph/z")))
    with pytest.raises(ValueError, match="several base IRIs"):
        serialize(two, "void")
    assert b"https://other.example/dataset" in serialize_void(two, base="https://other.example/")


# --- deterministic output ---------------------------------------------------------------

_HASH_ALL = """
import hashlib, sys
from graph.export import FORMATS, serialize, serialize_csv
from graph.query import load_dataset
ds = load_dataset(sys.argv[1])
for f in FORMATS:
    data = b"".join(serialize_csv(ds)) if f == "csv" else serialize(ds, f)
    print(f, hashlib.sha256(data).hexdigest())
"""


def test_exports_are_byte_stable_across_hash_seeds(tmp_path, tiny):
    """rdflib keeps graphs and triples in sets: without care the order changes per run.

    Without blank nodes, as ``kg build`` makes them: a parser labels those at random.
    """
    no_blank_nodes = Dataset()
    for quad in tiny.quads((None, None, None, None)):
        if not any(isinstance(t, BNode) for t in quad[:3]):
            no_blank_nodes.add(quad)
    source = tmp_path / "tiny.trig"
    source.write_bytes(serialize(no_blank_nodes, "trig"))
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs.append(subprocess.run([sys.executable, "-c", _HASH_ALL, str(source)], env=env, check=True,
                                   capture_output=True, text=True).stdout)
    assert runs[0] == runs[1]
    assert len(runs[0].splitlines()) == len(FORMATS)


def test_gexf_carries_no_date(tiny):
    assert b"lastmodifieddate" not in serialize(tiny, "gexf")


# --- writing ---------------------------------------------------------------------------

def _boom(*args, **kwargs):
    raise RuntimeError("serializer failed")


@pytest.mark.parametrize(("fmt", "patched", "files"), [
    ("turtle", "serialize", ["graph.ttl"]),
    ("void", "serialize", ["graph.ttl"]),
    ("csv", "serialize_csv", ["graph-nodes.csv", "graph-edges.csv", "graph-quotes.csv", "graph-mentions.csv"]),
])
def test_failed_serialization_leaves_the_old_export(tmp_path, monkeypatch, tiny, fmt, patched, files):
    for name in files:
        (tmp_path / name).write_text("old", encoding="utf-8")
    monkeypatch.setattr(export_module, patched, _boom)
    out = tmp_path / ("graph.csv" if fmt == "csv" else files[0])
    with pytest.raises(RuntimeError):
        export(tiny, fmt, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(files)  # no temporary left over
    assert all((tmp_path / name).read_text(encoding="utf-8") == "old" for name in files)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_follow_the_umask(tmp_path, umask, mode):
    """Regression: mkstemp's private 0600 leaked into every export."""
    old = os.umask(umask)
    try:
        path = write_atomic(tmp_path / "g.ttl", b"")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.parametrize(("fmt", "out", "written"), [
    ("ttl", "g.ttl", ["g.ttl"]),
    ("gexf", "deep/er/g.gexf", ["deep/er/g.gexf"]),
    ("csv", "tables", ["tables/nodes.csv", "tables/edges.csv", "tables/quotes.csv", "tables/mentions.csv"]),
    ("csv", "g.csv", ["g-nodes.csv", "g-edges.csv", "g-quotes.csv", "g-mentions.csv"]),
])
def test_export_writes_and_returns_the_paths(tmp_path, tiny, fmt, out, written):
    paths = export(tiny, fmt, tmp_path / out)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == written
    assert all(p.stat().st_size > 0 for p in paths)


# --- the command -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory, repo_root) -> Path:
    """``kg build`` of the shipped seed article into a temporary exports folder."""
    out = tmp_path_factory.mktemp("build") / "exports"
    assert main(["-q", "build", str(repo_root / "data" / "articles"), "--out", str(out), "--no-picture"]) == 0
    return out


# format -> (output name, how to check what was written)
CLI_CASES = [
    ("turtle", "g.ttl", "rdf"),
    ("trig", "g.trig", "rdf"),
    ("nt", "g.nt", "rdf"),
    ("nq", "g.nq", "rdf"),
    ("json-ld", "g.jsonld", "rdf"),
    ("rdfxml", "g.rdf", "xml"),
    ("graphml", "g.graphml", "graphml"),
    ("gexf", "g.gexf", "gexf"),
    ("csv", "g.csv", "csv"),
    ("void", "void.ttl", "void"),
]


@pytest.mark.parametrize(("fmt", "name", "check"), CLI_CASES)
def test_cli_export_round_trip(built, tmp_path, capsys, fmt, name, check):
    source = load_dataset(built / "graph.trig")
    out = tmp_path / name
    assert main(["export", "--format", fmt, "--out", str(out), "--graph", str(built / "graph.trig")]) == 0
    printed = capsys.readouterr().out
    if check == "rdf":
        assert isomorphic(union_graph(load_dataset(out)), union_graph(source))
    elif check == "xml":
        assert isomorphic(strict_parse(out.read_bytes(), ox.RdfFormat.RDF_XML)[None], union_graph(source))
    elif check in ("graphml", "gexf"):
        loaded = nx.read_graphml(out) if check == "graphml" else nx.read_gexf(out)
        assert plain(loaded) == plain(to_networkx(source))
    elif check == "csv":
        nodes, edges = (tmp_path / "g-nodes.csv", tmp_path / "g-edges.csv")
        assert nodes.is_file() and edges.is_file() and not out.exists()
        assert f"wrote: {nodes}" in printed and f"wrote: {edges}" in printed
        return
    elif check == "void":
        void = strict_parse(out.read_bytes(), ox.RdfFormat.TURTLE)[None]
        assert _int(void, URIRef(f"{base_iri()}dataset"), VOID.triples) == len(union_graph(source))
    assert printed == f"wrote: {out}\n"


def test_cli_export_reads_the_last_build_by_default(built, tmp_path, monkeypatch):
    monkeypatch.chdir(built.parent)  # exports/graph.trig is there
    assert main(["-q", "export", "--format", "ttl", "--out", str(tmp_path / "g.ttl")]) == 0
    assert isomorphic(Graph().parse(tmp_path / "g.ttl"), union_graph(load_dataset(built / "graph.trig")))


def test_cli_unknown_format_is_one_line_listing_the_known_ones(built, tmp_path, capsys):
    out = tmp_path / "g.dot"
    assert main(["export", "--format", "dot", "--out", str(out), "--graph", str(built / "graph.trig")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: unknown format 'dot'") and err.count("\n") == 1
    assert all(f in err for f in FORMATS)
    assert not out.exists()


def test_cli_failed_export_keeps_the_old_file(built, tmp_path, monkeypatch, capsys):
    out = tmp_path / "g.ttl"
    out.write_text("old", encoding="utf-8")
    monkeypatch.setattr(export_module, "serialize", _boom)
    assert main(["export", "--format", "ttl", "--out", str(out), "--graph", str(built / "graph.trig")]) == 2
    assert "serializer failed" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_cli_missing_graph_is_a_clear_error(tmp_path, capsys):
    assert main(["export", "--format", "ttl", "--out", str(tmp_path / "g.ttl"),
                 "--graph", str(tmp_path / "none.trig")]) == 2
    assert "kg build" in capsys.readouterr().err


def test_cli_help_lists_every_format(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert all(f in text for f in FORMATS)
    assert "NAME-nodes.csv" in text
