"""``kg serve``: the SPARQL endpoint over a built store, started, checked and kept running.

The endpoint itself is :mod:`graph.endpoint` (a waitress front and query workers that
hold the store open with pyoxigraph); this module checks up front what would otherwise
fail obscurely (the store, its build lock, the port), starts the endpoint as a child
process, waits until it answers and keeps it running. The endpoint gives:

- the SPARQL 1.1 Protocol at ``/query`` (GET, POST form or ``application/sparql-query``),
  results as JSON, XML, CSV or TSV and graphs (CONSTRUCT, DESCRIBE) as Turtle,
  N-Triples, JSON-LD or RDF/XML, chosen by the ``Accept`` header; the profile's prefixes
  are declared for every query;
- the union of the article graphs as the default graph, and each article graph by its
  IRI: ``GRAPH <…>``, ``FROM NAMED``, the protocol's ``default-graph-uri`` /
  ``named-graph-uri``, and the Graph Store Protocol's ``/store?graph=…`` (``/store?default``
  is the union). A store built before builds kept that union (its default graph empty)
  is served in union mode, with a warning;
- at ``/`` a query page (YASGUI, served from the package, so it works offline) with the
  canned questions one click away.

Read-only unless asked: the query workers open the database as readers, beside any other
reader (``kg query --store``, another server). A reader beside a writer is undefined in
RocksDB, so the server holds the store's ``lock`` shared for as long as it runs: a build,
which takes it exclusively, is refused meanwhile, and a server is refused while a build
runs. With ``allow_update`` the endpoint writes (``/update`` and the Graph Store
Protocol, each request with the bearer token) and holds the lock exclusively, as a
build does; what it changes is not in the manifest, so a later build replaces only the
graphs of changed articles.

Budgets (:class:`graph.endpoint.EndpointConfig`): a query past its time (``--timeout``),
memory or result-size budget is stopped and answers ``503`` with the reason; requests
are bounded in size and nesting before any parser sees them, ``SERVICE`` and ``LOAD``
are refused, the ``Host`` and ``Origin`` headers must name this server.
"""
from __future__ import annotations

import collections
import errno
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO

__all__ = ["ServeError", "Server", "DEFAULT_STORE", "DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT",
           "server_command", "check_port", "free_port", "start_server", "serve"]

log = logging.getLogger("graph")

DEFAULT_STORE = "exports/store"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878  # Oxigraph's, as before
DEFAULT_TIMEOUT = 30  # seconds per query; 0 for none
READY_WITHIN = 15.0  # seconds for a started server to answer
MIN_UPTIME_FOR_RESTART = 5.0  # a server that dies sooner is broken, not unlucky
_QUIET_STOPS = {0, -signal.SIGINT, -signal.SIGTERM, -signal.SIGHUP}  # how a server stops when told to


class ServeError(OSError):
    """The server cannot be started or kept running, with a hint for the user."""


# ---- finding and checking ------------------------------------------------------------------

def server_command(store: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                   timeout: int = DEFAULT_TIMEOUT, allow_update: bool = False, cors: bool = False,
                   union: bool = False, allowed_hosts: tuple[str, ...] = (), workers: int = 2) -> list[str]:
    """The command line of the endpoint serving ``store`` (:mod:`graph.endpoint`'s front).

    The bearer token for writes never appears here: it goes by the environment.

    Examples
    --------
    >>> cmd = server_command("exports/store")
    >>> cmd[1:4]
    ['-m', 'graph.endpoint', '--serve']
    >>> import json; json.loads(cmd[4])["allow_update"], json.loads(cmd[4])["host"]
    (False, '127.0.0.1')
    """
    if timeout < 0:
        raise ValueError(f"timeout {timeout}: give seconds, or 0 for none")
    config = {"store": str(store), "host": host, "port": port, "timeout": timeout, "allow_update": allow_update,
              "cors": cors, "union": union, "allowed_hosts": list(allowed_hosts), "workers": workers}
    return [sys.executable, "-m", "graph.endpoint", "--serve", json.dumps(config)]


def bind_address(host: str, port: int) -> str:
    """``host:port`` as a URL or a message writes it (IPv6 in brackets).

    >>> bind_address("127.0.0.1", 7878), bind_address("::1", 7878)
    ('127.0.0.1:7878', '[::1]:7878')
    """
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _address(host: str, port: int):
    try:
        family, kind, proto, _, addr = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                          flags=socket.AI_PASSIVE)[0]
    except socket.gaierror as exc:
        raise ServeError(f"{host}: not an address to listen on ({exc.strerror})") from None
    return family, kind, proto, addr


def check_port(host: str, port: int) -> None:
    """Fail now, in one line, if the server could not listen on ``host:port``."""
    family, kind, proto, addr = _address(host, port)
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is free
        try:
            s.bind(addr)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServeError(f"port {port} on {host} is taken (another server is listening); "
                                 "choose another with --port") from None
            raise ServeError(f"cannot listen on {bind_address(host, port)}: {exc.strerror}") from None


def free_port(host: str = DEFAULT_HOST) -> int:
    """A port nobody listens on now (for tests and benchmarks)."""
    family, kind, proto, addr = _address(host, 0)
    with socket.socket(family, kind, proto) as s:
        s.bind(addr)
        return s.getsockname()[1]


def _lock_store(store: Path, write: bool) -> IO:
    """Hold the store's build lock, shared to read or exclusive to write, as an open file."""
    import fcntl

    from .store import StoreError, is_store
    if not is_store(store):
        if not store.exists():
            raise StoreError(f"{store}: no such store (build one with `kg build --store {store}`)")
        raise StoreError(f"{store}: not a kg store (no manifest.json and oxigraph/); "
                         f"build one with `kg build --store {store}`")
    try:  # never through a symbolic link: a planted one would have us overwrite its target
        fh = os.fdopen(os.open(store / "lock", os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, 0o644), "a+")
    except OSError as exc:
        raise StoreError(f"{store}: its lock file cannot be opened ({exc.strerror}; a symbolic link is "
                         "refused); remove it and run again") from None
    try:
        fcntl.flock(fh, (fcntl.LOCK_EX if write else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        if write:
            raise StoreError(f"{store}: in use by a build or a server; stop it before serving "
                             "with --allow-update") from None
        who = holder if holder.startswith("kg ") else f"a running build ({holder})"
        raise StoreError(f"{store}: locked by {who}; wait for it to finish, then serve") from None
    if write:
        fh.seek(0)
        fh.truncate()
        fh.write(f"kg serve --allow-update (pid {os.getpid()})")
        fh.flush()
    return fh


def _default_graph_is_empty(store: Path) -> bool:
    """Whether the store's default graph lacks the union of its article graphs (an older build)."""
    import pyoxigraph as ox

    from .store import StoreError
    try:
        db = ox.Store.read_only(str(store / "oxigraph"))
    except OSError as exc:
        raise StoreError(f"{store}: the database cannot be opened ({str(exc).splitlines()[0]}); "
                         "if it is damaged, remove the folder and build again") from None
    try:
        has_union = next(iter(db.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
        return not has_union and next(iter(db.named_graphs()), None) is not None
    finally:
        del db


# ---- running -------------------------------------------------------------------------------

class Server:
    """A running endpoint; :meth:`stop` it, or use it as a context manager.

    ``url`` is the base (the query page); ``query_url``, ``update_url`` and ``store_url``
    are the SPARQL query, SPARQL update and Graph Store endpoints.
    """

    def __init__(self, process: subprocess.Popen, url: str, lock: IO | None, own_lock: bool) -> None:
        self.process = process
        self.url = url
        self.started = time.monotonic()
        self.echo = False  # relay the server's messages to our stderr (once it is up)
        self.messages: collections.deque[str] = collections.deque(maxlen=200)
        self._lock = lock
        self._own_lock = own_lock
        self._reader = threading.Thread(target=self._read_stderr, daemon=True, name="endpoint-stderr")
        self._reader.start()

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.url}/update"

    @property
    def store_url(self) -> str:
        return f"{self.url}/store"

    def _read_stderr(self) -> None:
        for line in self.process.stderr:
            line = line.rstrip("\n")
            self.messages.append(line)
            if self.echo and not line.startswith("Listening for requests"):
                print(line, file=sys.stderr, flush=True)

    def alive(self) -> bool:
        return self.process.poll() is None

    def last_error(self) -> str:
        """The server's last error message, in one line ('' when it said none)."""
        lines = [m.strip() for m in tuple(self.messages) if m.strip()]
        for line in reversed(lines):
            if line.startswith("Error:"):
                return line[len("Error:"):].strip()
            if "panicked at" in line:
                i = lines.index(line)
                return f"crashed: {lines[i + 1]}" if i + 1 < len(lines) else "crashed"
        return ""

    def stop(self, grace: float = 5.0) -> int | None:
        """Stop the server (SIGTERM, then SIGKILL after ``grace`` seconds) and let go of the lock."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(2.0)
        if self.process.stderr:
            self.process.stderr.close()
        if self._own_lock and self._lock is not None:
            self._lock.close()
            self._lock = None
        return self.process.returncode

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2.0) as response:
            response.read()
        return True
    except urllib.error.HTTPError:
        return True  # it answered
    except OSError:
        return False


def start_server(store: str | Path = DEFAULT_STORE, *, host: str = DEFAULT_HOST, port: int | None = None,
                 timeout: int = DEFAULT_TIMEOUT, allow_update: bool = False, cors: bool = False,
                 token: str | None = None, allowed_hosts: tuple[str, ...] = (), workers: int = 2,
                 ready_within: float = READY_WITHIN, _lock: IO | None = None) -> Server:
    """Start the endpoint on ``store`` and return it once it answers.

    Parameters
    ----------
    store : a folder built by ``kg build --store``
    host, port : where to listen; ``port=None`` takes a free one
    timeout : seconds a query may run (0: no limit)
    allow_update : serve read-write (SPARQL Update, Graph Store writes); read-only otherwise
    cors : allow cross-origin reads (a page on another site may query; never write)
    token : the bearer token writes need with ``allow_update`` (else ``$KG_SERVE_TOKEN``)
    allowed_hosts : more names the ``Host`` header may give (a proxy's, a LAN name)
    workers : queries that may run at once
    ready_within : seconds to wait for the server to answer

    Raises
    ------
    graph.store.StoreError
        When the store is missing, not a store, or locked by a running build.
    ServeError
        When the port is taken, updates are allowed with no token, or the server does not start.
    """
    store = Path(store)
    token = token or os.environ.get("KG_SERVE_TOKEN") or None
    if allow_update and not token:
        raise ServeError("updates need a token: set KG_SERVE_TOKEN (clients send it as "
                         "'Authorization: Bearer TOKEN')")
    lock = _lock or _lock_store(store, allow_update)
    try:
        port = free_port(host) if port is None else port
        check_port(host, port)
        union = _default_graph_is_empty(store)
        if union:
            log.warning("%s keeps no union of its article graphs (built by an older kg); serving it in "
                        "the slower union mode; remove the store and build again to speed it up", store)
        cmd = server_command(store, host=host, port=port, timeout=timeout, allow_update=allow_update,
                             cors=cors, union=union, allowed_hosts=allowed_hosts, workers=workers)
        env = {k: v for k, v in os.environ.items() if k != "KG_SERVE_TOKEN"}
        if token:
            env["KG_SERVE_TOKEN"] = token
        # The lock is passed on: were this process killed, the server still holds it.
        process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True, errors="replace", env=env, pass_fds=(lock.fileno(),),
                                   start_new_session=True)
    except BaseException:
        if _lock is None:
            lock.close()
        raise
    url_host = "localhost" if host in ("0.0.0.0", "::") else f"[{host}]" if ":" in host else host
    server = Server(process, f"http://{url_host}:{port}", lock, own_lock=_lock is None)
    deadline = time.monotonic() + ready_within
    try:
        while not _answers(server.url):
            if not server.alive():
                why = server.last_error() or f"exit status {process.returncode}"
                raise ServeError(f"the endpoint did not start: {why}")
            if time.monotonic() > deadline:
                raise ServeError(f"the endpoint did not answer within {ready_within:g} s")
            time.sleep(0.05)
    except BaseException:  # Ctrl-C while waiting too: no server is left behind
        server.stop()
        raise
    return server


def _why(server: Server) -> str:
    from .endpoint import exit_status
    how = exit_status(server.process.returncode)
    message = server.last_error()
    return f"{how}: {message}" if message else how


def serve(store: str | Path = DEFAULT_STORE, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: int = DEFAULT_TIMEOUT, allow_update: bool = False, cors: bool = False,
          token: str | None = None, allowed_hosts: tuple[str, ...] = (), workers: int = 2,
          quiet: bool = False) -> int:
    """Serve ``store`` until interrupted (Ctrl-C or SIGTERM); the body of ``kg serve``.

    A query that crashes the engine takes down only its query worker, which the endpoint
    replaces. Should the endpoint itself die after running a while (the kernel may kill
    it for memory), it is started again on the same port, with a back-off that grows
    while it keeps dying, the store's lock held throughout; one that dies at once is
    reported.

    Returns
    -------
    int
        0 once stopped.
    """
    store = Path(store)
    token = token or os.environ.get("KG_SERVE_TOKEN") or None
    if allow_update and not token:
        raise ServeError("updates need a token: set KG_SERVE_TOKEN (clients send it as "
                         "'Authorization: Bearer TOKEN')")
    if host not in ("127.0.0.1", "::1", "localhost"):
        log.warning("listening on %s: whoever reaches this machine can query%s the store", host,
                    " and change" if allow_update else "")
    lock = _lock_store(store, allow_update)
    server = None

    def stop_on_sigterm(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop_on_sigterm)
    try:
        options = dict(host=host, port=port, timeout=timeout, allow_update=allow_update, cors=cors, token=token,
                       allowed_hosts=allowed_hosts, workers=workers, _lock=lock)
        deaths: list[float] = []
        server = start_server(store, **options)
        server.echo = not quiet
        if not quiet:
            mode = "read-write" if allow_update else "read-only"
            limit = f", queries stop after {timeout} s" if timeout else ""
            print(f"kg: serving {store} ({mode}{limit}) at {server.url}/ (query page); SPARQL endpoint "
                  f"{server.query_url}; Ctrl-C stops", file=sys.stderr, flush=True)
        while True:
            code = server.process.wait()
            if code in _QUIET_STOPS:
                return 0
            server.stop()
            now = time.monotonic()
            if now - server.started < MIN_UPTIME_FOR_RESTART:
                raise ServeError(f"the endpoint stopped right after starting ({_why(server)})")
            deaths = [t for t in deaths if now - t < 300] + [now]
            pause = min(30.0, 0.5 * 2 ** (len(deaths) - 1))
            log.warning("the endpoint stopped (%s); starting it again in %g s", _why(server), pause)
            time.sleep(pause)
            server = start_server(store, **options)
            server.echo = not quiet
    except KeyboardInterrupt:
        if not quiet:
            print("kg: server stopped", file=sys.stderr)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if server is not None:
            server.stop()
        lock.close()
