"""A SPARQL endpoint over a built store: Oxigraph's own server, found, checked and run.

No HTTP is written here. The ``oxigraph`` package on PyPI ships the Oxigraph server, the
same engine and on-disk format as the pyoxigraph that writes the store; this module finds
its binary, checks up front what would otherwise fail obscurely (the store, its build
lock, the port), starts it, waits until it answers and keeps it running. The server gives:

- the SPARQL 1.1 Protocol at ``/query`` (GET, POST form or ``application/sparql-query``),
  results as JSON, XML, CSV or TSV and graphs (CONSTRUCT, DESCRIBE) as Turtle,
  N-Triples, JSON-LD or RDF/XML, chosen by the ``Accept`` header;
- the union of the article graphs as the default graph, and each article graph by its
  IRI: ``GRAPH <…>``, ``FROM NAMED``, the protocol's ``default-graph-uri`` /
  ``named-graph-uri``, and the Graph Store Protocol's ``/store?graph=…`` (``/store?default``
  is the union). A build keeps that union as the store's default graph; a store built
  before it did (its default graph empty) is served in Oxigraph's slower
  ``--union-default-graph`` mode, with a warning;
- at ``/`` a query page (YASGUI, served from the binary itself, so it works offline).

Read-only unless asked: ``oxigraph serve-read-only`` opens the database as a reader,
beside any other reader (``kg query --store``, another server). A reader beside a writer
is undefined in RocksDB, so the server holds the store's ``lock`` shared for as long as
it runs: a build, which takes it exclusively, is refused meanwhile, and a server is
refused while a build runs. With ``allow_update`` the server writes (``/update`` and the
Graph Store Protocol) and holds the lock exclusively, as a build does; what it changes
is not in the manifest, so a later build replaces only the graphs of changed articles
(and a triple inserted without ``GRAPH`` is in the union but in no article graph).

Query timeout: ``--timeout-s`` (whole seconds) cancels a query. Results stream, so a
query cancelled after its first rows ends a ``200`` response early with the text "The
SPARQL operation has been cancelled" (a client sees a truncated body, not a status).
Oxigraph 0.5.13 aborts when a query is cancelled while sorting (``ORDER BY``); so
:func:`serve` restarts a server that dies by itself, and says why.
"""
from __future__ import annotations

import collections
import errno
import logging
import os
import shutil
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
           "find_oxigraph", "server_command", "check_port", "free_port", "start_server", "serve"]

log = logging.getLogger("graph")

DEFAULT_STORE = "exports/store"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878  # Oxigraph's own
DEFAULT_TIMEOUT = 30  # seconds per query; 0 for none
READY_WITHIN = 15.0  # seconds for a started server to answer
MIN_UPTIME_FOR_RESTART = 5.0  # a server that dies sooner is broken, not unlucky
_QUIET_STOPS = {0, -signal.SIGINT, -signal.SIGTERM, -signal.SIGHUP}  # how a server stops when told to


class ServeError(OSError):
    """The server cannot be started or kept running, with a hint for the user."""


# ---- finding and checking ------------------------------------------------------------------

def find_oxigraph() -> str:
    """The ``oxigraph`` server binary: the one installed beside this Python, else on ``PATH``.

    Raises
    ------
    ServeError
        When the ``oxigraph`` package is not installed.
    """
    exe = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    scripts = "Scripts" if os.name == "nt" else "bin"
    for folder in (Path(sys.prefix) / scripts, Path(sys.executable).parent):
        candidate = folder / exe
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the Oxigraph server is not installed; `pip install oxigraph` "
                     "(the version of pyoxigraph, so both read the same store format)")


def server_version(binary: str) -> str:
    """``oxigraph --version`` → ``"0.5.13"``."""
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30, check=True)
    return out.stdout.split()[-1]


def _check_version(binary: str) -> None:
    import pyoxigraph
    theirs, ours = server_version(binary), pyoxigraph.__version__
    if theirs.split(".")[:2] != ours.split(".")[:2]:
        log.warning("the Oxigraph server is %s but the store was written by pyoxigraph %s; "
                    "if it cannot read the store, `pip install oxigraph==%s`", theirs, ours, ours)


def bind_address(host: str, port: int) -> str:
    """``host:port`` as the server's ``--bind`` wants it (IPv6 in brackets).

    >>> bind_address("127.0.0.1", 7878), bind_address("::1", 7878)
    ('127.0.0.1:7878', '[::1]:7878')
    """
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def server_command(store: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                   timeout: int = DEFAULT_TIMEOUT, allow_update: bool = False, cors: bool = False,
                   union: bool = False, binary: str | None = None) -> list[str]:
    """The Oxigraph command line serving ``store``.

    ``union`` asks Oxigraph to make the default graph the union of the named graphs, for
    stores whose default graph does not already hold it.

    Examples
    --------
    >>> server_command("exports/store", binary="oxigraph")  # doctest: +NORMALIZE_WHITESPACE
    ['oxigraph', 'serve-read-only', '--location', 'exports/store/oxigraph', '--bind', '127.0.0.1:7878',
     '--timeout-s', '30']
    >>> server_command("st", port=8000, timeout=0, allow_update=True, cors=True, union=True,
    ...                binary="oxigraph")[1:]
    ['serve', '--location', 'st/oxigraph', '--bind', '127.0.0.1:8000', '--union-default-graph', '--cors']
    """
    if timeout < 0:
        raise ValueError(f"timeout {timeout}: give seconds, or 0 for none")
    cmd = [binary or find_oxigraph(), "serve" if allow_update else "serve-read-only",
           "--location", str(Path(store) / "oxigraph"), "--bind", bind_address(host, port)]
    if union:
        cmd.append("--union-default-graph")
    if timeout:
        cmd += ["--timeout-s", str(int(timeout))]
    if cors:
        cmd.append("--cors")
    return cmd


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
    fh = open(store / "lock", "a+")
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
    """A running Oxigraph server; :meth:`stop` it, or use it as a context manager.

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
        self._reader = threading.Thread(target=self._read_stderr, daemon=True, name="oxigraph-stderr")
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
                 ready_within: float = READY_WITHIN, _lock: IO | None = None) -> Server:
    """Start an Oxigraph server on ``store`` and return it once it answers.

    Parameters
    ----------
    store : a folder built by ``kg build --store``
    host, port : where to listen; ``port=None`` takes a free one
    timeout : seconds a query may run (0: no limit)
    allow_update : serve read-write (SPARQL Update, Graph Store writes); read-only otherwise
    cors : allow cross-origin requests (a page on another site may query)
    ready_within : seconds to wait for the server to answer

    Raises
    ------
    graph.store.StoreError
        When the store is missing, not a store, or locked by a running build.
    ServeError
        When the binary is missing, the port is taken, or the server does not start.
    """
    store = Path(store)
    binary = find_oxigraph()
    lock = _lock or _lock_store(store, allow_update)
    try:
        port = free_port(host) if port is None else port
        check_port(host, port)
        _check_version(binary)
        union = _default_graph_is_empty(store)
        if union:
            log.warning("%s keeps no union of its article graphs (built by an older kg); serving it in "
                        "Oxigraph's slower union mode; remove the store and build again to speed it up", store)
        cmd = server_command(store, host=host, port=port, timeout=timeout, allow_update=allow_update,
                             cors=cors, union=union, binary=binary)
        env = dict(os.environ, RUST_LIB_BACKTRACE="0")  # errors in one line; panics as RUST_BACKTRACE says
        # The lock is passed on: were this process killed, the server still holds it.
        process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True, errors="replace", env=env, pass_fds=(lock.fileno(),))
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
                raise ServeError(f"the Oxigraph server did not start: {why}")
            if time.monotonic() > deadline:
                raise ServeError(f"the Oxigraph server did not answer within {ready_within:g} s")
            time.sleep(0.05)
    except BaseException:  # Ctrl-C while waiting too: no server is left behind
        server.stop()
        raise
    return server


def _why(server: Server) -> str:
    code = server.process.returncode
    if code < 0:
        try:
            how = signal.Signals(-code).name
        except ValueError:
            how = f"signal {-code}"
    else:
        how = f"exit status {code}"
    message = server.last_error()
    return f"{how}: {message}" if message else how


def serve(store: str | Path = DEFAULT_STORE, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: int = DEFAULT_TIMEOUT, allow_update: bool = False, cors: bool = False,
          quiet: bool = False) -> int:
    """Serve ``store`` until interrupted (Ctrl-C or SIGTERM); the body of ``kg serve``.

    A server that dies by itself after running a while (Oxigraph 0.5.13 aborts on a
    query cancelled while sorting; the kernel may kill it for memory) is started again on
    the same port, the store's lock held throughout; one that dies at once is reported.

    Returns
    -------
    int
        0 once stopped.
    """
    store = Path(store)
    if host not in ("127.0.0.1", "::1", "localhost"):
        log.warning("listening on %s: whoever reaches this machine can query%s the store", host,
                    " and change" if allow_update else "")
    lock = _lock_store(store, allow_update)
    server = None

    def stop_on_sigterm(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop_on_sigterm)
    try:
        options = dict(host=host, port=port, timeout=timeout, allow_update=allow_update, cors=cors, _lock=lock)
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
            if time.monotonic() - server.started < MIN_UPTIME_FOR_RESTART:
                raise ServeError(f"the Oxigraph server stopped right after starting ({_why(server)})")
            log.warning("the Oxigraph server stopped (%s); starting it again", _why(server))
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
