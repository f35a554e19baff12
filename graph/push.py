"""Push the article graphs of a built graph or store to a remote triple store.

Each article's named graph is sent with the SPARQL 1.1 Graph Store HTTP Protocol: one
``PUT <gsp>?graph=<iri>`` per graph, which *replaces* the remote copy, so pushing twice
never duplicates and a push that stopped halfway is finished by running it again. When no
Graph Store endpoint is given, or it answers 404, 405 or 501, SPARQL Update is used
instead: ``DROP SILENT GRAPH`` followed by ``INSERT DATA`` in chunks (same effect).

Blank nodes are skolemized (the builder mints none, but other files may hold some):
many stores, Virtuoso among them, treat blank nodes in ``INSERT DATA`` badly.

Credentials never come from the command line: the user from ``--user`` or
``$KG_PUSH_USER``, the password from ``$KG_PUSH_PASSWORD`` or, in a terminal, a prompt.

This module and :mod:`graph.store` are the only ones that talk to a database.

Examples
--------
>>> from rdflib import Dataset, Literal, URIRef
>>> ds = Dataset()
>>> g = ds.graph(URIRef("https://data.example.org/berita/graph/01"))
>>> _ = g.add((URIRef("https://data.example.org/berita/person/a"),
...            URIRef("https://schema.org/name"), Literal("Bupati Tamba", lang="id")))
>>> [(p.iri, p.triples) for p in graph_payloads(ds)]
[('https://data.example.org/berita/graph/01', 1)]
>>> print(graph_payloads(ds)[0].body().decode())
<https://data.example.org/berita/person/a> <https://schema.org/name> "Bupati Tamba"@id .
<BLANKLINE>
"""
from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

__all__ = ["PushError", "Credentials", "PushTarget", "GraphPayload", "PushSummary", "graph_payloads",
           "ntriples_lines", "resolve_credentials", "describe_push", "push_graphs",
           "USER_ENV", "PASSWORD_ENV", "AUTH_SCHEMES"]

USER_ENV = "KG_PUSH_USER"
PASSWORD_ENV = "KG_PUSH_PASSWORD"
AUTH_SCHEMES = ("basic", "digest")
#: Graph Store answers meaning "no Graph Store here": fall back to SPARQL Update.
GSP_ABSENT = frozenset({404, 405, 501})
#: Triples per INSERT DATA request: small enough for Virtuoso's SQL text limits.
INSERT_CHUNK = 1000
#: Graphs named in full in an error message before "and N more".
LISTED_IN_ERRORS = 10
DEFAULT_TIMEOUT = 120.0

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class PushError(OSError):
    """A push that stopped: which graph, what the server said, and what had already gone.

    ``str()`` is one line fit for the user; the parts are kept as attributes.
    """

    def __init__(self, message: str, *, graph: str | None = None, status: int | None = None,
                 pushed: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.graph = graph
        self.status = status
        self.pushed = pushed

    def __str__(self) -> str:
        return self.args[0]


# ---- what is sent ----------------------------------------------------------------------------
def _iri(term) -> str:
    text = str(term)
    if _IRI_FORBIDDEN.search(text):
        raise ValueError(f"<{text}> is not a valid IRI (spaces, quotes or brackets in it); "
                         "fix the data before pushing")
    return f"<{text}>"


def _term(term) -> str:
    from rdflib import BNode, Literal

    from .export import nt_literal
    if isinstance(term, Literal):
        return nt_literal(term)
    if isinstance(term, BNode):  # graph_payloads skolemizes first; never reached from there
        raise ValueError(f"blank node _:{term} left in a graph to push (skolemize it first)")
    return _iri(term)


def ntriples_lines(triples: Iterable) -> list[str]:
    """N-Triples lines (UTF-8 text, no ``\\u`` escapes) of rdflib triples, sorted.

    The same line is valid Turtle, N-Triples and SPARQL ``INSERT DATA`` content, so
    both ways of pushing share it.

    >>> from rdflib import Literal, URIRef
    >>> ntriples_lines([(URIRef("urn:x:s"), URIRef("urn:x:p"), Literal('kata "ini"\\nbaris'))])
    ['<urn:x:s> <urn:x:p> "kata \\\\"ini\\\\"\\\\nbaris" .']
    """
    return sorted(f"{_term(s)} {_iri(p)} {_term(o)} ." for s, p, o in triples)


@dataclass(frozen=True)
class GraphPayload:
    """One named graph to push; serialized only when sent (a store can be large)."""

    iri: str
    graph: object = field(repr=False, compare=False)  # an rdflib Graph
    triples: int = 0

    def lines(self) -> list[str]:
        from rdflib import BNode
        g = self.graph
        if any(isinstance(t, BNode) for triple in g for t in triple):
            parts = urlsplit(self.iri)
            authority = f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else None
            g = g.skolemize(authority=authority)
        return ntriples_lines(g)

    def body(self) -> bytes:
        return "".join(line + "\n" for line in self.lines()).encode("utf-8")


def graph_payloads(ds) -> list[GraphPayload]:
    """The non-empty named graphs of an rdflib ``Dataset``, sorted by IRI.

    Raises
    ------
    ValueError
        When triples sit in the default graph: they belong to no article, and a Graph
        Store has no portable place for them.
    """
    from rdflib import BNode
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    out = []
    loose = 0
    for g in ds.graphs():
        n = len(g)
        if not n:
            continue
        if g.identifier == DATASET_DEFAULT_GRAPH_ID:
            loose = n
            continue
        iri = str(g.identifier.skolemize() if isinstance(g.identifier, BNode) else g.identifier)
        _iri(iri)
        out.append(GraphPayload(iri, g, n))
    if loose:
        raise ValueError(f"{loose} triples lie outside any named graph; push needs one named graph per "
                         "article (a file written by `kg build` or `kg export --format trig`)")
    if not out:
        raise ValueError("nothing to push: the graph has no named graphs with triples")
    return sorted(out, key=lambda p: p.iri)


# ---- where and as whom ----------------------------------------------------------------------
def _http_url(url: str, what: str) -> str:
    """``url`` when it is an http(s) URL without credentials in it.

    >>> _http_url("http://dba:secret@127.0.0.1:8890/sparql", "--endpoint")
    Traceback (most recent call last):
    ...
    ValueError: --endpoint holds a user name or password: give --user and set KG_PUSH_PASSWORD instead (a URL is printed and logged; a password must not be)
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{what} {_redact_url(url)!r} is not an http(s) URL")
    if "@" in parts.netloc:
        raise ValueError(f"{what} holds a user name or password: give --user and set {PASSWORD_ENV} instead "
                         "(a URL is printed and logged; a password must not be)")
    return url


def _redact_url(url: str) -> str:
    """``url`` with any ``user:password@`` taken out."""
    return re.sub(r"(?<=//)[^/@\s]*@", "[redacted]@", url)


@dataclass(frozen=True)
class PushTarget:
    """Where graphs go: a SPARQL endpoint that takes updates and, optionally, a Graph Store.

    >>> PushTarget("http://127.0.0.1:8890/sparql", "http://127.0.0.1:8890/sparql-graph-crud").put_url("urn:g:1")
    'http://127.0.0.1:8890/sparql-graph-crud?graph=urn%3Ag%3A1'
    >>> PushTarget("ftp://x")
    Traceback (most recent call last):
    ...
    ValueError: --endpoint 'ftp://x' is not an http(s) URL
    """

    endpoint: str
    gsp: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        _http_url(self.endpoint, "--endpoint")
        if self.gsp is not None:
            _http_url(self.gsp, "--gsp")
        if not self.timeout > 0:
            raise ValueError(f"--timeout must be positive, not {self.timeout}")

    def put_url(self, graph_iri: str) -> str:
        sep = "&" if "?" in (self.gsp or "") else "?"
        return f"{self.gsp}{sep}{urlencode({'graph': graph_iri})}"


@dataclass(frozen=True)
class Credentials:
    """A user, a password (never printed) and the HTTP scheme to present them with."""

    user: str
    password: str | None = field(repr=False, default=None)
    scheme: str = "basic"
    source: str = PASSWORD_ENV  # where the password came (or will come) from, for messages

    def requests_auth(self):
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth
        cls = HTTPDigestAuth if self.scheme == "digest" else HTTPBasicAuth
        return cls(self.user, self.password or "")


def resolve_credentials(user: str | None, scheme: str | None = None, *, env: Mapping[str, str] | None = None,
                        interactive: bool | None = None, prompt: Callable[[str], str] | None = None,
                        ask: bool = True) -> Credentials | None:
    """Who to push as: ``user`` or ``$KG_PUSH_USER``; the password from ``$KG_PUSH_PASSWORD``
    or, when ``interactive`` (stdin is a terminal), from ``prompt`` (``getpass``).

    ``ask=False`` (a dry run) never prompts. Returns ``None`` for anonymous pushes.

    >>> resolve_credentials(None, env={}) is None
    True
    >>> resolve_credentials("dba", "digest", env={"KG_PUSH_PASSWORD": "rahasia"})
    Credentials(user='dba', scheme='digest', source='KG_PUSH_PASSWORD')
    >>> resolve_credentials("dba", env={}, interactive=False)
    Traceback (most recent call last):
    ...
    ValueError: no password for user 'dba': set KG_PUSH_PASSWORD (a password is never taken from the command line), or run in a terminal to be asked
    """
    env = os.environ if env is None else env
    user = user or env.get(USER_ENV) or None
    if scheme is not None and scheme not in AUTH_SCHEMES:
        raise ValueError(f"unknown --auth {scheme!r}; use {' or '.join(AUTH_SCHEMES)}")
    if user is None:
        if scheme is not None:
            raise ValueError(f"--auth {scheme} needs a user: give --user or set {USER_ENV}")
        return None
    scheme = scheme or "basic"
    password = env.get(PASSWORD_ENV)
    if password is not None:
        return Credentials(user, password, scheme, PASSWORD_ENV)
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        raise ValueError(f"no password for user {user!r}: set {PASSWORD_ENV} (a password is never taken "
                         "from the command line), or run in a terminal to be asked")
    if not ask:
        return Credentials(user, None, scheme, "prompt")
    if prompt is None:
        import getpass
        prompt = getpass.getpass
    try:
        password = prompt(f"password for {user}: ")
    except EOFError:
        raise ValueError(f"no password given for user {user!r}") from None
    return Credentials(user, password, scheme, "prompt")


# ---- dry run --------------------------------------------------------------------------------
def _requests_for(payload: GraphPayload) -> int:
    return 1 + -(-payload.triples // INSERT_CHUNK)


def describe_push(payloads: list[GraphPayload], target: PushTarget, credentials: Credentials | None = None) -> list[str]:
    """What a push would send, one line per graph; sends nothing.

    >>> from rdflib import Graph
    >>> p = GraphPayload("urn:g:1", Graph(), 3)
    >>> print("\\n".join(describe_push([p], PushTarget("http://h/sparql"))))
    dry run: would push 1 graph (3 triples) with SPARQL Update (no --gsp) to http://h/sparql, anonymously
    POST http://h/sparql  DROP SILENT GRAPH <urn:g:1> + INSERT DATA (2 requests)  <urn:g:1>  3 triples
    nothing was sent
    """
    total = sum(p.triples for p in payloads)
    how = (f"with Graph Store PUT to {target.gsp} (SPARQL Update at {target.endpoint} if it answers "
           f"{'/'.join(map(str, sorted(GSP_ABSENT)))})" if target.gsp else
           f"with SPARQL Update (no --gsp) to {target.endpoint}")
    who = (f"as {credentials.user} ({credentials.scheme} auth, password from "
           f"{'a prompt' if credentials.source == 'prompt' else credentials.source})" if credentials
           else "anonymously")
    lines = [f"dry run: would push {len(payloads)} graph{'s' if len(payloads) != 1 else ''} ({total} triples) "
             f"{how}, {who}"]
    for p in payloads:
        if target.gsp:
            lines.append(f"PUT {target.put_url(p.iri)}  <{p.iri}>  {p.triples} triples")
        else:
            n = _requests_for(p)
            lines.append(f"POST {target.endpoint}  DROP SILENT GRAPH <{p.iri}> + INSERT DATA "
                         f"({n} request{'s' if n != 1 else ''})  <{p.iri}>  {p.triples} triples")
    lines.append("nothing was sent")
    return lines


# ---- the push -------------------------------------------------------------------------------
@dataclass
class PushSummary:
    target: PushTarget
    pushed: list[str] = field(default_factory=list)
    triples: int = 0
    by_gsp: int = 0
    by_update: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        ways = [f"{n} by {how}" for n, how in ((self.by_gsp, "Graph Store PUT"), (self.by_update, "SPARQL Update"))
                if n]
        where = self.target.gsp if self.by_gsp and not self.by_update else self.target.endpoint
        return (f"pushed {len(self.pushed)} graph{'s' if len(self.pushed) != 1 else ''} ({self.triples} triples; "
                f"{', '.join(ways)}) to {where} in {self.seconds:.1f} s")


class _Refused(Exception):
    """An HTTP exchange that failed: ``what`` is the one-line reason, ``status`` the HTTP code if any."""

    def __init__(self, what: str, status: int | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.status = status


_SECRET = re.compile(r"(?i)\b(authorization|proxy-authorization)\s*[:=]\s*\S+(\s+\S+)?|"
                     r"\b(basic|bearer|digest)\s+[A-Za-z0-9+/=._~-]{8,}[^\s,]*")


def _server_says(response, credentials: "Credentials | None" = None) -> str:
    """The gist of an error body (Virtuoso answers in HTML): tags stripped, one short line,
    never a credential (an echoed Authorization header, the password) or a control character."""
    from .query import for_terminal
    text = re.sub(r"<[^>]*>", " ", response.text or "")
    text = _SECRET.sub("[redacted]", text)
    if credentials is not None and credentials.password:
        text = text.replace(credentials.password, "[redacted]")
    text = for_terminal(re.sub(r"\s+", " ", text).strip())
    status_echo = f"{response.status_code} {response.reason or ''}".strip()
    text = text.replace(f"HTTP/1.1 {status_echo}", "").replace(status_echo, "").strip(" :-")
    return text[:160] + ("…" if len(text) > 160 else "")


def _send(session, method: str, url: str, *, timeout: float, **kwargs):
    """One request; network faults become :class:`_Refused` with a plain reason."""
    import requests
    try:
        return session.request(method, url, timeout=(min(timeout, 15.0), timeout), **kwargs)
    except requests.exceptions.Timeout:
        raise _Refused(f"no answer from {method} {_short(url)} within {timeout:g} s") from None
    except requests.exceptions.ConnectionError as exc:
        raise _Refused(f"{_connection_fault(exc)} ({method} {_short(url)})") from None
    except requests.exceptions.RequestException as exc:
        raise _Refused(f"{type(exc).__name__} on {method} {_short(url)}: {str(exc).splitlines()[0]}") from None


def _connection_fault(exc: BaseException) -> str:
    chain, seen = [], exc
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__ or (seen.args[0] if seen.args and
                                                      isinstance(seen.args[0], BaseException) else None)
    text = " ".join(f"{type(e).__name__} {e}" for e in chain)
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text.lower():
        return "connection refused: is the store running at this address?"
    if "RemoteDisconnected" in text or "closed connection" in text or "aborted" in text.lower() \
            or any(isinstance(e, ConnectionResetError) for e in chain):
        return "the server closed the connection without an answer"
    if "Name or service not known" in text or "NameResolution" in text or "nodename nor servname" in text:
        return "unknown host name"
    return f"connection failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"


def _short(url: str) -> str:
    return url.split("?", 1)[0]


def _check(response, method: str, url: str, credentials: Credentials | None) -> None:
    if response.status_code < 400:
        return
    what = f"HTTP {response.status_code} {response.reason or ''}".rstrip() + f" from {method} {_short(url)}"
    says = _server_says(response, credentials)
    if response.status_code in (401, 403):
        challenge = response.headers.get("WWW-Authenticate", "")
        if credentials is None:
            hint = f"give --user (password in {PASSWORD_ENV})"
        elif challenge.lower().startswith("digest") and credentials.scheme != "digest":
            hint = "the server asks for Digest: add --auth digest"
        else:
            hint = f"check --user, --auth and {PASSWORD_ENV}"
        what += f" ({hint})"
    elif says:
        what += f": {says}"
    raise _Refused(what, response.status_code)


def push_graphs(payloads: list[GraphPayload], target: PushTarget, credentials: Credentials | None = None,
                progress: Callable[[str], None] | None = None) -> PushSummary:
    """Send each graph; replaces the remote copy of each, so running it again is safe.

    Parameters
    ----------
    payloads : from :func:`graph_payloads`
    target : where to send them
    credentials : from :func:`resolve_credentials`, or ``None`` for anonymous
    progress : called with one line per graph pushed (and when falling back to SPARQL Update)

    Raises
    ------
    PushError
        At the first graph that fails, naming it, the HTTP status (or network fault), and
        the graphs already pushed before it.
    """
    import requests
    say = progress or (lambda line: None)
    summary = PushSummary(target)
    t0 = time.perf_counter()
    use_gsp = target.gsp is not None
    with requests.Session() as session:
        session.headers["User-Agent"] = "kg-berita push"
        if credentials is not None:
            session.auth = credentials.requests_auth()
        for i, payload in enumerate(payloads, 1):
            try:
                if use_gsp:
                    response = _put(session, target, payload, credentials)
                    if response is None:
                        use_gsp = False
                        say(f"the Graph Store at {target.gsp} is absent; using SPARQL Update at {target.endpoint}")
                    else:
                        summary.by_gsp += 1
                        how = f"PUT {response.status_code}"
                if not use_gsp:
                    requests_sent = _update(session, target, payload, credentials)
                    summary.by_update += 1
                    how = f"SPARQL Update, {requests_sent} request{'s' if requests_sent != 1 else ''}"
            except _Refused as exc:
                raise PushError(_failure_line(payload.iri, i, len(payloads), exc.what, summary.pushed),
                                graph=payload.iri, status=exc.status, pushed=tuple(summary.pushed)) from None
            except ValueError as exc:  # data that cannot be written (a bad IRI)
                raise PushError(_failure_line(payload.iri, i, len(payloads), str(exc), summary.pushed),
                                graph=payload.iri, pushed=tuple(summary.pushed)) from None
            summary.pushed.append(payload.iri)
            summary.triples += payload.triples
            say(f"pushed <{payload.iri}> ({payload.triples} triples, {how})")
    summary.seconds = time.perf_counter() - t0
    return summary


def _put(session, target: PushTarget, payload: GraphPayload, credentials):
    """PUT one graph; ``None`` when the Graph Store is not there (fall back)."""
    url = target.put_url(payload.iri)
    response = _send(session, "PUT", url, timeout=target.timeout, data=payload.body(),
                     headers={"Content-Type": "text/turtle; charset=utf-8"})
    if response.status_code in GSP_ABSENT:
        return None
    _check(response, "PUT", url, credentials)
    return response


def _update(session, target: PushTarget, payload: GraphPayload, credentials) -> int:
    """DROP SILENT GRAPH + INSERT DATA in chunks; returns the number of requests."""
    lines = payload.lines()
    graph = _iri(payload.iri)
    # DROP in a request of its own: Virtuoso takes several times longer over "DROP …; INSERT …"
    texts = [f"DROP SILENT GRAPH {graph}"] + [
        f"INSERT DATA {{ GRAPH {graph} {{\n" + "\n".join(lines[k:k + INSERT_CHUNK]) + "\n} }"
        for k in range(0, len(lines), INSERT_CHUNK)]
    for text in texts:
        response = _send(session, "POST", target.endpoint, timeout=target.timeout, data=text.encode("utf-8"),
                         headers={"Content-Type": "application/sparql-update; charset=utf-8"})
        _check(response, "POST", target.endpoint, credentials)
    return len(texts)


def _failure_line(graph: str, index: int, total: int, what: str, pushed: list[str]) -> str:
    if pushed:
        names = ", ".join(f"<{g}>" for g in pushed[:LISTED_IN_ERRORS])
        if len(pushed) > LISTED_IN_ERRORS:
            names += f" and {len(pushed) - LISTED_IN_ERRORS} more"
        done = f"already pushed {len(pushed)}: {names}"
    else:
        done = "nothing pushed yet"
    return (f"push stopped at graph <{graph}> ({index} of {total}): {what}; {done}; "
            "once fixed, run the same command again to finish (each graph is replaced, never duplicated)")


# ---- after a push: does the target answer as the local graph does? ------------------------------

def check_target(ds, query_url: str, credentials: Credentials | None = None, *,
                 timeout: float = DEFAULT_TIMEOUT) -> list[tuple[str, int, int | None, str]]:
    """Run every competency question on ``ds`` and on the target's query endpoint.

    The target is asked as a user would ask it, with no graph named, so this also checks
    that it treats the union of the graphs as its default graph (Virtuoso does; Oxigraph's
    server with ``--union-default-graph``). Returns, per question: name, rows here, rows
    there (``None`` when the target refused), and what the target said when it refused.
    """
    import requests

    from .query import canned_queries, run_query
    _http_url(query_url, "--query-url")
    out = []
    with requests.Session() as session:
        for name, text in canned_queries().items():
            if not name[0].isdigit():
                continue  # the scale questions take parameters
            local = len(run_query(ds, text))
            try:
                response = _send(session, "GET", query_url, timeout=timeout, params={"query": text},
                                 headers={"Accept": "application/sparql-results+json"},
                                 auth=credentials.requests_auth() if credentials else None)
            except _Refused as exc:
                out.append((name, local, None, exc.what))
                continue
            if response.status_code >= 400:
                out.append((name, local, None, f"HTTP {response.status_code}: {_server_says(response, credentials)}"))
                continue
            try:
                remote = len(response.json()["results"]["bindings"])
            except (ValueError, KeyError, TypeError):
                out.append((name, local, None, "the answer is not SPARQL JSON results"))
                continue
            out.append((name, local, remote, ""))
    return out


def format_check(rows: list[tuple[str, int, int | None, str]]) -> tuple[list[str], bool]:
    """Lines for the terminal, and whether every question answered as here."""
    lines, ok = [], True
    for name, local, remote, said in rows:
        same = remote == local
        ok &= same
        there = "refused" if remote is None else str(remote)
        lines.append(f"{'ok  ' if same else 'DIFF'} {name:20} here {local:6}  there {there:>7}"
                     + (f"  ({said})" if said else ""))
    if any(remote == 0 for _, local, remote, _ in rows if local):
        lines.append("the target answers some questions with nothing: does it use the union of its graphs as "
                     "the default graph? "
                     "(Oxigraph: serve with --union-default-graph; GraphDB, Fuseki: see the README)")
    return lines, ok
