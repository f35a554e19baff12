"""The SPARQL endpoint behind ``kg serve``: a bounded front that no request brings down.

The front is a WSGI application served by waitress (a well-kept pure-Python server that
bounds connections, request sizes and idle clients). It never runs a query itself: each
query goes to one of a few *query workers*, child processes that hold the store open
read-only with pyoxigraph. So

- a query past its time budget is really stopped: its worker is killed and replaced,
  and the client gets ``503`` with the reason (never a ``200`` with a cut body);
- a query past its memory budget (``RLIMIT_DATA`` in the worker) or one that crashes the
  engine kills only its worker, which is started again with back-off; the front and the
  other queries go on;
- results are complete before the first byte is sent, and at most ``max_result_bytes``
  large (else ``503``: add a LIMIT);
- at most ``workers`` queries run at once; a request that waits longer than
  ``queue_wait`` seconds for a worker gets ``503`` and ``Retry-After``.

What a request may ask is checked before any parser sees it (:mod:`graph.guard`: size,
nesting, no ``SERVICE`` or ``LOAD``), and who may ask: the ``Host`` header must name this
server (no DNS rebinding) and a browser's ``Origin`` must be this server's own unless
``cors`` allows reading from other sites. Writes (``/update``, Graph Store ``PUT``,
``POST``, ``DELETE``) need ``allow_update`` *and* the bearer token; without both they
are ``403``.

Routes: ``/query`` (SPARQL 1.1 Protocol: GET, POST form, POST ``application/sparql-query``;
``default-graph-uri`` and ``named-graph-uri``), ``/update``, ``/store`` (Graph Store
Protocol: ``?default`` or ``?graph=IRI``), ``/`` (the query page, assets served from
the package) and ``/health``.
"""
from __future__ import annotations

import json
import logging
import os
import queue
import secrets
import select
import signal
import struct
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from .guard import RefusedQuery, check_sparql

__all__ = ["EndpointConfig", "QueryPool", "WorkerError", "exit_status", "make_app", "run"]

log = logging.getLogger("graph")

STATIC = Path(__file__).with_name("static")
MAX_BODY_BYTES = 1 << 20  # a query or update POSTed; a Graph Store PUT may be larger
MAX_GSP_BYTES = 64 << 20

RESULT_TYPES = {  # SELECT and ASK, by media type
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML", "text/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {  # CONSTRUCT and DESCRIBE
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/ld+json": "JSON_LD", "application/rdf+xml": "RDF_XML", "application/trig": "TRIG",
    "application/n-quads": "N_QUADS",
}
MEDIA = {"JSON": "application/sparql-results+json", "XML": "application/sparql-results+xml",
         "CSV": "text/csv", "TSV": "text/tab-separated-values", "TURTLE": "text/turtle",
         "N_TRIPLES": "application/n-triples", "JSON_LD": "application/ld+json",
         "RDF_XML": "application/rdf+xml", "TRIG": "application/trig", "N_QUADS": "application/n-quads"}


@dataclass
class EndpointConfig:
    """What one ``kg serve`` allows; defaults are the safe ones."""
    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0  # seconds a query may run; 0 for none
    workers: int = 2
    queue_wait: float = 10.0  # seconds a request may wait for a free worker
    max_result_bytes: int = 64 << 20
    memory_mb: int = 2048  # each worker's data-segment limit
    allow_update: bool = False
    token: str | None = None  # required for writes when allow_update
    cors: bool = False
    allowed_hosts: tuple[str, ...] = ()
    union: bool = False  # the store keeps no union in its default graph (an old build)
    connection_limit: int = 64
    channel_timeout: int = 15  # seconds a silent client keeps its connection
    threads: int = 8
    base: str | None = None  # the base IRI of the entity pages (default: the store's)
    index_path: Path | None = None  # the search index (default: search.sqlite in the store)

    def hosts(self) -> set[str]:
        """``Host`` header values this server answers to."""
        names = {"localhost", "127.0.0.1", "[::1]", self.host if ":" not in self.host else f"[{self.host}]",
                 *self.allowed_hosts}
        if self.host in ("0.0.0.0", "::"):
            names.discard(self.host)
        return {f"{n}:{self.port}" for n in names} | ({n for n in names} if self.port == 80 else set())


class WorkerError(RuntimeError):
    """A query that could not be answered; ``status`` is the HTTP status to send."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


# ---- the query workers ---------------------------------------------------------------------

def _send(stream, header: dict, body: bytes = b"") -> None:
    head = json.dumps(header).encode()
    stream.write(struct.pack(">II", len(head), len(body)) + head + body)
    stream.flush()


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes:
    chunks, got = [], 0
    while got < n:
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            raise TimeoutError
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def exit_status(code: int) -> str:
    """How a process ended, in words: ``SIGKILL`` or ``exit status 2``."""
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"


class _Worker:
    def __init__(self, config: EndpointConfig) -> None:
        args = [sys.executable, "-m", "graph.endpoint", "--worker", str(config.store),
                "--memory-mb", str(config.memory_mb), "--max-result-bytes", str(config.max_result_bytes)]
        if config.allow_update:
            args.append("--write")
        if config.union:
            args.append("--union")
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, start_new_session=True)
        self.started = time.monotonic()

    def ask(self, request: dict, body: bytes, timeout: float) -> tuple[dict, bytes]:
        deadline = time.monotonic() + timeout if timeout else None
        _send(self.process.stdin, request, body)
        fd = self.process.stdout.fileno()
        head_len, body_len = struct.unpack(">II", _read_exact(fd, 8, deadline))
        header = json.loads(_read_exact(fd, head_len, deadline))
        return header, _read_exact(fd, body_len, deadline)

    def why_dead(self) -> str:
        if self.process.poll() is None:  # alive but speaking nonsense: it is replaced all the same
            self.process.kill()
        code = self.process.wait(5)
        err = self.process.stderr.read().decode("utf-8", "replace").strip().splitlines()
        last = err[-1][:200] if err else ""
        how = exit_status(code)
        return f"{how}{': ' + last if last else ''}"

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except OSError:
                pass


class QueryPool:
    """``size`` query workers; :meth:`run` answers one request in one of them."""

    def __init__(self, config: EndpointConfig) -> None:
        self.config = config
        self.size = 1 if config.allow_update else max(1, config.workers)  # one writer at most
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._deaths: list[float] = []
        self._closed = False
        self.restarts = 0
        for _ in range(self.size):
            self._idle.put(self._start())
        # a worker that cannot open the store says so at once
        header, _ = self.run({"op": "ping"}, timeout=60)

    def _start(self) -> _Worker:
        return _Worker(self.config)

    def _replace(self, worker: _Worker, why: str) -> None:
        worker.kill()
        with self._lock:
            now = time.monotonic()
            self._deaths = [t for t in self._deaths if now - t < 60] + [now]
            pause = min(5.0, 0.05 * 2 ** (len(self._deaths) - 1))  # back-off when they keep dying
            self.restarts += 1
        log.warning("a query worker stopped (%s); starting another", why)

        def later() -> None:
            time.sleep(pause)
            if not self._closed:
                self._idle.put(self._start())
        threading.Thread(target=later, daemon=True).start()

    def run(self, request: dict, body: bytes = b"", timeout: float | None = None) -> tuple[dict, bytes]:
        """The worker's answer header and body, or :class:`WorkerError`."""
        timeout = self.config.timeout if timeout is None else timeout
        try:
            worker = self._idle.get(timeout=self.config.queue_wait)
        except queue.Empty:
            raise WorkerError(503, f"busy: {self.size} queries are running; try again shortly") from None
        try:
            header, data = worker.ask(request, body, timeout)
        except TimeoutError:
            self._replace(worker, "stopped at the time budget")
            raise WorkerError(503, f"the query was cancelled after {timeout:g} s, the time budget of "
                                   "this endpoint; narrow it or add a LIMIT") from None
        except (EOFError, OSError, ValueError, struct.error):
            why = worker.why_dead()
            self._replace(worker, why)
            if "MemoryError" in why or "memory" in why.lower() or "SIGABRT" in why:
                raise WorkerError(503, "the query needed more memory than this endpoint allows "
                                       f"({self.config.memory_mb} MB) or stopped the engine; "
                                       "narrow it or add a LIMIT") from None
            raise WorkerError(500, f"the query engine stopped ({why}); it was started again") from None
        self._idle.put(worker)
        return header, data

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break


def _limit_memory(megabytes: int) -> None:
    import resource
    limit = megabytes << 20
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    except (ValueError, OSError):
        pass


class _Budget:
    """A file-like sink that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit, self.parts, self.size = limit, [], 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


class _TooLarge(Exception):
    pass


def _worker_main(store_dir: str, write: bool, union: bool, memory_mb: int, max_result_bytes: int) -> int:
    """Answer requests on stdin until it closes (the body of one query worker)."""
    import pyoxigraph as ox
    _limit_memory(memory_mb)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the front, which stops us
    location = str(Path(store_dir) / "oxigraph")
    db = ox.Store(location) if write else ox.Store.read_only(location)
    from .vocab import prefix_iris
    prefixes = prefix_iris()  # declared for every query and update that does not declare its own
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    while True:
        head = inp.read(8)
        if len(head) < 8:
            return 0
        head_len, body_len = struct.unpack(">II", head)
        request = json.loads(inp.read(head_len))
        body = inp.read(body_len)
        try:
            header, data = _answer(db, ox, request, body, union, max_result_bytes, prefixes)
        except _TooLarge:
            header, data = {"status": 503}, (f"the result is larger than {max_result_bytes >> 20} MB, the "
                                             "budget of this endpoint; add a LIMIT").encode()
        except SyntaxError as exc:
            header, data = {"status": 400}, str(exc).encode()
        except MemoryError:
            header, data = {"status": 503}, b"the query needed more memory than this endpoint allows; narrow it or add a LIMIT"
        except (OSError, ValueError, TypeError) as exc:
            header, data = {"status": 400}, str(exc).splitlines()[0].encode() if str(exc) else b"bad request"
        _send(out, header, data)


def _answer(db, ox, request: dict, body: bytes, union: bool, budget: int,
            prefixes: dict[str, str] | None = None) -> tuple[dict, bytes]:
    op = request.get("op")
    if op == "ping":
        return {"status": 200}, b""
    if op == "index":
        from .search import build_index
        count = build_index(db, request["path"], stamp=request["stamp"])
        return {"status": 200, "entities": count}, b""
    if op == "query":
        kwargs = {"prefixes": prefixes}
        if request.get("default"):
            kwargs["default_graph"] = [ox.NamedNode(g) for g in request["default"]]
        elif union:
            kwargs["use_default_graph_as_union"] = True
        if request.get("named"):
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in request["named"]]
        result = db.query(request["query"], **kwargs)
        sink = _Budget(budget)
        if isinstance(result, ox.QueryTriples):
            fmt = request.get("graph_format") or "TURTLE"
            result.serialize(sink, getattr(ox.RdfFormat, fmt))
        else:
            fmt = request.get("result_format") or "JSON"
            result.serialize(sink, getattr(ox.QueryResultsFormat, fmt))
        return {"status": 200, "format": fmt}, sink.getvalue()
    if op == "update":
        db.update(request["update"], prefixes=prefixes)
        db.flush()
        return {"status": 204}, b""
    if op == "graph-get":
        graph = ox.NamedNode(request["graph"]) if request.get("graph") else ox.DefaultGraph()
        if request.get("graph") and not db.contains_named_graph(graph):
            return {"status": 404}, f"no graph <{request['graph']}> in this store".encode()
        sink = _Budget(budget)
        db.dump(sink, getattr(ox.RdfFormat, request.get("graph_format") or "TURTLE"), from_graph=graph)
        return {"status": 200, "format": request.get("graph_format") or "TURTLE"}, sink.getvalue()
    if op in ("graph-put", "graph-post", "graph-delete"):
        graph = ox.NamedNode(request["graph"]) if request.get("graph") else ox.DefaultGraph()
        existed = graph == ox.DefaultGraph() or db.contains_named_graph(graph)
        if op == "graph-delete":
            if not existed:
                return {"status": 404}, b"no such graph"
            db.remove_graph(graph) if request.get("graph") else db.clear_graph(graph)
        else:
            fmt = ox.RdfFormat.from_media_type(request.get("content_type") or "text/turtle")
            if fmt is None:
                return {"status": 415}, b"unsupported content type"
            if op == "graph-put" and existed:
                db.clear_graph(graph)
            db.load(body, fmt, to_graph=graph, base_iri=request.get("graph"))
        db.flush()
        return {"status": 201 if not existed else 204}, b""
    return {"status": 400}, b"unknown operation"


# ---- the WSGI application ------------------------------------------------------------------

def _negotiate(accept: str, table: dict[str, str], default: str) -> str | None:
    """The format for an ``Accept`` header (q-values honoured), ``default`` for ``*/*``."""
    best, best_q = None, -1.0
    for i, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media, q = pieces[0].lower(), 1.0
        for p in pieces[1:]:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        fmt = table.get(media) or (default if media in ("*/*", "application/*", "text/*", "") else None)
        if fmt and q > best_q:
            best, best_q = fmt, q
    return best if best_q > 0 else (default if not accept.strip() else None)


def _query_kind(text: str) -> str:
    """``graph`` for CONSTRUCT/DESCRIBE, ``results`` otherwise (decides the formats offered)."""
    import re
    stripped = re.sub(r"#[^\n]*|<[^>\s]*>|'[^']*'|\"[^\"]*\"", " ", text)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", stripped, re.I)
    return "graph" if m and m.group(1).upper() in ("CONSTRUCT", "DESCRIBE") else "results"


def canned_questions() -> list[dict[str, str]]:
    """The shipped questions for the query page: name, title (the first comment), text."""
    from .query import canned_queries
    out = []
    for name, text in canned_queries().items():
        first = text.lstrip().splitlines()[0] if text.strip() else name
        title = first.lstrip("# ").strip() if first.startswith("#") else name
        out.append({"name": name, "title": title, "text": text})
    return out


class _App:
    def __init__(self, config: EndpointConfig, pool: QueryPool) -> None:
        self.config, self.pool = config, pool
        self.hosts = config.hosts()
        self.origins = {f"http://{h}" for h in self.hosts}
        self.questions = json.dumps(canned_questions(), ensure_ascii=False).encode()
        from .pages import Pages
        self.pages = Pages(config.base or _store_base(config.store), self.select)
        self.index = config.index_path or (config.store / "search.sqlite")

    def __call__(self, environ, start_response):
        try:
            status, headers, body = self.handle(environ)
        except WorkerError as exc:
            status, headers, body = exc.status, [("Content-Type", "text/plain; charset=utf-8")], str(exc).encode()
        except Exception as exc:  # noqa: BLE001 - a request never takes the server down
            log.error("request failed: %s: %s", type(exc).__name__, exc)
            status, headers, body = 500, [("Content-Type", "text/plain; charset=utf-8")], b"internal error"
        headers = [*headers, ("Content-Length", str(len(body))), ("X-Content-Type-Options", "nosniff"),
                   ("Cache-Control", "no-store")]
        origin = environ.get("HTTP_ORIGIN")
        if self.config.cors and origin and status < 500:
            headers.append(("Access-Control-Allow-Origin", "*"))
        if status == 503:
            headers.append(("Retry-After", "5"))
        start_response(f"{status} {_REASONS.get(status, 'Status')}", headers)
        return [body]

    def handle(self, environ) -> tuple[int, list, bytes]:
        text = [("Content-Type", "text/plain; charset=utf-8")]
        host = environ.get("HTTP_HOST", "")
        if host not in self.hosts:
            return 403, text, b"unknown Host: this server answers only to its own address\n"
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "/")
        origin = environ.get("HTTP_ORIGIN")
        writes = path == "/update" or (path == "/store" and method in ("PUT", "POST", "DELETE"))
        if origin and origin != "null" and origin not in self.origins and (writes or not self.config.cors):
            return 403, text, b"cross-origin request refused\n"
        if origin == "null" and writes:
            return 403, text, b"cross-origin request refused\n"
        if method == "OPTIONS":
            allow = [("Access-Control-Allow-Methods", "GET, POST"),
                     ("Access-Control-Allow-Headers", "Content-Type, Accept")] if self.config.cors else []
            return 204, allow, b""
        if path == "/query":
            return self.query(environ, method)
        if path == "/update":
            return self.update(environ, method)
        if path == "/store":
            return self.graph_store(environ, method)
        if path == "/queries.json" and method in ("GET", "HEAD"):
            return 200, [("Content-Type", "application/json")], self.questions
        if path == "/config.json" and method in ("GET", "HEAD"):
            return 200, [("Content-Type", "application/json")], json.dumps({"base": self.pages.base}).encode()
        if path == "/health":
            return 200, text, b"ok\n"
        if method not in ("GET", "HEAD"):
            return 405, text, b"method not allowed\n"
        if path == "/search":
            return self.search(environ)
        iri = self.pages.iri_for_path(path)
        if iri is not None:
            return self.entity(environ, iri)
        return self.static(path)

    # -- SPARQL query
    def query(self, environ, method: str):
        text = [("Content-Type", "text/plain; charset=utf-8")]
        params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if method == "POST":
            ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
            body = _body(environ, MAX_BODY_BYTES)
            if ctype == "application/x-www-form-urlencoded":
                for k, v in urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
            elif ctype == "application/sparql-query":
                params["query"] = [body.decode("utf-8", "replace")]
            elif ctype == "application/sparql-update":
                return 403, text, self._refused_update()
            else:
                return 415, text, b"send the query as application/sparql-query or a form\n"
        elif method not in ("GET", "HEAD"):
            return 405, text, b"use GET or POST\n"
        if "update" in params:
            return 403, text, self._refused_update()
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return 400, text, b"give one query (the query parameter)\n"
        sparql = queries[0]
        try:
            check_sparql(sparql)
        except RefusedQuery as exc:
            return 400, text, f"{exc}\n".encode()
        kind = _query_kind(sparql)
        accept = environ.get("HTTP_ACCEPT", "")
        table, default = (GRAPH_TYPES, "TURTLE") if kind == "graph" else (RESULT_TYPES, "JSON")
        fmt = _negotiate(accept, table, default)
        if fmt is None:
            return 406, text, f"cannot answer as {accept}; ask for one of {', '.join(sorted(table))}\n".encode()
        request = {"op": "query", "query": sparql, "default": params.get("default-graph-uri") or [],
                   "named": params.get("named-graph-uri") or []}
        request["graph_format" if kind == "graph" else "result_format"] = fmt
        header, data = self.pool.run(request)
        if header["status"] != 200:
            return header["status"], text, data
        media = MEDIA[header.get("format", fmt)]
        charset = "" if media.endswith("json") and kind != "graph" else "; charset=utf-8"
        return 200, [("Content-Type", media + charset)], b"" if method == "HEAD" else data

    def _refused_update(self) -> bytes:
        if self.config.allow_update:
            return b"updates go to /update with the bearer token\n"
        return b"this endpoint is read-only (start it with --allow-update and a token to write)\n"

    def _authorized(self, environ) -> bool:
        if not self.config.allow_update or not self.config.token:
            return False
        given = environ.get("HTTP_AUTHORIZATION", "")
        return given.startswith("Bearer ") and secrets.compare_digest(given[7:].strip(), self.config.token)

    # -- SPARQL update
    def update(self, environ, method: str):
        text = [("Content-Type", "text/plain; charset=utf-8")]
        if not self.config.allow_update:
            return 403, text, self._refused_update()
        if method != "POST":
            return 405, text, b"updates are POSTed\n"
        if not self._authorized(environ):
            return 401, [*text, ("WWW-Authenticate", 'Bearer realm="kg"')], b"give the bearer token\n"
        ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        body = _body(environ, MAX_BODY_BYTES)
        if ctype == "application/sparql-update":
            sparql = body.decode("utf-8", "replace")
        elif ctype == "application/x-www-form-urlencoded":
            sparql = (urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("update") or [""])[0]
        else:
            return 415, text, b"send the update as application/sparql-update or a form\n"
        try:
            check_sparql(sparql)
        except RefusedQuery as exc:
            return 400, text, f"{exc}\n".encode()
        header, data = self.pool.run({"op": "update", "update": sparql})
        return header["status"], text, data

    # -- Graph Store Protocol
    def graph_store(self, environ, method: str):
        text = [("Content-Type", "text/plain; charset=utf-8")]
        params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if "default" in params:
            graph = None
        elif len(params.get("graph") or []) == 1:
            graph = params["graph"][0]
            if not graph.startswith(("http://", "https://", "urn:")):
                return 400, text, b"graph must be an absolute IRI\n"
        else:
            return 400, text, b"give ?default or ?graph=IRI\n"
        if method in ("GET", "HEAD"):
            fmt = _negotiate(environ.get("HTTP_ACCEPT", ""), GRAPH_TYPES, "TURTLE")
            if fmt in (None, "TRIG", "N_QUADS"):
                fmt = "TURTLE" if fmt is None else "N_TRIPLES"
            header, data = self.pool.run({"op": "graph-get", "graph": graph, "graph_format": fmt})
            if header["status"] != 200:
                return header["status"], text, data
            return 200, [("Content-Type", MEDIA[fmt] + "; charset=utf-8")], b"" if method == "HEAD" else data
        if method not in ("PUT", "POST", "DELETE"):
            return 405, text, b"method not allowed\n"
        if not self.config.allow_update:
            return 403, text, self._refused_update()
        if not self._authorized(environ):
            return 401, [*text, ("WWW-Authenticate", 'Bearer realm="kg"')], b"give the bearer token\n"
        body = b"" if method == "DELETE" else _body(environ, MAX_GSP_BYTES)
        ctype = environ.get("CONTENT_TYPE", "text/turtle").split(";")[0].strip().lower()
        header, data = self.pool.run({"op": f"graph-{method.lower()}", "graph": graph, "content_type": ctype},
                                     body)
        return header["status"], text, data

    # -- entity pages and search
    def select(self, sparql: str) -> list[dict[str, str]]:
        """Rows of a SELECT as dicts of strings (``var_type`` says uri, literal or bnode)."""
        header, data = self.pool.run({"op": "query", "query": sparql, "result_format": "JSON"})
        if header["status"] != 200:
            raise WorkerError(header["status"], data.decode("utf-8", "replace"))
        rows = []
        for binding in json.loads(data)["results"]["bindings"]:
            row = {}
            for var, term in binding.items():
                row[var] = term["value"]
                row[f"{var}_type"] = term["type"]
            rows.append(row)
        return rows

    def entity(self, environ, iri: str):
        text = [("Content-Type", "text/plain; charset=utf-8")]
        accept = environ.get("HTTP_ACCEPT", "")
        fmt = _negotiate(accept, {"text/html": "HTML", "application/xhtml+xml": "HTML", **GRAPH_TYPES}, "HTML")
        if fmt is None:
            return 406, text, b"ask for text/html, text/turtle, application/n-triples or application/ld+json\n"
        if not self.pages.exists(iri):
            return 404, text, b"nothing in this graph has that IRI\n"
        vary = [("Vary", "Accept")]
        if fmt == "HTML":
            page = self.pages.page(iri).encode("utf-8")
            return 200, [("Content-Type", "text/html; charset=utf-8"), *vary, *_PAGE_HEADERS], page
        fmt = "N_TRIPLES" if fmt in ("TRIG", "N_QUADS") else fmt
        header, data = self.pool.run({"op": "query", "query": f"DESCRIBE <{iri}>", "graph_format": fmt})
        if header["status"] != 200:
            return header["status"], text, data
        return 200, [("Content-Type", MEDIA[fmt] + "; charset=utf-8"), *vary], data

    def search(self, environ):
        from .pages import results_page
        from .search import search
        params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
        q = (params.get("q") or [""])[0][:200]
        hits = search(self.index, q) if q.strip() else []
        for h in hits:
            h["href"] = self.pages.href(h["iri"])
        if _negotiate(environ.get("HTTP_ACCEPT", ""), {"application/json": "JSON", "text/html": "HTML"},
                      "HTML") == "JSON" or (params.get("format") or [""])[0] == "json":
            return 200, [("Content-Type", "application/json")], json.dumps(hits, ensure_ascii=False).encode()
        return 200, [("Content-Type", "text/html; charset=utf-8"), *_PAGE_HEADERS], \
            results_page(q, hits, self.pages.href).encode("utf-8")

    # -- the query page and its assets
    def static(self, path: str):
        name = "query.html" if path in ("/", "/index.html") else path.lstrip("/")
        allowed = {"query.html", "query.js", "query.css", "yasgui.min.js", "yasgui.min.css", "pages.css"}
        if name not in allowed or not (STATIC / name).is_file():
            return 404, [("Content-Type", "text/plain; charset=utf-8")], b"not found\n"
        media = {"html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8",
                 "css": "text/css; charset=utf-8"}[name.rsplit(".", 1)[1]]
        headers = [("Content-Type", media)]
        if name.endswith(".html"):
            headers += _PAGE_HEADERS
        return 200, headers, (STATIC / name).read_bytes()


_PAGE_HEADERS = [("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                                             "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"),
                 ("Referrer-Policy", "no-referrer")]


def _store_base(store: Path) -> str:
    """The base IRI the store was built with (its manifest), else the default one."""
    from .iris import base_iri
    try:
        base = json.loads((store / "manifest.json").read_text(encoding="utf-8")).get("base")
    except (OSError, ValueError, AttributeError):
        base = None
    return base_iri(base)


def _body(environ, limit: int) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit:
        raise WorkerError(413, f"the request body is over {limit >> 20} MB")
    return environ["wsgi.input"].read(length) if length else b""


_REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
            403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
            413: "Payload Too Large", 415: "Unsupported Media Type", 500: "Internal Server Error",
            503: "Service Unavailable"}


def make_app(config: EndpointConfig, pool: QueryPool):
    """The WSGI application of ``config`` over ``pool``."""
    return _App(config, pool)


def _ensure_index(config: EndpointConfig, pool: QueryPool) -> None:
    """Build the search index beside the store unless it is up to date (a temporary one
    when the store's folder cannot be written)."""
    import tempfile

    from .search import index_stamp
    path = config.index_path or config.store / "search.sqlite"
    if not os.access(path.parent, os.W_OK):
        path = Path(tempfile.mkdtemp(prefix="kg-search-")) / "search.sqlite"
    config.index_path = path
    pool.run({"op": "index", "path": str(path), "stamp": index_stamp(config.store)}, timeout=3600)


def run(config: EndpointConfig, *, ready=None) -> None:
    """Serve until SIGTERM or Ctrl-C; ``ready()`` is called once the socket listens."""
    from waitress.server import create_server
    pool = QueryPool(config)
    _ensure_index(config, pool)
    server = create_server(make_app(config, pool), host=config.host, port=config.port,
                           threads=config.threads, connection_limit=config.connection_limit,
                           channel_timeout=config.channel_timeout, cleanup_interval=2,
                           max_request_header_size=64 << 10, max_request_body_size=MAX_GSP_BYTES,
                           ident="kg", expose_tracebacks=False, clear_untrusted_proxy_headers=True)
    if ready:
        ready()

    def stop(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        pool.close()


def main(argv: list[str] | None = None) -> int:
    """``python -m graph.endpoint``: a query worker (``--worker``) or the front (``--serve``)."""
    import argparse
    p = argparse.ArgumentParser(prog="python -m graph.endpoint")
    p.add_argument("--worker", metavar="STORE")
    p.add_argument("--write", action="store_true")
    p.add_argument("--union", action="store_true")
    p.add_argument("--memory-mb", type=int, default=2048)
    p.add_argument("--max-result-bytes", type=int, default=64 << 20)
    p.add_argument("--serve", metavar="JSON", help="the front, configured by an EndpointConfig as JSON")
    args = p.parse_args(argv)
    if args.worker:
        return _worker_main(args.worker, args.write, args.union, args.memory_mb, args.max_result_bytes)
    if args.serve:
        raw = json.loads(args.serve)
        raw["store"] = Path(raw["store"])
        raw["allowed_hosts"] = tuple(raw.get("allowed_hosts") or ())
        raw["token"] = os.environ.get("KG_SERVE_TOKEN") or None
        config = EndpointConfig(**raw)
        logging.basicConfig(level=logging.WARNING, format="kg: %(message)s")
        try:
            run(config, ready=lambda: print(f"Listening for requests at http://{config.host}:{config.port}",
                                            file=sys.stderr, flush=True))
        except (WorkerError, OSError) as exc:
            print(f"Error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", file=sys.stderr)
            return 2
        return 0
    p.error("give --worker STORE or --serve JSON")
    return 2


if __name__ == "__main__":
    sys.exit(main())
