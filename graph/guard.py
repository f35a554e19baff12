"""What a SPARQL request may ask before any engine parses it: size, nesting, no network.

Oxigraph's parser recurses on nested groups (a request of a few kilobytes of ``{{{{…``
brings a server down), and its engine fetches whatever ``SERVICE <url>`` or ``LOAD
<url>`` names. So every query and update that ``kg query``, ``kg serve`` and the
library run is read here first, lexically: strings, IRIs and comments are skipped, the
nesting of ``{ ( [`` and the chains of operators and ``UNION`` / ``OPTIONAL`` / ``MINUS``
(which nest the engine's tree as deep) are counted, and the keywords ``SERVICE`` and
``LOAD`` are refused.
This is cheap (one pass over at most :data:`MAX_QUERY_CHARS` characters) and never
parses SPARQL: the engine still reports syntax errors as before.

Examples
--------
>>> check_sparql("SELECT ?s WHERE { ?s ?p ?o FILTER(?o < 3) }")
>>> check_sparql('SELECT * WHERE { ?s ?p "SERVICE <x>" }')   # in a string: harmless
>>> check_sparql("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
graph.guard.RefusedQuery: SERVICE is refused: this endpoint never fetches from other servers
>>> check_sparql("SELECT * WHERE " + "{" * 200 + "}" * 200)
Traceback (most recent call last):
...
graph.guard.RefusedQuery: the query nests groups 200 deep; at most 64 are allowed
>>> check_sparql("SELECT * WHERE { BIND(" + "+".join(["1"] * 5000) + " AS ?x) }")
Traceback (most recent call last):
...
graph.guard.RefusedQuery: the query chains more than 1,000 operators and UNION, OPTIONAL or MINUS; the engine would run out of stack
"""
from __future__ import annotations

import re

__all__ = ["RefusedQuery", "MAX_QUERY_CHARS", "MAX_DEPTH", "MAX_LINKS", "check_sparql", "tokens"]

MAX_QUERY_CHARS = 100_000  # a canned question is under 3,000; a generated VALUES list may be long
MAX_DEPTH = 64  # nesting of { ( [ ; the competency questions go 6 deep
#: Operators (``+ - * / ! | ^ && || = < >``) and ``UNION``, ``OPTIONAL``, ``MINUS``: each links
#: one more level into the tree the engine builds and walks recursively, so a chain of a few
#: thousand (``1+1+…``, ``!!!…``, ``OPTIONAL {…}`` repeated) overflows its stack (SIGSEGV) as
#: surely as nested braces do. The canned questions use at most 10.
MAX_LINKS = 1000
_OPERATORS = frozenset("+-*/!|^&=<>")
_LINK_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS"})

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_STRING = re.compile(r"'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\""
                     r"|'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\"", re.S)
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_REFUSED = {
    "SERVICE": "SERVICE is refused: this endpoint never fetches from other servers",
    "LOAD": "LOAD is refused: this endpoint never fetches from other servers",
}
_OPEN, _CLOSE = "{([", "})]"


class RefusedQuery(ValueError):
    """A query or update that is not run, with the reason in one line."""


def tokens(text: str):
    """The lexical pieces of SPARQL text that matter here, as ``(kind, start, end)``.

    Kinds: ``string``, ``iri``, ``comment``, ``open`` / ``close`` (one of ``{([`` / ``})]``),
    ``var`` (``?x`` or ``$x``), ``word`` (a keyword or a prefixed name's part), ``other``
    (one character). Strings, IRIs and comments come whole, so nothing inside them is
    ever read as code.

    >>> [(k, 'SELECT $p { "$q" }'[s:e]) for k, s, e in tokens('SELECT $p { "$q" }') if k != "other"]
    [('word', 'SELECT'), ('var', '$p'), ('open', '{'), ('string', '"$q"'), ('close', '}')]
    """
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            end = n if end < 0 else end + 1
            yield "comment", i, end
            i = end
        elif c in "'\"":
            m = _STRING.match(text, i)
            end = m.end() if m else n  # an unterminated string: the engine reports it
            yield "string", i, end
            i = end
        elif c == "<" and (m := _IRI.match(text, i)):
            yield "iri", i, m.end()
            i = m.end()
        elif c in _OPEN:
            yield "open", i, i + 1
            i += 1
        elif c in _CLOSE:
            yield "close", i, i + 1
            i += 1
        elif c in "?$" and (m := _WORD.match(text, i + 1)):
            yield "var", i, m.end()
            i = m.end()
        elif c.isalpha() or c == "_":
            m = _WORD.match(text, i)
            yield "word", i, m.end()
            i = m.end()
        else:
            yield "other", i, i + 1
            i += 1


def check_sparql(text: str, *, max_chars: int = MAX_QUERY_CHARS, max_depth: int = MAX_DEPTH,
                 max_links: int = MAX_LINKS) -> None:
    """Raise :class:`RefusedQuery` unless ``text`` is small, shallow and asks for no network.

    Parameters
    ----------
    text : a SPARQL query or update
    max_chars : the longest text accepted
    max_depth : the deepest nesting of braces, parentheses and brackets accepted
    max_links : the most operators and UNION / OPTIONAL / MINUS accepted (:data:`MAX_LINKS`)
    """
    if len(text) > max_chars:
        raise RefusedQuery(f"the query is {len(text):,} characters long; at most {max_chars:,} are allowed")
    depth = deepest = links = 0
    for kind, start, end in tokens(text):
        if kind == "other" and text[start] in _OPERATORS or kind == "word" and text[start:end].upper() in _LINK_WORDS:
            links += 1
            if links > max_links:
                raise RefusedQuery(f"the query chains more than {max_links:,} operators and UNION, OPTIONAL or "
                                   "MINUS; the engine would run out of stack")
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > max_depth:
                raise RefusedQuery(f"the query nests groups {_final_depth(text, start, depth)} deep; "
                                   f"at most {max_depth} are allowed")
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word":
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            word = text[start:end].upper()
            if before != ":" and after != ":" and word in _REFUSED:
                raise RefusedQuery(_REFUSED[word])


def _final_depth(text: str, i: int, depth: int) -> int:
    """How deep the run of opening brackets starting at ``i`` goes (for the message)."""
    while i + 1 < len(text) and text[i + 1] in _OPEN + " \n\t":
        i += 1
        depth += text[i] in _OPEN
    return depth
