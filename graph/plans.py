"""Plans for the scale questions that rank the whole corpus: several small indexed questions
instead of one that sorts everything.

``s04`` (the 50 latest events) and ``s05`` (the articles about a place or a place inside
it, newest first, 100 of them) sort every event, or every article of a big place, to keep a
few. A store of format 4 keeps, beside each article's chunk, its ``schema:startDate`` and
``schema:mentions`` statements by day (:data:`graph.store.INDEX_TABLES`). A plan reads there
the newest days that can hold the answer, asks Oxigraph the profile's own question restricted
to the subjects of those days (a ``VALUES`` clause), and checks that the last row it keeps is
dated on or after the oldest day read: every statement left out is older, so the rows are
those of the profile's text on the whole store. When the check fails (too few rows: events
without a name, things of another class) it reads four times as many days and asks again.
A place whose articles are fewer than the limit is asked about all of them at once (the
index lists them, dated or not). Past every day (s04), or on a store without indexes, the
question runs as written.

The other scale questions read one entity's statements, which Oxigraph's indexes already
find directly: they run as written.
"""
from __future__ import annotations

import re

__all__ = ["answer", "planned_text", "PLANNED"]

_PREFIXES = """PREFIX schema: <https://schema.org/>
"""

#: The profile's s04 restricted to the events given (``{values}``).
_LATEST_EVENTS = _PREFIXES + """SELECT ?event ?name ?date WHERE {
  VALUES ?event { {values} }
  ?event a schema:Event ; schema:startDate ?date .
  OPTIONAL { ?event schema:name ?name }
}
ORDER BY DESC(?date) ?event
LIMIT {limit}"""

#: The profile's s05 restricted to the (article, place) pairs given: each place is inside
#: the place asked about (read from the store just before), so ``containedInPlace*`` holds.
_PLACE_ARTICLES = _PREFIXES + """SELECT DISTINCT ?article ?headline ?published ?where WHERE {
  VALUES (?article ?where) { {values} }
  ?article a schema:NewsArticle ; schema:mentions ?where .
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:datePublished ?published }
}
ORDER BY DESC(?published) ?article
LIMIT {limit}"""

_PLACES_INSIDE = _PREFIXES + "SELECT ?where WHERE { ?where schema:containedInPlace* {place} }"

_PLAIN_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def _fill(template: str, **parts: str) -> str:
    for key, value in parts.items():
        template = template.replace("{" + key + "}", value)
    return template


def _day(term) -> str | None:
    """The day of a plain ``xsd:date`` literal, else ``None``."""
    if term is None or getattr(term, "datatype", None) is None or term.datatype.value != _XSD_DATE:
        return None
    return term.value if _PLAIN_DATE.fullmatch(term.value) else None


def _verified(rows: list, column: str, limit: int, cutoff: str | None) -> bool:
    """Whether ``rows`` are the whole answer: all the days were read (no cutoff), or the limit
    is reached and the last row kept is dated on or after the oldest day read."""
    if cutoff is None:
        return True
    if len(rows) < limit:
        return False
    last = _day(rows[-1][column])
    return last is not None and last >= cutoff


def _latest_events(st, index, values: dict[str, str], limit: int = 50, lookup=None):
    """s04 by plan: the events of the newest days, most recent first."""
    take = limit
    while True:
        row = index.execute("SELECT day FROM dated WHERE day IS NOT NULL ORDER BY day DESC LIMIT 1 OFFSET ?",
                            (take - 1,)).fetchone()
        if row is None:
            return None  # fewer dated statements than that: the question as written reads them all anyway
        cutoff = row[0]
        events = sorted({s for (s,) in index.execute(
            "SELECT subject FROM dated WHERE day >= ? UNION SELECT subject FROM dated WHERE day IS NULL",
            (cutoff,))})
        text = _fill(_LATEST_EVENTS, values=" ".join(f"<{e}>" for e in events), limit=str(limit))
        rows = list(st.query(text))
        if _verified(rows, "date", limit, cutoff):
            return text, rows
        take *= 4


def _place_articles(st, index, values: dict[str, str], limit: int = 100, lookup=None):
    """s05 by plan: the places inside the place (from the store), then the articles of the
    newest days that mention one of them."""
    place = values.get("place")
    if place is None:
        return None
    from .query import rdf_term
    places = [r["where"].value for r in st.query(_fill(_PLACES_INSIDE, place=rdf_term(place, lookup)))]
    take = limit
    while True:
        days = []
        for where in places:
            days += [d for (d,) in index.execute(
                "SELECT day FROM mention WHERE entity = ? AND day IS NOT NULL ORDER BY day DESC LIMIT ?",
                (where, take))]
        if len(days) < take:  # every statement is wanted: all of them, dated or not (few)
            cutoff = None
            pairs = sorted({(s, where) for where in places for (s,) in index.execute(
                "SELECT subject FROM mention WHERE entity = ?", (where,))})
        else:
            cutoff = sorted(days, reverse=True)[take - 1]
            pairs = sorted({(s, where) for where in places for (s,) in index.execute(
                "SELECT subject FROM mention WHERE entity = ? AND (day >= ? OR day IS NULL)", (where, cutoff))})
        if not pairs:
            return _fill(_PLACE_ARTICLES, values="", limit=str(limit)), []
        text = _fill(_PLACE_ARTICLES, values=" ".join(f"(<{a}> <{w}>)" for a, w in pairs), limit=str(limit))
        rows = list(st.query(text))
        if _verified(rows, "published", limit, cutoff):
            return text, rows
        take *= 4


#: The scale questions that have a plan, by the stem of their ``.rq`` file.
PLANNED = {"s04-latest-events": _latest_events, "s05-place-articles": _place_articles}


def _planned(st, name: str, values: dict[str, str] | None, lookup=None):
    """``(text, rows)``: the text that answers ``name`` on ``st`` and its rows."""
    from .query import bind_params, canned_queries
    texts = canned_queries()
    if name not in texts:
        raise ValueError(f"no canned query {name!r}; canned: {', '.join(texts)}")
    values = dict(values or {})
    text = bind_params(texts[name], values, lookup)  # also refuses a parameter the question does not take
    plan = PLANNED.get(name)
    index = st.index() if plan is not None else None
    if index is not None:
        found = plan(st, index, values, lookup=lookup)
        if found is not None:
            return found
    return text, list(st.query(text))


def answer(st, name: str, values: dict[str, str] | None = None) -> list:
    """The rows of the canned scale question ``name`` with its parameters ``values`` on the
    open store ``st``: by its plan when it has one and the store its indexes, else by running
    the shipped text. The rows are Oxigraph's, as :meth:`graph.store.KGStore.query` gives them.

    Raises ``ValueError`` for an unknown question or parameter (see
    :func:`graph.query.bind_params`).
    """
    return _planned(st, name, values)[1]


def planned_text(st, name: str, values: dict[str, str] | None = None, lookup=None) -> str:
    """The SPARQL that answers ``name`` on ``st`` as :func:`answer` does: the profile's question
    restricted to the subjects its plan found (or the shipped text), for ``kg query`` to run
    and format; ``lookup`` names → IRIs as for :func:`graph.query.bind_params`."""
    return _planned(st, name, values, lookup)[0]
