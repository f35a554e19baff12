"""What a query may ask before any engine reads it (graph.guard), and kg query's use of it."""
from __future__ import annotations

import pytest

from graph.guard import RefusedQuery, check_sparql
from graph.query import for_terminal, run_query

from conftest import SEED_ARTICLE, build_paths


@pytest.mark.parametrize("query", [
    "SELECT ?s WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }",
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> LOAD" }',
    "SELECT * WHERE { ?s ?p '''{{{{{{{{ SERVICE'''}",
    "PREFIX ex: <http://x/> SELECT ?service ?load WHERE { ?s ex:service ?service ; ex:load ?load }",
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE in a comment",
    "SELECT * WHERE " + "{" * 64 + "}" * 64,
])
def test_harmless_queries_pass(query):
    check_sparql(query)


@pytest.mark.parametrize("query, reason", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
    ("select * { service silent <http://169.254.169.254/latest> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * {\n# }\nSERVICE <file:///etc/passwd> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("load silent <http://x/> into graph <urn:g>", "LOAD"),
    ("SELECT * WHERE " + "{" * 65 + "}" * 65, "deep"),
    ("SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }", "deep"),
    ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 100_000, "long"),
])
def test_queries_that_would_fetch_or_crash_are_refused(query, reason):
    with pytest.raises(RefusedQuery, match=reason):
        check_sparql(query)


def test_kg_query_declares_the_profiles_prefixes_and_refuses_service():
    ds = build_paths([SEED_ARTICLE])
    rows = list(run_query(ds, "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"))
    assert "I Made Kembang Hartawan" in {str(r[0]) for r in rows}
    with pytest.raises(RefusedQuery):
        run_query(ds, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")


def test_kg_query_does_not_download_a_from_graph():
    ds = build_paths([SEED_ARTICLE])
    rows = list(run_query(ds, "SELECT * FROM <http://127.0.0.1:9/remote.ttl> WHERE { ?s ?p ?o } LIMIT 1"))
    assert rows == []  # a graph of the dataset that is not there: empty, nothing fetched


@pytest.mark.parametrize("value, shown", [
    ("Bupati \x1b[31mX", "Bupati \\x1b[31mX"),
    ("a\rb\nc\td", "a\\x0db\\x0ac\\x09d"),
    ("\x9b2J", "\\x9b2J"),
    ("Wakil Bupati Jembrana", "Wakil Bupati Jembrana"),
])
def test_text_from_articles_never_drives_the_terminal(value, shown):
    assert for_terminal(value) == shown


@pytest.mark.parametrize("content, message", [
    ('{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "urn:a", "urn:p": "x"}', "fetch"),
    ('{"@context": ["file:///etc/passwd", {"s": "https://schema.org/"}], "@id": "urn:a"}', "fetch"),
    ('{"@context": {"@import": "http://127.0.0.1:9/c"}, "@id": "urn:a"}', "fetch"),
    ('{"@graph": [{"@context": "http://127.0.0.1:9/c", "@id": "urn:a"}]}', "fetch"),
    ("", "not JSON-LD"),
])
def test_json_ld_that_would_fetch_a_context_is_refused(tmp_path, content, message):
    from graph.query import load_dataset
    path = tmp_path / "graph.jsonld"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_dataset(path)


@pytest.mark.parametrize("name, content", [("empty.trig", ""), ("blank.ttl", "\n\n"),
                                           ("prefixes-only.ttl", "@prefix s: <https://schema.org/> .\n")])
def test_a_graph_file_without_triples_is_an_error_not_a_conforming_graph(tmp_path, capsys, name, content):
    from graph.cli import main
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "no triples" in err and err.count("\n") == 1
