"""The rows of the store's indexes for one article graph, made from its triples in Python.

:func:`graph.store.article_index` makes them from the article's N-Quads: the statements on
dates and mentions by a regular expression over the text, the rows of ``link``, ``label``,
``anchor`` and ``value`` by loading the N-Quads into Oxigraph's in-memory engine and asking it
four questions (about 1.5 ms of CPU an article on an idle machine, the largest cost of the
build's workers besides extraction). :func:`article_rows` makes the same rows from the triples
those N-Quads are written from (:func:`graph.build.article_triples`, :func:`graph.store.to_nquads`),
as the engine gives them:

- its terms: a ``xsd:nonNegativeInteger`` is read back as an ``xsd:integer``;
- its sets: a triple the article states twice is one quad;
- the order of its solutions, which ``anchor``'s solution number ``n`` keeps: the in-memory
  engine lists the quads of a pattern newest first (each where it was first inserted), and
  answers s06's question in the order of its ``its:taIdentRef`` quads; ``label`` and ``value``
  by property, in the order the questions list them.

Where the triples hold anything the engine could read otherwise than as written (a literal
in another spelling of its value, a datatype whose values it normalises, an IRI with an
escape), or where s06's question would have several solutions for one mention (their order
is the join's), :func:`article_rows` answers ``None`` and the caller asks the engine: the rows
are then the engine's by construction. ``tests/test_rows.py`` compares both on real articles
and on such cases; ``kg check`` compares every stored row with the engine's.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["article_rows", "VALUED"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NNI, _DATE, _ANY_URI = f"{_XSD}nonNegativeInteger", f"{_XSD}date", f"{_XSD}anyURI"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: The properties whose statements the ``value`` index keeps by subject: what the plans of s02,
#: s03 and s05 read of the things they reach (a class, names and labels, dates, a location).
#: (Here, where both ways of making the rows read it: :mod:`graph.store` imports it.)
VALUED = (_RDF_TYPE, "https://schema.org/name", "http://www.w3.org/2000/01/rdf-schema#label",
          "https://schema.org/headline", "https://schema.org/startDate", "https://schema.org/datePublished",
          "https://schema.org/location")
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_IDENT = "http://www.w3.org/2005/11/its/rdf#taIdentRef"
_ANCHOR_OF, _BEGIN, _END, _CONTEXT, _SENTENCE = (_NIF + p for p in
                                                 ("anchorOf", "beginIndex", "endIndex", "referenceContext", "sentence"))
_PART_OF = "https://schema.org/isPartOf"
#: What s06's question joins to a mention (and to its context, ``schema:isPartOf``).
_JOINED = frozenset({_ANCHOR_OF, _BEGIN, _END, _CONTEXT, _SENTENCE, _PART_OF})
#: The properties :func:`graph.store.indexed_statements` reads, by their local names.
_INDEXED = {"https://schema.org/startDate": "startDate", "https://schema.org/datePublished": "datePublished",
            "https://schema.org/mentions": "mentions"}
#: ``label``'s properties, in the order its question lists them (:data:`graph.store._LABELS`).
_LABELLED = ("https://schema.org/name", "http://www.w3.org/2000/01/rdf-schema#label", "https://schema.org/headline")
_CANONICAL_INTEGER = re.compile(r"0|[1-9][0-9]{0,17}")  # (within 64 bits: the indexes keep it as a number)
_PLAIN_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # the engine gives it back as written, valid or not
_LANGUAGE = re.compile(r"[a-z]+(?:-[a-z0-9]+)*")  # a tag the engine keeps as written (it lowercases them)
_ODD_IRI = re.compile(r"[>\\\n\r]")  # an IRI the N-Quads would not give back as written


class _Unsure(Exception):
    """A term the engine could read otherwise, or a question with solutions in the join's order."""


def article_rows(graph: str, triples: Sequence[tuple]) -> tuple | None:
    """:func:`graph.store.article_index` of ``to_nquads(triples, graph)``, made from the
    triples (IRIs as ``str``, literals as :class:`graph.build.Lit`), or ``None`` where only
    the engine can say (see the module's docstring).

    >>> from graph.build import Lit
    >>> g, art = "https://contoh.id/graph/a", "https://contoh.id/article/a"
    >>> ctx, m = art + "#char=0,40", art + "#char=4,17"
    >>> nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    >>> rows = article_rows(g, [
    ...     (art, "https://schema.org/datePublished", Lit("2021-03-04", None, _DATE)),
    ...     (ctx, "https://schema.org/isPartOf", art),
    ...     (m, nif + "referenceContext", ctx), (m, nif + "anchorOf", Lit("Rudi Wibisana")),
    ...     (m, nif + "beginIndex", Lit("4", None, _NNI)), (m, nif + "endIndex", Lit("17", None, _NNI)),
    ...     (m, "http://www.w3.org/2005/11/its/rdf#taIdentRef", "https://contoh.id/person/rudi-wibisana")])
    >>> rows[0]
    [('https://contoh.id/article/a', 'datePublished', '"2021-03-04"^^<http://www.w3.org/2001/XMLSchema#date>')]
    >>> rows[3]
    [('https://contoh.id/person/rudi-wibisana', 'https://contoh.id/article/a', 0, 4, None, 'Rudi Wibisana', None, 4, None, 17, None, None, None)]
    >>> article_rows(g, [(art, "https://schema.org/name", Lit("x", None, _XSD + "string"))]) is None
    True
    """
    try:
        return _rows(graph, triples)
    except _Unsure:
        return None


def _rows(graph: str, triples: Sequence[tuple]) -> tuple:
    from .build import Lit
    from .export import nt_literal
    try:
        unique = list(dict.fromkeys(triples))
    except TypeError:
        raise _Unsure from None
    subjects, properties, objects = zip(*unique) if unique else ((), (), ())
    if not {str} >= {*map(type, subjects), *map(type, properties)} or not {str, Lit} >= set(map(type, objects)):
        raise _Unsure
    if _ODD_IRI.search(" ".join({graph, *subjects, *properties, *(o for o in objects if type(o) is str)})):
        raise _Unsure
    statements = []
    for s, p, o in triples:  # in their order, each time stated: what the regular expression finds
        local = _INDEXED.get(p)
        if local is not None:
            statements.append((s, local, f"<{o}>" if type(o) is str else nt_literal(o)))
    unique.reverse()  # the engine's order: newest first
    links, by_property, joined, idents = [], {p: [] for p in VALUED}, {}, []
    for s, p, o in unique:
        if p in _JOINED:
            joined.setdefault((s, p), []).append(o)
        elif p == _IDENT:
            if type(o) is not str:
                raise _Unsure  # (a literal entity: the solution counts, but its spelling might not)
            idents.append((s, o))
        if "#char=" in s:  # the text layer: in the union's facts neither
            continue
        if type(o) is str and p != _RDF_TYPE:
            links.append((o, s, p, ""))
        if p in by_property:
            by_property[p].append((s, o))
    labels = list(dict.fromkeys([(s, *_term(o)) for p in _LABELLED for s, o in by_property[p]]))
    values = [(s, p, *_term(o)) for p in VALUED for s, o in by_property[p]]
    anchors = []
    n = 0
    for m, entity in idents:
        anchor, begin, end, ctx = (_one(joined, m, p) for p in (_ANCHOR_OF, _BEGIN, _END, _CONTEXT))
        if anchor is None or begin is None or end is None or ctx is None:
            continue
        if type(ctx) is not str:
            continue  # a literal is no subject: no context, no solution
        article = _one(joined, ctx, _PART_OF)
        if article is None:
            continue
        sentence = _one(joined, m, _SENTENCE)
        if sentence is not None:
            sentence = _one(joined, sentence, _ANCHOR_OF) if type(sentence) is str else None
        article_value, article_kind = _usual(_term(article), "")
        begin_value, begin_kind = _usual(_term(begin), "i")
        anchors.append((entity, article_value, n, begin_value if begin_kind is None else None, article_kind,
                        *_usual(_term(anchor), "s"), begin_value, begin_kind, *_usual(_term(end), "i"),
                        *((None, None) if sentence is None else _usual(_term(sentence), "s"))))
        n += 1
    return statements, links, labels, anchors, values


def _one(joined: dict, subject: str, prop: str):
    """The one object of ``subject`` on ``prop``, ``None`` when it has none; several: unsure."""
    objects = joined.get((subject, prop))
    if objects is None:
        return None
    if len(objects) > 1:
        raise _Unsure
    return objects[0]


def _term(o) -> tuple[str, str]:
    """A term as :func:`graph.store.encode_term` gives it as the engine reads it back (no usual
    kind): ``(value, kind)``."""
    if type(o) is str:
        return o, ""
    value, language, datatype = o
    if language is not None:
        if datatype is not None or not _LANGUAGE.fullmatch(language):
            raise _Unsure
        return value, "@" + language
    if datatype is None:
        return value, "s"
    if datatype == _NNI and _CANONICAL_INTEGER.fullmatch(value):
        return value, "i"
    if (datatype == _DATE and _PLAIN_DAY.fullmatch(value)) or datatype == _ANY_URI:
        return value, datatype
    raise _Unsure  # another spelling of the same value might be stated too


def _usual(term: tuple[str, str], usual: str) -> tuple[str | int, str | None]:
    """:func:`graph.store.encode_term` with a usual kind, of a :func:`_term`."""
    value, kind = term
    if kind != usual:
        return value, kind
    return (int(value) if kind == "i" else value), None
