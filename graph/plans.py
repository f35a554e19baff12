"""Plans for the scale questions that a single query answers slowly on a big store: several
small indexed questions, or the store's indexes, instead of one query that sorts or reads
everything.

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

``s01`` (everything about one entity) and ``s06`` (one entity's mentions with their
sentences) find their rows directly in Oxigraph's indexes, but each row costs the on-disk
database a few lookups of some microseconds (its terms' strings, the joins), and the most
mentioned entities have thousands of rows: asking Oxigraph for fewer of them would not make
each cheaper. A store of format 5 keeps, written with each article's chunk, the material of
their rows as Oxigraph gives it (:func:`graph.store.entity_rows`): s06's solutions in each
article graph with the entity as a variable (its rows are one article graph's each, so the
answer is theirs, sorted), and the article's facts that link to an IRI with the labels of
their subjects (s01's rows towards the entity: the distinct statements of the union, each
with the set of its subject's labels in the union). s01's rows from the entity, and those of
``rdf:type`` towards it (a class has as many as it has members; they are not indexed), are
asked of Oxigraph as the profile writes them, restricted to them. An entity given as a
string, an unbound one, or a row with a blank node (its identity is the database's) runs the
question as written.

``s02`` (a person's events in a date range) and ``s03`` (a body's officials) are point lookups
of a few dozen rows, but Oxigraph spends some 20 µs a row on them (its on-disk lookups, the
ORDER BY decoding each string), a millisecond or more for the people and bodies most asked
about. A store of format 6 keeps, written with each article's chunk, the article's facts on the
properties these plans read of a subject (its class, names, labels, headline, dates and
location: the ``value`` index). s02 reads the person's events in the ``link`` index and their
dates, names and places' names in ``value``; s03 the body's posts and their holders in
``link``, their names and the posts' labels in ``value``; both filter and sort as the question
does. s05 there reads the places inside the place in ``link`` too, and its rows in ``value``
instead of asking Oxigraph. A plan declines where the engine's terms or order are not the
index's: a blank node, a date that is not a plain ``xsd:date``, names the engine orders by more
than their text; the question then runs as written. On a store of format 4 or 5, s05 asks
Oxigraph for its rows as above, and s02 and s03 run as written. ``value`` holds a statement
once for each article that states it (a province's name as many times as articles name it);
from format 7 the plans read ``fact`` instead, the same rows each once (on a store of format
6, ``value``, made distinct as it is read). From format 8, s05 reads the places inside a place in
``within`` (each ``schema:containedInPlace`` link once; ``link`` has one row for each article that
states it, among the place's other rows), and s06 reads an entity's rows as their values alone
when the partial index ``anchor_unusual`` lists none of them (no term of another kind than its
column's usual one): fewer columns for SQLite to read and no sort in Python.
"""
from __future__ import annotations

import contextlib
import logging
import re
import sqlite3

from .store import UNUSUAL_ANCHOR

__all__ = ["answer", "index_answer", "planned_text", "PLANNED", "Row"]

log = logging.getLogger("graph")

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
    """s05 by plan: the places inside the place, then the articles of the newest days that
    mention one of them; their rows from the indexes (format 6), else from Oxigraph."""
    place = values.get("place")
    if place is None:
        return None
    from .query import rdf_term
    term = rdf_term(place, lookup)
    facts = _facts(st)
    by_index = facts is not None
    if by_index:
        if not term.startswith("<"):
            return None  # a place given as a string: the question as written
        places = _inside(st, index, term[1:-1])
        if places is None or _blank_articles(index, facts):
            return None
    else:
        places = [r["where"].value for r in st.query(_fill(_PLACES_INSIDE, place=term))]
    take = limit
    while True:
        if by_index:  # one statement each, whatever the number of places
            cutoff, pairs = _newest_mentions(index, places, take)
            rows = _article_rows(index, facts, [(a, w) for a, w in pairs if "#char=" not in a], limit)
            if rows is None:
                return None
            if _verified(rows, "published", limit, cutoff):
                text = _bound("s05-place-articles", {"place": term[1:-1]})
                return text[:text.rindex("LIMIT ")] + f"LIMIT {limit}", rows
            take *= 4
            continue
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


def _newest_mentions(index, places: list[str], take: int) -> tuple[str | None, list[tuple[str, str]]]:
    """``(cutoff, pairs)``: the day of the ``take``-th newest statement that mentions one of
    ``places`` (``None`` when there are fewer: then all of them), and the (subject, place) of
    the statements of that day or newer, or of no day."""
    import json
    where = json.dumps(places)
    days = index.execute("SELECT day FROM mention WHERE entity IN (SELECT value FROM json_each(?)) "
                         "AND day IS NOT NULL ORDER BY day DESC LIMIT 1 OFFSET ?", (where, take - 1)).fetchone()
    cutoff = days[0] if days else None
    if cutoff is None:
        pairs = index.execute("SELECT DISTINCT subject, entity FROM mention "
                              "WHERE entity IN (SELECT value FROM json_each(?))", (where,)).fetchall()
    else:  # two ranges of the index each (a condition with OR would read every row of the places)
        pairs = index.execute("SELECT subject, entity FROM mention WHERE entity IN (SELECT value FROM json_each(?1)) "
                              "AND day >= ?2 UNION SELECT subject, entity FROM mention "
                              "WHERE entity IN (SELECT value FROM json_each(?1)) AND day IS NULL",
                              (where, cutoff)).fetchall()
    return cutoff, sorted(pairs)


def _bound(name: str, values: dict[str, str]) -> str:
    """The shipped text of ``name`` with ``values`` bound: the question a plan answered."""
    from .query import bind_params, canned_queries
    return bind_params(canned_queries()[name], values)


_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SCHEMA = "https://schema.org/"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_ORG = "http://www.w3.org/ns/org#"

#: The places inside a place (``schema:containedInPlace*``, the place itself included), read
#: from the ``within`` index (store format 8: each statement once), else from ``link`` (one row
#: for each article that states it); a blank node among them makes the plan decline.
_INSIDE = {"within": """WITH RECURSIVE inside (place, kind) AS (VALUES (?, '')
  UNION SELECT w.part, w.part_kind FROM within w JOIN inside i ON w.place = i.place AND i.kind = '')
SELECT place, kind FROM inside""",
           "link": """WITH RECURSIVE inside (place, kind) AS (VALUES (?, '')
  UNION SELECT l.subject, l.subject_kind FROM link l JOIN inside i ON l.object = i.place AND i.kind = ''
  WHERE l.property = 'https://schema.org/containedInPlace')
SELECT place, kind FROM inside"""}


def _inside(st, index, place: str) -> list[str] | None:
    try:
        found = index.execute(_INSIDE["within" if st.index("within") is not None else "link"], (place,)).fetchall()
    except sqlite3.OperationalError:  # ``within`` is lost (kg check says so): from ``link``, as before format 8
        found = index.execute(_INSIDE["link"], (place,)).fetchall()
    if any(kind == "_" for _, kind in found):
        return None
    return sorted(p for p, _ in found)


def _facts(st) -> str | None:
    """The index the plans read a subject's values in: ``fact`` (each value of the union once,
    store format 7), ``value`` on a store of format 6 (each once for every article that states
    it, made distinct as it is read: slower for the subjects many articles name), ``None``
    before."""
    if st.index("fact") is not None:
        return "fact"
    return "value" if st.index("value") is not None else None


def _blank_articles(index, facts: str) -> bool:
    """Whether a blank node is a ``schema:NewsArticle`` (the mention index names IRIs only:
    then s05 runs as written). Reads the few rows of blank subjects in the ``facts`` index."""
    return index.execute(f"SELECT 1 FROM {facts} WHERE subject >= '_:' AND subject < '_;' AND property = ? "
                         "AND value = ? LIMIT 1", (_TYPE, _SCHEMA + "NewsArticle")).fetchone() is not None


#: A subject's objects on a property, as the union holds them (``fact``'s rows are distinct).
_VALUES_OF = {"fact": "SELECT subject, value, kind FROM fact WHERE property = ? "
                      "AND subject IN (SELECT value FROM json_each(?))",
              "value": "SELECT DISTINCT subject, value, kind FROM value WHERE property = ? "
                       "AND subject IN (SELECT value FROM json_each(?))"}


def _values_of(index, facts: str, subjects, prop: str) -> dict[str, list[tuple[str, str]]]:
    """Each of ``subjects``' distinct objects on ``prop`` in the union, as ``(value, kind)``,
    read in the ``facts`` index (:func:`_facts`)."""
    import json
    out: dict[str, list[tuple[str, str]]] = {}
    for subject, value, kind in index.execute(_VALUES_OF[facts], (prop, json.dumps(sorted(set(subjects))))):
        out.setdefault(subject, []).append((value, kind))
    return out


def _plain_day(value, kind) -> str | None:
    """The day of an ``xsd:date`` term without a time zone that is a real date, else ``None``."""
    import datetime
    if kind != _XSD_DATE or not isinstance(value, str) or not _PLAIN_DATE.fullmatch(value):
        return None
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return value


_NONE = [(None, None)]


def _article_rows(index, facts: str, pairs: list[tuple[str, str]], limit: int) -> list | None:
    """s05's rows for the (article, place) ``pairs``: those whose article is a
    ``schema:NewsArticle``, with each of its headlines and dates (or none), newest first, the
    articles in order on a tie, ``limit`` of them; ``None`` when a date is not a plain
    ``xsd:date`` (the engine's order of other terms is not this one)."""
    import json
    articles = sorted({a for a, _ in pairs})
    news = {a for (a,) in index.execute(
        f"SELECT DISTINCT subject FROM {facts} WHERE property = ? AND value = ? AND kind = '' "
        "AND subject IN (SELECT value FROM json_each(?))", (_TYPE, _SCHEMA + "NewsArticle", json.dumps(articles)))}
    headlines = _values_of(index, facts, news, _SCHEMA + "headline")
    dates = _values_of(index, facts, news, _SCHEMA + "datePublished")
    found = []
    for article, where in pairs:
        if article not in news:
            continue
        for headline in headlines.get(article, _NONE):
            for date in dates.get(article, _NONE):
                day = _plain_day(*date)
                if (day is None and date[0] is not None) or headline[1] == "_":
                    return None
                found.append((day or "", article, _ARTICLE_ROW((article, "", *headline, *date, where, ""))))
    found.sort(key=lambda r: r[1])
    found.sort(key=lambda r: r[0], reverse=True)  # stable: the articles stay in order on a day
    return [r[2] for r in found[:limit]]


def _person_events(st, index, values: dict[str, str], lookup=None):
    """s02 by plan: the person's events from the ``link`` index, their dates, names and places'
    names from the ``value`` index, filtered and sorted as the question does; it declines (the
    question runs as written) for dates that are not plain ``xsd:date`` s, or a blank node."""
    person = _entity_iri(values, lookup, "person")
    bounds = [_param_day(values.get(k)) for k in ("from", "to")]
    facts = _facts(st)
    if person is None or None in bounds or facts is None:
        return None
    took = index.execute("SELECT DISTINCT subject, subject_kind, property FROM link WHERE object = ? "
                         "AND property IN (?, ?)", (person, _SCHEMA + "organizer", _SCHEMA + "attendee")).fetchall()
    if any(kind == "_" for _, kind, _ in took):
        return None
    events = [e for e, _, _ in took]
    dates, names = _values_of(index, facts, events, _SCHEMA + "startDate"), _values_of(index, facts, events, _SCHEMA + "name")
    locations = _values_of(index, facts, events, _SCHEMA + "location")
    places = _values_of(index, facts, [v for found in locations.values() for v, kind in found if kind == ""],
                        _SCHEMA + "name")
    found, days = [], {}
    for event, _, prop in took:
        how = prop[len(_SCHEMA):]
        where = [n for v, kind in locations.get(event, ()) if kind == "" for n in places.get(v, ())]
        if any(kind == "_" for _, kind in [*locations.get(event, ()), *where, *names.get(event, ())]):
            return None
        for date in dates.get(event, ()):
            day = days[date] if date in days else days.setdefault(date, _plain_day(*date))
            if day is None:
                return None
            if not bounds[0] <= day <= bounds[1]:
                continue
            for name in names.get(event, _NONE):
                for place in where or _NONE:
                    found.append((day, _EVENT_ROW((event, "", *name, *date, how, "s", *place))))
    found.sort(key=lambda r: r[0], reverse=True)
    text = _bound("s02-person-events", {"person": person, "from": bounds[0], "to": bounds[1]})
    return text, [r[1] for r in found]


def _param_day(value: str | None) -> str | None:
    """A parameter that is a plain date (``kg query --param from=2020-01-01``), else ``None``."""
    from .query import rdf_term
    if value is None:
        return None
    term = rdf_term(value)
    return _plain_day(value.strip(), _XSD_DATE) if term == f'"{value.strip()}"^^<{_XSD_DATE}>' else None


def _body_officials(st, index, values: dict[str, str], lookup=None):
    """s03 by plan: the body's posts and their holders from the ``link`` index, the holders'
    names and the posts' labels from the ``value`` index, sorted by name; it declines for a
    blank node, or names the engine would order otherwise than by their text."""
    org = _entity_iri(values, lookup, "org")
    facts = _facts(st)
    if org is None or facts is None:
        return None
    import json
    posts = index.execute("SELECT DISTINCT subject, subject_kind FROM link WHERE object = ? AND property = ?",
                          (org, _ORG + "postIn")).fetchall()
    holders = index.execute("SELECT DISTINCT object, subject, subject_kind FROM link WHERE property = ? "
                            "AND object IN (SELECT value FROM json_each(?))",
                            (_ORG + "holds", json.dumps(sorted({p for p, _ in posts})))).fetchall()
    if any(kind == "_" for *_, kind in [*posts, *holders]):
        return None
    names = _values_of(index, facts, [person for _, person, _ in holders], _SCHEMA + "name")
    labels = _values_of(index, facts, [post for post, _ in posts], "http://www.w3.org/2000/01/rdf-schema#label")
    found, kinds = [], {}
    for post, person, _ in holders:
        for name in names.get(person, ()):
            if name[1] == "_" or not (name[1] == "s" or name[1].startswith("@")):
                return None  # a blank node, or a literal the engine orders by its value
            if kinds.setdefault(name[0], name[1]) != name[1]:
                return None  # one text in two kinds: the engine orders them by kind
            for label in labels.get(post, _NONE):
                if label[1] == "_":
                    return None
                found.append((name[0], _OFFICIAL_ROW((person, "", *name, post, "", *label))))
    found.sort(key=lambda r: r[0])
    return _bound("s03-body-officials", {"org": org}), [r[1] for r in found]


class Row(tuple):
    """A row a plan made: its terms (``None`` when unbound) in the question's column order,
    also by column name (``row["article"]``), as Oxigraph's solutions are read. A row read
    from the indexes holds each term's two columns (:func:`graph.store.encode_term`) and makes
    the term when it is read, as pyoxigraph makes a solution's Python terms from the strings
    the database read."""

    __slots__ = ()
    columns: dict[str, int] = {}
    encoded = False  # whether the row holds (value, kind) pairs rather than terms
    plain = False  # whether it holds values only, each of its column's usual kind
    usual: tuple = ()  # each column's usual kind, where the row leaves it out

    def __getitem__(self, key):
        at = self.columns[key] if isinstance(key, str) else key
        if not self.encoded:
            return tuple.__getitem__(self, at)
        from .store import decode_term
        if self.plain:
            return decode_term(tuple.__getitem__(self, at), None, self.usual[at])
        return decode_term(tuple.__getitem__(self, 2 * at), tuple.__getitem__(self, 2 * at + 1),
                           self.usual[at] if self.usual else None)

    def __len__(self) -> int:
        return len(self.columns)

    def __iter__(self):
        return (self[i] for i in range(len(self.columns)))


def _row_type(*names: str, encoded: bool = False, usual: tuple = (), plain: bool = False) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "columns": {n: i for i, n in enumerate(names)},
                                "encoded": encoded or plain, "usual": usual, "plain": plain})


_ENTITY_ROW = _row_type("dir", "p", "other", "label")
_ARTICLE_ROW = _row_type("article", "headline", "published", "where", encoded=True)
_EVENT_ROW = _row_type("event", "name", "date", "how", "place", encoded=True)
_OFFICIAL_ROW = _row_type("person", "name", "post", "postLabel", encoded=True)
_ENTITY_IN_ROW = _row_type("dir", "p", "other", "label", encoded=True)
_MENTION_ROW = _row_type("article", "anchor", "begin", "end", "sentence", encoded=True, usual=("", "s", "i", "i", "s"))
_PLAIN_MENTION_ROW = _row_type(*_MENTION_ROW.columns, usual=_MENTION_ROW.usual, plain=True)

#: s01 restricted to what the indexes leave out: the entity's own statements, and those of
#: ``rdf:type`` towards it (the profile's text but for the ``VALUES``).
_ENTITY_OWN = _PREFIXES + """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?dir ?p ?other ?label WHERE {
  { {entity} ?p ?other . BIND("out" AS ?dir) } UNION { VALUES ?p { <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> } ?other ?p {entity} . BIND("in" AS ?dir) }
  OPTIONAL { ?other schema:name|rdfs:label|schema:headline ?label }
}"""
#: The distinct statements towards the entity (the union is a set), and the distinct labels
#: of their subjects (a path of alternatives gives a set): s01's ``in`` rows. (The subjects
#: are made distinct first: a thing many articles state, a membership say, has a row for each
#: of them in both tables, and a join of the rows would multiply them.)
_TOWARDS = "SELECT DISTINCT subject, subject_kind, property FROM link WHERE object = ?"
_LABELS_OF = """SELECT DISTINCT subject, value, kind FROM label
WHERE subject IN (SELECT DISTINCT subject FROM link WHERE object = ?)"""


def _entity_iri(values: dict[str, str], lookup, name: str = "entity") -> str | None:
    """The IRI the parameter ``name`` names, ``None`` when it names none (unbound, a string)."""
    from .query import rdf_term
    if values.get(name) is None:
        return None
    term = rdf_term(values[name], lookup)
    return term[1:-1] if term.startswith("<") else None


def _entity(st, index, values: dict[str, str], lookup=None):
    """s01 by plan: the statements towards the entity from the indexes, with their subjects'
    labels; the entity's own statements and its members (``rdf:type``) from Oxigraph."""
    import pyoxigraph as ox

    from .query import bind_params, canned_queries
    entity = _entity_iri(values, lookup)
    if entity is None:
        return None
    towards = index.execute(_TOWARDS, (entity,)).fetchall()
    own = [_ENTITY_ROW((r["dir"], r["p"], r["other"], r["label"]))
           for r in st.query(_fill(_ENTITY_OWN, entity=f"<{entity}>"))]
    if any(kind == "_" for _, kind, _ in towards) or any(isinstance(r[2], ox.BlankNode) for r in own):
        return None
    labels: dict[str, list[tuple[str, str]]] = {}
    for subject, value, kind in index.execute(_LABELS_OF, (entity,)):
        labels.setdefault(subject, []).append((value, kind))
    unlabelled = [(None, None)]
    rows = own + [_ENTITY_IN_ROW(("in", "s", prop, "", subject, "", value, kind))
                  for subject, _, prop in towards for value, kind in labels.get(subject, unlabelled)]
    return bind_params(canned_queries()["s01-entity"], {"entity": entity}), rows


#: s06's rows from the index in its order: by article, then as the solutions came (each is
#: then sorted by its ``begin_n``, an integer: a sort SQLite would do on whole rows).
_MENTIONS = """SELECT article, article_kind, anchor, anchor_kind, begin, begin_kind, end, end_kind,
  sentence, sentence_kind, begin_n FROM anchor WHERE entity = ? ORDER BY article, gid, n"""
#: Whether one of the entity's rows has a term of another kind than its column's usual one (an
#: article that is no IRI, an offset typed otherwise, a literal with a language) or a begin that
#: is no integer: then its rows are read with their kinds, as above.
_UNUSUAL_INDEXED_SINCE = 8  # the store format that keeps the partial index anchor_unusual
_UNUSUAL_MENTIONS = {True: f"SELECT EXISTS (SELECT 1 FROM anchor INDEXED BY anchor_unusual WHERE entity = ? AND "
                           f"{UNUSUAL_ANCHOR})",  # a store of format 8: its partial index, a lookup
                     False: f"SELECT EXISTS (SELECT 1 FROM anchor WHERE entity = ? AND {UNUSUAL_ANCHOR})"}
#: Else their values alone, in the profile's order: by article and begin (SQLite sorts only the
#: rows of each article, which the key gives in article order), then as the solutions came.
_USUAL_MENTIONS = """SELECT article, anchor, begin, end, sentence FROM anchor WHERE entity = ?
ORDER BY article, begin_n, gid, n"""


def _by_article_and_begin(row: tuple) -> tuple:
    return row[0], row[10]


@contextlib.contextmanager
def _one_read(con):
    """The statements run inside on ``con`` in one read transaction: each alone would see the
    store as it is then, and a build committing between two of them (a reader of ``kg serve``
    beside ``kg build``) would have the second read rows the first did not judge. On a
    connection already inside a transaction (a writer's), that one."""
    if con.in_transaction:
        yield
        return
    con.execute("BEGIN")
    try:
        yield
    finally:
        if con.in_transaction:
            con.execute("COMMIT")


def _entity_mentions(st, index, values: dict[str, str], lookup=None):
    """s06 by plan: the entity's rows, read from the index in the profile's order."""
    from .query import bind_params, canned_queries
    entity = _entity_iri(values, lookup)
    if entity is None:
        return None
    with _one_read(index):  # whether the rows are unusual, and the rows, of one state of the store
        try:
            unusual = index.execute(_UNUSUAL_MENTIONS[st.format >= _UNUSUAL_INDEXED_SINCE], (entity,)).fetchone()[0]
        except sqlite3.OperationalError:  # the partial index is lost (kg check says so): a scan of the rows
            unusual = index.execute(_UNUSUAL_MENTIONS[False], (entity,)).fetchone()[0]
        if not unusual:  # the usual case: fewer columns to read, no sort in Python
            rows = list(map(_PLAIN_MENTION_ROW, index.execute(_USUAL_MENTIONS, (entity,))))
            return bind_params(canned_queries()["s06-entity-mentions"], {"entity": entity}), rows
        found = index.execute(_MENTIONS, (entity,)).fetchall()
    if any(r[1] is not None or r[10] is None for r in found):  # an article that is no IRI, a begin that
        return None  # is no integer: the engine's order is not the index's
    found.sort(key=_by_article_and_begin)  # the index's order within an article is the solutions'
    rows = [_MENTION_ROW(r[:10]) for r in found]
    return bind_params(canned_queries()["s06-entity-mentions"], {"entity": entity}), rows


#: The scale questions that have a plan, by the stem of their ``.rq`` file, and the index each reads.
PLANNED = {"s01-entity": _entity, "s02-person-events": _person_events, "s03-body-officials": _body_officials,
           "s04-latest-events": _latest_events, "s05-place-articles": _place_articles,
           "s06-entity-mentions": _entity_mentions}
_READS = {"s01-entity": "link", "s02-person-events": "link", "s03-body-officials": "link",
          "s04-latest-events": "dated", "s05-place-articles": "mention", "s06-entity-mentions": "anchor"}
#: The plans whose rows come from the indexes themselves (no SPARQL text gives them faster),
#: and the index they need besides the one they read first.
_FROM_INDEX = {"s01-entity": "link", "s02-person-events": "value", "s03-body-officials": "value",
               "s05-place-articles": "value", "s06-entity-mentions": "anchor"}
#: Their rows' columns, in the order of the question's ``SELECT``.
_COLUMNS = {"s01-entity": _ENTITY_ROW, "s02-person-events": _EVENT_ROW, "s03-body-officials": _OFFICIAL_ROW,
            "s05-place-articles": _ARTICLE_ROW, "s06-entity-mentions": _MENTION_ROW}


def _planned(st, name: str, values: dict[str, str] | None, lookup=None):
    """``(text, rows)``: the text that answers ``name`` on ``st`` and its rows."""
    from .query import bind_params, canned_queries
    texts = canned_queries()
    if name not in texts:
        raise ValueError(f"no canned query {name!r}; canned: {', '.join(texts)}")
    values = dict(values or {})
    text = bind_params(texts[name], values, lookup)  # also refuses a parameter the question does not take
    plan = PLANNED.get(name)
    index = st.index(_READS[name]) if plan is not None else None
    if index is not None:
        found = _by_plan(st, name, index, values, lookup)
        if found is not None:
            return found
    return text, list(st.query(text))


def _by_plan(st, name: str, index, values: dict[str, str], lookup):
    """The plan of ``name``'s ``(text, rows)``, ``None`` when it declines, or when an index table
    it reads is lost (a damaged store: said in one line, then the question runs as written;
    ``kg check`` names the damage, ``kg check --repair`` or the next build mends it)."""
    try:
        return PLANNED[name](st, index, values, lookup=lookup)
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):  # (not a lost table: a fault to show, not to hide)
            raise
        log.warning("%s: an index of the scale questions cannot be read (%s): %s runs as written; "
                    "`kg check --store %s` names the damage", st.path, exc, name, st.path)
        return None


def answer(st, name: str, values: dict[str, str] | None = None) -> list:
    """The rows of the canned scale question ``name`` with its parameters ``values`` on the
    open store ``st``: by its plan when it has one and the store its indexes, else by running
    the shipped text. The rows are Oxigraph's, as :meth:`graph.store.KGStore.query` gives them,
    or :class:`Row` s of the same terms that a plan made from the indexes.

    Raises ``ValueError`` for an unknown question or parameter (see
    :func:`graph.query.bind_params`).
    """
    return _planned(st, name, values)[1]


def index_answer(st, name: str, values: dict[str, str] | None = None, lookup=None):
    """``(columns, rows)`` of s01, s02, s03, s05 or s06 (``name``) read from the store's indexes, for
    :func:`graph.query.format_rows`; ``None`` when the question has no such plan, the store
    keeps no index for it (an older format) or the plan declines (a blank node, an entity
    given as a string or unbound): then the question runs as written."""
    if name not in _FROM_INDEX:
        return None
    from .query import bind_params, canned_queries, parameters
    text = canned_queries()[name]
    values = dict(values or {})
    if set(values) - set(parameters(text)):
        bind_params(text, values)  # refuses a parameter the question does not take
    index = st.index(_READS[name])
    if index is None or st.index(_FROM_INDEX[name]) is None:
        return None
    found = _by_plan(st, name, index, values, lookup)
    if found is None:
        return None
    return list(_COLUMNS[name].columns), found[1]


def planned_text(st, name: str, values: dict[str, str] | None = None, lookup=None) -> str:
    """The SPARQL that answers ``name`` on ``st`` as :func:`answer` does: the profile's question
    restricted to the subjects its plan found (or the shipped text), for ``kg query`` to run
    and format; ``lookup`` names → IRIs as for :func:`graph.query.bind_params`. (The plans that
    take their rows from the indexes, which no SPARQL text names, give the question; s05 on a
    store without the ``value`` index its text restricted to the articles it found.)"""
    if name in _FROM_INDEX and (name != "s05-place-articles" or _facts(st) is not None):
        from .query import bind_params, canned_queries
        return bind_params(canned_queries()[name], dict(values or {}), lookup)
    return _planned(st, name, values, lookup)[0]
