"""The endpoint under abuse: every hostile request gets an error status, and the endpoint stays up.

One endpoint (waitress front, one real query worker) serves the seed store on a free
loopback port in this process, with small budgets so that abuse is cheap to provoke: 2 s a
query, one worker, 1 s of waiting for it, 200 kB of results, 3 s for a silent client.
Each case of the table is a request and the status it must get; after every case the
endpoint must still answer an ordinary question. A second endpoint allows updates with a
token. Loopback only, every loop bounded in count and time.
"""
from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from graph.endpoint import EndpointConfig, QueryPool, make_app
from graph.pipeline import build_store
from graph.serve import free_port

from conftest import SEED_ARTICLE

TOKEN = "a-long-random-token-for-this-test"
ASK = "ASK { ?s a schema:Person }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
BIG = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 100000"


class _Endpoint:
    def __init__(self, config: EndpointConfig) -> None:
        from waitress.server import create_server
        self.config = config
        self.pool = QueryPool(config)
        self.server = create_server(make_app(config, self.pool), host=config.host, port=config.port,
                                    threads=config.threads, connection_limit=config.connection_limit,
                                    channel_timeout=config.channel_timeout, cleanup_interval=1,
                                    max_request_header_size=64 << 10, max_request_body_size=64 << 20,
                                    ident="kg", expose_tracebacks=False)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{config.port}"

    def close(self) -> None:
        self.server.close()
        self.pool.close()


def _store(tmp: Path) -> Path:
    build_store([SEED_ARTICLE], tmp / "store", tmp / "out", picture=False, workers=1)
    return tmp / "store"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    config = EndpointConfig(store=_store(tmp_path_factory.mktemp("hostile")), port=free_port(), timeout=2,
                            workers=1, queue_wait=1, max_result_bytes=200_000, memory_mb=512,
                            channel_timeout=3, connection_limit=40, threads=6)
    ep = _Endpoint(config)
    yield ep
    ep.close()


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    config = EndpointConfig(store=_store(tmp_path_factory.mktemp("hostile-rw")), port=free_port(), timeout=5,
                            allow_update=True, token=TOKEN)
    ep = _Endpoint(config)
    yield ep
    ep.close()


def _request(url: str, path: str, *, method: str = "GET", params: dict | None = None, body: bytes | None = None,
             headers: dict | None = None, timeout: float = 30) -> tuple[int, bytes]:
    query = urllib.parse.urlencode(params or {})
    req = urllib.request.Request(f"{url}{path}{'?' + query if query else ''}", data=body, method=method,
                                 headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _raw(port: int, data: bytes, timeout: float = 10) -> bytes:
    """Send raw bytes, return what comes back (the status line first)."""
    chunks = []
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(data)
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except (TimeoutError, ConnectionResetError, BrokenPipeError):
            pass  # the server hung up on a request it refused
    return b"".join(chunks)


def _healthy(ep: _Endpoint) -> bool:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        status, body = _request(ep.url, "/query", params={"query": ASK}, headers={"Accept": "application/json"})
        if status == 200 and b"true" in body:
            return True
        time.sleep(0.2)
    return False


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
SPARQL = {"Content-Type": "application/sparql-query"}
UPDATE = {"Content-Type": "application/sparql-update"}

# (case, request keyword arguments, expected status, a word the answer must hold)
CASES = [
    ("nested braces, 5,000 deep", dict(params={"query": "SELECT * WHERE " + "{" * 5000 + "}" * 5000}), 400, b"deep"),
    ("nested parentheses, 12 kB", dict(params={"query": "SELECT * WHERE { FILTER(" + "(" * 6000 + "1" + ")" * 6000
                                                        + ") }"}), 400, b"deep"),
    ("nested brackets in POST", dict(method="POST", headers=SPARQL, body=b"SELECT * WHERE { ?s ?p " + b"[" * 3000
                                     + b"]" * 3000 + b" }"), 400, b"deep"),
    ("a query of 200 kB in the URL", dict(params={"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000}), 431,
     b"Too Large"),
    ("a query of 200 kB POSTed", dict(method="POST", headers=SPARQL,
                                      body=b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 200_000), 400, b"long"),
    ("a body of 2 MB", dict(method="POST", headers=SPARQL, body=b"#" * (2 << 20)), 413, b"MB"),
    ("SERVICE by GET", dict(params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"}),
     400, b"SERVICE"),
    ("service in lower case by POST", dict(method="POST", headers=SPARQL,
                                          body=b"select * where { service <http://169.254.169.254/> {?s ?p ?o} }"),
     400, b"SERVICE"),
    ("SERVICE SILENT by form", dict(method="POST", headers=FORM, body=urllib.parse.urlencode(
        {"query": "SELECT * { SERVICE SILENT <http://localhost:22/> { ?s ?p ?o } }"}).encode()), 400, b"SERVICE"),
    ("SERVICE after a comment", dict(params={"query": "SELECT * {\n# {\nSERVICE <file:///etc/passwd> {?s ?p ?o}}"}),
     400, b"SERVICE"),
    ("an update by GET", dict(params={"update": "DROP ALL"}), 403, b"read-only"),
    ("an update to /query", dict(method="POST", headers=UPDATE, body=b"DROP ALL"), 403, b"read-only"),
    ("an update to /update, read-only", dict(path="/update", method="POST", headers=UPDATE, body=b"DROP ALL"),
     403, b"read-only"),
    ("LOAD to /update, read-only", dict(path="/update", method="POST", headers=UPDATE,
                                        body=b"LOAD <http://127.0.0.1:1/x>"), 403, b"read-only"),
    ("Graph Store PUT, read-only", dict(path="/store", method="PUT", params={"default": ""},
                                        headers={"Content-Type": "text/turtle"}, body=b"<urn:a> <urn:b> <urn:c> ."),
     403, b"read-only"),
    ("Graph Store DELETE, read-only", dict(path="/store", method="DELETE", params={"default": ""}), 403, b"read-only"),
    ("Graph Store POST, read-only", dict(path="/store", method="POST", params={"graph": "urn:x"},
                                         headers={"Content-Type": "text/turtle"}, body=b"<urn:a> <urn:b> <urn:c> ."),
     403, b"read-only"),
    ("a foreign Host (DNS rebinding)", dict(params={"query": ASK}, headers={"Host": "attacker.example"}), 403, b"Host"),
    ("a foreign Host with our port", dict(params={"query": ASK}, headers={"Host": "attacker.example:{port}"}),
     403, b"Host"),
    ("a cross-origin read", dict(params={"query": ASK}, headers={"Origin": "http://attacker.example"}), 403,
     b"cross-origin"),
    ("a cross-origin form POST", dict(method="POST", headers={**FORM, "Origin": "http://attacker.example"},
                                      body=b"query=ASK%7B%7D"), 403, b"cross-origin"),
    ("a sandboxed page (Origin null) writing", dict(path="/update", method="POST",
                                                    headers={**UPDATE, "Origin": "null"}, body=b"DROP ALL"),
     403, b"cross-origin"),
    ("no query", dict(), 400, b"query"),
    ("two queries", dict(path="/query?query=ASK%7B%7D&query=ASK%7B%7D"), 400, b"one query"),
    ("a syntax error", dict(params={"query": "SELEC ?x WHERE { ?x ?y ?z }"}), 400, b"error at"),
    ("an unterminated string", dict(params={"query": 'SELECT * WHERE { ?s ?p "abc }'}), 400, b"error"),
    ("invalid percent-encoding", dict(path="/query?query=%E0%A4%A"), 400, b""),
    ("invalid UTF-8 in the body", dict(method="POST", headers=SPARQL, body=b"SELECT * WHERE { ?s ?p \xff\xfe }"),
     400, b""),
    ("an unknown content type", dict(method="POST", headers={"Content-Type": "application/x-evil"}, body=b"ASK{}"),
     415, b""),
    ("an unknown method", dict(method="PATCH", params={"query": ASK}), 405, b""),
    ("an unacceptable Accept", dict(params={"query": ASK}, headers={"Accept": "image/png"}), 406, b""),
    ("a path outside the page", dict(path="/../../etc/passwd"), 404, b""),
    ("an encoded path outside", dict(path="/%2e%2e/%2e%2e/etc/passwd"), 404, b""),
    ("the store's files", dict(path="/oxigraph/CURRENT"), 404, b""),
    ("a graph IRI of another scheme", dict(path="/store", params={"graph": "file:///etc/passwd"}), 400, b"IRI"),
    ("a graph that is not there", dict(path="/store", params={"graph": "urn:kg:none"}), 404, b""),
    ("FROM a remote graph", dict(params={"query": "SELECT * FROM <http://127.0.0.1:1/g> WHERE { ?s ?p ?o }"}),
     200, b""),
    ("a query past its time", dict(params={"query": SLOW}, headers={"Accept": "text/csv"}), 503, b"cancelled"),
    ("a sort past its time or memory", dict(params={"query": SLOW.replace("(COUNT(*) AS ?n)", "*")
                                                           + " ORDER BY ?c ?f ?i"}), 503, b"LIMIT"),
    ("a result past its size", dict(params={"query": BIG}, headers={"Accept": "text/csv"}), 503, b"LIMIT"),
]


@pytest.mark.parametrize("case, kwargs, status, word", CASES, ids=[c[0] for c in CASES])
def test_a_hostile_request_gets_an_error_and_the_endpoint_stays(endpoint, case, kwargs, status, word):
    kwargs = dict(kwargs)
    path = kwargs.pop("path", "/query")
    if "headers" in kwargs:
        kwargs["headers"] = {k: v.replace("{port}", str(endpoint.config.port)) for k, v in kwargs["headers"].items()}
    got, body = _request(endpoint.url, path, **kwargs)
    assert got == status, body[:300]
    assert word in body, body[:300]
    assert b"Traceback" not in body
    assert _healthy(endpoint)


@pytest.mark.parametrize("raw, status", [
    (b"GET /query?query=ASK%7B%7D HTTP/1.1\r\n\r\n", b"403"),  # no Host at all
    (b"GET /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", b"431 or hung up"),
    (b"NONSENSE\r\n\r\n", b"400"),
    (b"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: -5\r\n\r\n", b"400"),
    (b"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nTransfer-Encoding: chunked\r\n"
     b"Content-Type: application/sparql-query\r\n\r\nZZ\r\n", b"400"),
])
def test_malformed_http_gets_an_error(endpoint, raw, status):
    answer = _raw(endpoint.config.port, raw.replace(b"{port}", str(endpoint.config.port).encode()))
    if status.endswith(b" or hung up") and not answer:
        status = b""
    assert answer.split(b"\r\n", 1)[0].split(b" ")[1:2] == ([status.split()[0]] if status else []), answer[:200]
    assert _healthy(endpoint)


def test_many_clients_at_once_get_answers_or_busy_never_a_crash(endpoint):
    def one(i):
        query = SLOW if i % 4 == 0 else ASK
        return _request(endpoint.url, "/query", params={"query": query}, timeout=60)[0]
    with ThreadPoolExecutor(24) as pool:
        statuses = list(pool.map(one, range(48)))
    assert set(statuses) <= {200, 503}, statuses
    assert statuses.count(200) > 0
    assert _healthy(endpoint)


def test_slow_clients_are_dropped_and_others_still_served(endpoint):
    sockets = []
    try:
        for _ in range(30):  # a slowloris: headers that never end
            s = socket.create_connection(("127.0.0.1", endpoint.config.port), timeout=5)
            s.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            sockets.append(s)
        assert _healthy(endpoint)  # others are served meanwhile
        time.sleep(endpoint.config.channel_timeout + 3)
        closed = 0
        for s in sockets:
            try:
                s.settimeout(1)
                closed += s.recv(1) == b""
            except OSError:
                closed += 1
        assert closed == len(sockets)  # the server let go of every silent client
    finally:
        for s in sockets:
            s.close()


def test_a_killed_query_worker_is_replaced(endpoint):
    import os
    import signal
    worker = endpoint.pool._idle.queue[0].process.pid  # the one worker, idle now
    os.kill(worker, signal.SIGKILL)
    status, body = _request(endpoint.url, "/query", params={"query": ASK})
    assert status in (200, 500, 503), body
    assert _healthy(endpoint)
    assert endpoint.pool.restarts >= 1


def test_updates_need_the_token(writable):
    insert = b"INSERT DATA { <urn:kg:s> <urn:kg:p> \"o\" }"
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
        status, _ = _request(writable.url, "/update", method="POST", headers={**UPDATE, **headers}, body=insert)
        assert status == 401
    status, _ = _request(writable.url, "/update", method="POST",
                         headers={**UPDATE, "Authorization": f"Bearer {TOKEN}", "Origin": "http://attacker.example"},
                         body=insert)
    assert status == 403  # a page elsewhere cannot write, token or not
    status, body = _request(writable.url, "/update", method="POST",
                            headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"},
                            body=b"LOAD <http://127.0.0.1:1/x>")
    assert status == 400 and b"LOAD" in body
    status, _ = _request(writable.url, "/update", method="POST",
                         headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"}, body=insert)
    assert status == 204
    status, body = _request(writable.url, "/query", params={"query": 'ASK { <urn:kg:s> <urn:kg:p> "o" }'},
                            headers={"Accept": "application/json"})
    assert status == 200 and b"true" in body
