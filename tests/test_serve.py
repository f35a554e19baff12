"""``kg serve``: the SPARQL endpoint over a store, spoken to by real SPARQL clients.

One read-only server on a free loopback port serves a store of two articles (the seed
and a short inline one) for the module; it must answer within a bounded wait and is
stopped at teardown. The tests query it with SPARQLWrapper, rdflib's ``SPARQLStore`` and
plain urllib, and compare graphs with the in-memory build of the same articles as graphs. Servers that need other options (updates,
a short timeout, the command line) are started and stopped in their own tests.
"""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import GET, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph.pipeline import build_store
from graph.query import resolve_query, run_query
from graph.serve import ServeError, check_port, free_port, server_command, start_server
from graph.store import KGStore, StoreError

from conftest import REPO_ROOT, SEED_ARTICLE, build_paths

KEMBANG = "I Made Kembang Hartawan"
ADINATA = "I Komang Agus Adinata"
PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
"""
OFFICIALS_GRAPH = PREFIXES + """CONSTRUCT { ?person a schema:Person ; schema:name ?name ; org:holds ?post .
                                            ?post org:postIn ?org }
WHERE { ?person a schema:Person ; schema:name ?name ; org:holds ?post . OPTIONAL { ?post org:postIn ?org } }"""
PEOPLE = PREFIXES + "SELECT ?person ?name WHERE { ?person a schema:Person ; schema:name ?name }"
# A second article (invented), so that the union and each article graph differ.
SECOND_ARTICLE = """Bupati Tabanan Komang Sutarja Wiguna meresmikan Pasar Baru di Kediri, Senin (4/5/2020).
"Pasar ini untuk pedagang kecil," kata Komang Sutarja Wiguna.
"""
INSERT = "INSERT DATA { <urn:kg:test:s> <urn:kg:test:p> \"o\" }"
TOKEN = "test-token-of-this-module"
ASK_INSERTED = "ASK { <urn:kg:test:s> <urn:kg:test:p> \"o\" }"


def _seed_store(folder: Path) -> Path:
    build_store([SEED_ARTICLE], folder, folder.parent / f"{folder.name}-out", picture=False, workers=1)
    return folder


def _article_graphs(store: Path) -> list[str]:
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    return sorted(entry["graph"] for entry in manifest["articles"].values())


def _http(url: str, *, query: str | None = None, accept: str | None = None, post: bool = False,
          params: dict | None = None, timeout: float = 30) -> tuple[int, str, bytes]:
    """(status, content type, body) of a GET or form POST to ``url``; errors are answers too."""
    fields = dict(params or {})
    if query is not None:
        fields["query"] = query
    data = urllib.parse.urlencode(fields)
    headers = {"Accept": accept} if accept else {}
    if post:
        request = urllib.request.Request(url, data=data.encode(), headers={
            **headers, "Content-Type": "application/x-www-form-urlencoded"})
    else:
        request = urllib.request.Request(f"{url}?{data}" if data else url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def _wait_for(predicate, within: float = 20.0, step: float = 0.1) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def _answers(url: str) -> bool:
    try:
        return _http(f"{url}/query", query="ASK {}", timeout=2)[0] == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    second = tmp_path_factory.mktemp("articles") / "pasar-baru-kediri.txt"
    second.write_text(SECOND_ARTICLE, encoding="utf-8")
    return [SEED_ARTICLE, second]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, articles) -> Path:
    """The store the module's server reads: the seed article and the second one."""
    folder = tmp_path_factory.mktemp("serve") / "store"
    build_store(articles, folder, folder.parent / "out", picture=False, workers=1)
    return folder


@pytest.fixture(scope="module")
def corpus_dataset(articles) -> Dataset:
    """The same two articles built in memory by rdflib."""
    return build_paths(articles)


@pytest.fixture(scope="module")
def endpoint(seed_store):
    server = start_server(seed_store, port=free_port(), timeout=10, ready_within=30)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def seed_graph(corpus_dataset) -> Graph:
    """The officials CONSTRUCT, run by rdflib on the in-memory build of the same articles."""
    return run_query(corpus_dataset, OFFICIALS_GRAPH).graph


# ---- SPARQLWrapper -----------------------------------------------------------------------------

@pytest.mark.parametrize("method", [GET, POST])
def test_select_json_returns_the_seed_officials(endpoint, method):
    client = SPARQLWrapper(endpoint.query_url)
    client.setQuery(resolve_query("officials"))
    client.setMethod(method)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    officials = {r["name"]["value"]: r for r in rows}
    assert {KEMBANG, ADINATA} <= officials.keys()
    assert officials[KEMBANG]["role"]["value"] == "Wakil Bupati"


@pytest.mark.parametrize("query, expected", [
    (PREFIXES + f'ASK {{ ?p schema:name "{KEMBANG}" }}', True),
    (PREFIXES + 'ASK { ?p schema:name "Nobody Of That Name" }', False),
])
def test_ask(endpoint, query, expected):
    client = SPARQLWrapper(endpoint.query_url)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is expected


@pytest.mark.parametrize("method", [GET, POST])
def test_construct_as_turtle_is_the_graph_rdflib_builds(endpoint, seed_graph, method):
    client = SPARQLWrapper(endpoint.query_url)
    client.setQuery(OFFICIALS_GRAPH)
    client.setMethod(method)
    client.setReturnFormat(TURTLE)
    response = client.query()
    assert response.response.headers["Content-Type"].startswith("text/turtle")
    served = Graph().parse(data=response.convert(), format="turtle")
    assert len(served) > 0
    assert isomorphic(served, seed_graph)


def test_a_bad_query_is_a_400_with_the_parsers_message(endpoint):
    client = SPARQLWrapper(endpoint.query_url)
    client.setQuery("SELEC ?x WHERE { ?x ?y ?z }")
    with pytest.raises(QueryBadFormed, match="error at 1:"):
        client.query()


def test_an_update_is_refused_when_read_only(endpoint):
    client = SPARQLWrapper(endpoint.query_url, updateEndpoint=endpoint.update_url)
    client.setMethod(POST)
    client.setQuery(INSERT)
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    assert b"read-only" in refused.value.read()
    assert _http(endpoint.store_url, params={"default": ""}, post=False)[0] == 200
    put = urllib.request.Request(f"{endpoint.store_url}?default", data=b"<urn:a> <urn:b> <urn:c> .",
                                 method="PUT", headers={"Content-Type": "text/turtle"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(put, timeout=10)
    assert refused.value.code == 403
    assert json.loads(_http(endpoint.query_url, query=ASK_INSERTED, accept="application/json")[2])["boolean"] is False


# ---- rdflib's SPARQLStore ------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["GET", "POST"])
def test_rdflib_sparqlstore_queries_the_endpoint(endpoint, method):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    graph = Graph(store=SPARQLStore(endpoint.query_url, returnFormat="json", method=method))
    names = {str(row.name) for row in graph.query(resolve_query("officials"))}
    assert {KEMBANG, ADINATA} <= names


def test_rdflib_sparqlstore_sees_each_article_graph_by_name(endpoint, seed_store, corpus_dataset):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    store = SPARQLStore(endpoint.query_url, returnFormat="json")
    articles = [URIRef(g) for g in _article_graphs(seed_store)]
    assert set(articles) <= set(store.contexts())
    facts = {t for t in corpus_dataset.triples((None, None, None)) if "#char=" not in t[0]}  # no text layer
    assert len(Graph(store=store)) == len(facts)  # the default graph: the union of the articles' facts
    for article in articles:  # default-graph-uri=<article>
        assert len(Graph(store=store, identifier=article)) == len(corpus_dataset.graph(article))
    assert len(Graph(store=store, identifier=URIRef("urn:kg:no-such-graph"))) == 0


# ---- the protocol by hand: named graphs, formats, errors, the page -------------------------------

def _count(endpoint, query: str, **params) -> int:
    status, _, body = _http(endpoint.query_url, query=query, accept="application/sparql-results+json",
                            params=params)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_the_default_graph_is_the_union(endpoint, seed_store):
    with KGStore(seed_store) as st:  # a reader beside the read-only server; the text layer stays in the articles
        union = {(q.subject, q.predicate, q.object) for q in st.named_quads() if "#char=" not in q.subject.value}
    everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert _count(endpoint, everything) == len(union)
    status, _, body = _http(endpoint.store_url, params={"default": ""}, accept="application/n-triples")
    assert status == 200 and len(Graph().parse(data=body, format="nt")) == len(union)


def test_each_article_graph_by_name(endpoint, seed_store):
    graphs = _article_graphs(seed_store)
    assert len(graphs) == 2
    with KGStore(seed_store) as st:
        sizes = {g: sum(1 for _ in st.db.quads_for_pattern(None, None, None, ox.NamedNode(g))) for g in graphs}
    everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert sum(sizes.values()) > _count(endpoint, everything)  # the union holds no text layer
    for g, size in sizes.items():
        assert size > 0
        assert _count(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}") == size
        assert _count(endpoint, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{g}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == size
        assert _count(endpoint, f"SELECT (COUNT(*) AS ?n) FROM <{g}> WHERE {{ ?s ?p ?o }}") == size
        assert _count(endpoint, everything, **{"default-graph-uri": g}) == size
        status, content_type, body = _http(endpoint.store_url, params={"graph": g}, accept="application/n-triples")
        assert status == 200 and content_type.startswith("application/n-triples")
        assert len(Graph().parse(data=body, format="nt")) == size
    assert _count(endpoint, "SELECT (COUNT(*) AS ?n) FROM NAMED <urn:kg:none> WHERE { GRAPH ?g { ?s ?p ?o } }") == 0


def _rows_json(body: bytes) -> int:
    return len(json.loads(body)["results"]["bindings"])


def _rows_xml(body: bytes) -> int:
    return len(ET.fromstring(body).findall(".//{http://www.w3.org/2005/sparql-results#}result"))


def _rows_csv(body: bytes) -> int:
    return len(list(csv.reader(io.StringIO(body.decode("utf-8"))))) - 1


def _rows_tsv(body: bytes) -> int:
    return len(body.decode("utf-8").strip("\n").split("\n")) - 1


@pytest.mark.parametrize("accept, content_type, rows", [
    ("application/sparql-results+json", "application/sparql-results+json", _rows_json),
    ("application/sparql-results+xml", "application/sparql-results+xml", _rows_xml),
    ("text/csv", "text/csv", _rows_csv),
    ("text/tab-separated-values", "text/tab-separated-values", _rows_tsv),
])
@pytest.mark.parametrize("post", [False, True], ids=["GET", "POST"])
def test_select_results_by_content_negotiation(endpoint, corpus_dataset, accept, content_type, rows, post):
    status, got_type, body = _http(endpoint.query_url, query=PEOPLE, accept=accept, post=post)
    assert status == 200 and got_type.startswith(content_type)
    assert rows(body) == len(run_query(corpus_dataset, PEOPLE)) == 4


@pytest.mark.parametrize("accept, rdflib_format", [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"),
])
def test_construct_by_content_negotiation(endpoint, seed_graph, accept, rdflib_format):
    status, content_type, body = _http(endpoint.query_url, query=OFFICIALS_GRAPH, accept=accept, post=True)
    assert status == 200 and content_type.startswith(accept)
    assert isomorphic(Graph().parse(data=body, format=rdflib_format), seed_graph)


@pytest.mark.parametrize("query", [
    "SELEC ?x WHERE { ?x ?y ?z }",
    "SELECT ?x WHERE { ?x ?y }",
    "PREFIX s: <https://schema.org/> SELECT * WHERE { ?x t:name ?n }",
])
def test_malformed_queries_get_400_and_a_message(endpoint, query):
    for post in (False, True):
        status, content_type, body = _http(endpoint.query_url, query=query, post=post)
        assert status == 400 and content_type.startswith("text/plain")
        assert body.startswith(b"error at "), body


def test_the_query_page_works_offline(endpoint):
    status, content_type, page = _http(endpoint.url + "/")
    assert status == 200 and content_type.startswith("text/html")
    assert b'src="./yasgui.min.js"' in page and b"://" not in page  # every asset from the server itself
    for asset in ("yasgui.min.js", "yasgui.min.css", "query.js", "query.css"):
        status, _, body = _http(f"{endpoint.url}/{asset}")
        assert status == 200 and len(body) > 500, asset  # served from the package, no CDN
    status, _, body = _http(f"{endpoint.url}/queries.json")
    questions = json.loads(body)
    assert status == 200 and [q["name"] for q in questions][:3] == ["01-events", "02-attendees", "03-officials"]
    assert questions[2]["title"].startswith("CQ3")


def test_queries_without_prefix_declarations_get_the_profiles(endpoint):
    status, _, body = _http(endpoint.query_url, query="SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }",
                            accept="text/csv")
    assert status == 200 and KEMBANG.encode() in body


# ---- start-up errors, locks, updates, timeouts ---------------------------------------------------

def test_the_command_line_is_read_only_on_loopback():
    config = json.loads(server_command("st")[-1])
    assert config["allow_update"] is False and config["union"] is False  # a build keeps the union
    assert config["host"] == "127.0.0.1"
    assert all("token" not in part.lower() for part in server_command("st", allow_update=True))


def test_a_store_without_the_union_is_served_in_union_mode(tmp_path, caplog):
    store = tmp_path / "store"
    store.mkdir()
    db = ox.Store(str(store / "oxigraph"))  # as kg built stores before it kept the union
    db.bulk_load(b"<urn:a> <urn:p> <urn:b> <urn:g1> .\n<urn:c> <urn:p> <urn:d> <urn:g2> .\n",
                 format=ox.RdfFormat.N_QUADS)
    db.flush()
    del db
    (store / "manifest.json").write_text('{"format": 1, "base": null, "articles": {}}')
    with start_server(store, port=free_port()) as server:
        assert json.loads(server.process.args[-1])["union"] is True
        assert _count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 2
    assert "union mode" in caplog.text


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "missing", "no such store"),
    (lambda tmp: tmp, "not a kg store"),
])
def test_a_missing_store_is_one_line(tmp_path, capsys, make, message):
    from graph.cli import main
    (tmp_path / "stray.txt").write_text("x")
    assert main(["serve", "--store", str(make(tmp_path)), "--port", str(free_port())]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_taken_port_is_one_line(endpoint, seed_store, capsys):
    from graph.cli import main
    port = endpoint.url.rsplit(":", 1)[1]
    with pytest.raises(ServeError, match="taken"):
        check_port("127.0.0.1", int(port))
    assert main(["serve", "--store", str(seed_store), "--port", port]) == 2
    err = capsys.readouterr().err
    assert f"port {port} on 127.0.0.1 is taken" in err and err.count("\n") == 1


def test_a_running_build_and_a_server_keep_out_of_each_others_way(tmp_path, endpoint, seed_store):
    store = _seed_store(tmp_path / "store")
    with KGStore(store, write=True):  # what a build holds while it writes
        with pytest.raises(StoreError, match="locked by a running build"):
            start_server(store, port=free_port())
    with pytest.raises(StoreError, match=str(seed_store)):  # the module's server reads seed_store
        build_store([SEED_ARTICLE], seed_store, tmp_path / "out", picture=False, workers=1)
    assert _answers(endpoint.url)


def test_allow_update_writes_and_locks_out_builds(tmp_path):
    store = _seed_store(tmp_path / "store")
    with pytest.raises(ServeError, match="need a token"):
        start_server(store, port=free_port(), allow_update=True)
    with start_server(store, port=free_port(), allow_update=True, token=TOKEN) as server:
        client = SPARQLWrapper(server.query_url, updateEndpoint=server.update_url)
        client.setMethod(POST)
        client.setQuery(INSERT)
        from SPARQLWrapper.SPARQLExceptions import Unauthorized
        with pytest.raises(Unauthorized):  # no token
            client.query()
        client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
        client.query()
        assert json.loads(_http(server.query_url, query=ASK_INSERTED, accept="application/json")[2])["boolean"]
        with pytest.raises(StoreError, match="kg serve --allow-update"):
            build_store([SEED_ARTICLE], store, tmp_path / "out", picture=False, workers=1)
        with pytest.raises(StoreError, match="locked by kg serve --allow-update"):
            start_server(store, port=free_port())
    with KGStore(store) as st:  # written to disk
        assert st.query(ASK_INSERTED)


def test_a_long_query_is_cancelled_by_the_timeout(seed_store):
    everything_thrice = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    sorted_thrice = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    with start_server(seed_store, port=free_port(), timeout=1) as server:
        for query in (everything_thrice, sorted_thrice):
            t0 = time.monotonic()
            status, _, body = _http(server.query_url, query=query, accept="text/csv", timeout=120)
            assert status == 503 and b"cancelled after 1 s" in body, body[:200]  # an error status, no cut body
            assert time.monotonic() - t0 < 30
            assert server.alive() and _wait_for(lambda: _answers(server.url))


# ---- the command, and a server that dies ---------------------------------------------------------

def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _run_kg_serve(args: list[str], log: Path, code: str | None = None) -> subprocess.Popen:
    argv = [sys.executable, "-c", code] if code else [sys.executable, "-m", "graph.cli", "serve", *args]
    return subprocess.Popen(argv, cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=log.open("w"),
                            stderr=subprocess.STDOUT)


def _end(process: subprocess.Popen) -> None:
    """Stop ``kg serve`` as a user would (SIGTERM), and by force if it does not go."""
    children = _children(process.pid) if process.poll() is None else []
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    for child in children:
        if Path(f"/proc/{child}").exists():
            os.kill(child, signal.SIGKILL)


def test_kg_serve_runs_until_interrupted(seed_store, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    process = _run_kg_serve(["--store", str(seed_store), "--port", str(port)], log)
    try:
        assert _wait_for(lambda: _answers(f"http://127.0.0.1:{port}")), log.read_text()
        assert _wait_for(lambda: f"serving {seed_store} (read-only" in log.read_text()), log.read_text()
        children = _children(process.pid)
        process.send_signal(signal.SIGINT)
        assert process.wait(15) == 0
        assert "server stopped" in log.read_text()
        assert _wait_for(lambda: not any(Path(f"/proc/{c}").exists() for c in children), within=10)
        check_port("127.0.0.1", port)  # let go of
    finally:
        _end(process)


@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
                    reason="needs /proc/PID/task/PID/children to find the server's processes")
def test_a_query_worker_that_dies_is_replaced_and_the_endpoint_stays(seed_store):
    with start_server(seed_store, port=free_port(), workers=1) as server:
        (worker,) = _children(server.process.pid)
        os.kill(worker, signal.SIGABRT)  # as the engine does when it panics
        status, _, body = _http(server.query_url, query="ASK {}", timeout=30)
        assert status in (200, 500, 503)  # the request that met the dead worker is answered, not dropped
        assert _wait_for(lambda: _answers(server.url) and _children(server.process.pid) not in ([], [worker]))
        assert server.alive()


@pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
                    reason="needs /proc/PID/task/PID/children to find the server process")
def test_an_endpoint_that_dies_is_started_again(seed_store, tmp_path):
    port = free_port()
    log = tmp_path / "serve.log"
    code = ("import sys, graph.serve as s; s.MIN_UPTIME_FOR_RESTART = 0.2; "
            f"sys.exit(s.serve({str(seed_store)!r}, port={port}))")
    process = _run_kg_serve([], log, code=code)
    try:
        assert _wait_for(lambda: _answers(f"http://127.0.0.1:{port}")), log.read_text()
        (first,) = _children(process.pid)
        time.sleep(0.3)
        os.kill(first, signal.SIGKILL)  # as the kernel's OOM killer does
        assert _wait_for(lambda: _children(process.pid) not in ([], [first]) and _answers(f"http://127.0.0.1:{port}"))
        assert "stopped (SIGKILL" in log.read_text()
        process.terminate()
        assert process.wait(15) == 0
        assert _wait_for(lambda: not _children(process.pid) if process.poll() is None else True)
    finally:
        _end(process)


# ---- the load test, briefly --------------------------------------------------------------------

def test_bench_serve_runs_without_errors(seed_store):
    from graph.bench.serve import bench_serve
    result = bench_serve(seed_store, clients=2, seconds=2, quiet=True)
    assert result.errors == []
    assert result.queries > 0 and result.throughput > 0


def test_bench_questions_leaves_out_rdflib_above_its_limit(seed_store, monkeypatch, capsys):
    """`python -m graph.bench questions` on a store bigger than rdflib's engine is measured
    up to times Oxigraph alone (loading 100,000 articles into rdflib would take hours)."""
    import graph.bench.corpus as corpus
    monkeypatch.setattr(corpus, "RDFLIB_LIMIT", 1)
    corpus.bench_questions(seed_store, samples=1)
    out = capsys.readouterr().out
    assert "rdflib's engine: not measured, 2 articles is more than the 1" in out
    assert "ratio" not in out
    for name in ("s01-entity", "s03-body-officials", "s05-place-articles"):
        assert name in out
