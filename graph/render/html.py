"""The knowledge graph as one interactive HTML page that works offline.

:func:`render_html` writes a single self-contained file: the graph library
(Cytoscape.js, vendored in ``graph/static/``), the viewer's own script and style sheet
and the data are all inlined, so the page opens from disk, by e-mail or on a machine
without network. The page pans and zooms, finds a thing by any of its names, filters
by article, by a range of dates and by class (laying out again what is left), and on a
click shows the thing's properties, its links, the articles it was read from and their
sentences. Its title says what the graph holds (:func:`view_title`).

Two steps, as in the other views of :mod:`graph.render`, whose
:func:`~graph.render.model.to_networkx` graph, layout and :data:`~graph.render.style.STYLE`
it reuses:

* :func:`graph_data` - the pure part: RDF in, a JSON-ready ``dict`` out.
* :func:`html_document` / :func:`render_html` - the page as text, and the file.

networkx and numpy are imported inside the functions that use them (through
:func:`~graph.render.layout.layout`), so importing this module stays instant.
"""
from __future__ import annotations

import datetime
import html
import json
import re
import textwrap
from collections import defaultdict
from importlib import resources
from pathlib import Path

from rdflib import Literal

from ..vocab import ITSRDF, NIF, ORG, PREFIXES, PROV, RDF, RDFS, SDO, SKOS
from .layout import layout
from .model import node_key, to_networkx
from .style import CLASSES, PLURALS, STYLE

__all__ = ["LAYOUT_MAX_NODES", "MAX_SENTENCES", "graph_data", "html_document", "render_html",
           "view_title", "date_span"]

#: Up to this many nodes the page gets the positions of :func:`graph.render.layout`
#: (the same picture as the PNG); bigger graphs are laid out in the browser.
LAYOUT_MAX_NODES = 1000
#: At most this many source sentences are kept per node (in reading order).
MAX_SENTENCES = 25
# Values shown per property before "…" (a place may be mentioned by hundreds of things).
_MAX_VALUES = 20
# Layout units (one graph step) -> CSS pixels.
_SCALE = 140.0
_LIBRARY = "cytoscape.min.js"
# A headline-less article is listed by the start of its text, shortened to this length.
_UNTITLED_CHARS = 90
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# What the title counts, in its order: (classes, one, many). Bodies of every kind are one
# count: the legend tells government bodies from other organizations.
_TITLE_KINDS = ((("person",), "person", "people"),
                (("government", "organization"), "body", "bodies"),
                (("business",), "business", "businesses"),
                (("place",), "place", "places"),
                (("event",), "event", "events"))

# matplotlib marker of graph.render's palette -> Cytoscape node shape.
_SHAPES = {"*": "star", "o": "ellipse", "s": "round-rectangle", "D": "diamond",
           "^": "triangle", "quote-box": "round-tag", "p": "pentagon", "P": "octagon",
           "H": "hexagon"}


def graph_data(dataset, *, focus: str | None = None, depth: int = 2) -> dict:
    """The data of the page: classes, articles, dates, nodes and edges, ready for ``json.dumps``.

    Parameters
    ----------
    dataset : rdflib.Dataset or rdflib.Graph
        Read as the union of its named graphs.
    focus, depth
        As in :func:`graph.render.to_networkx`: only what lies within ``depth`` steps of
        the thing named ``focus``.

    Returns
    -------
    dict
        ``classes`` (``cls``, legend ``label``, ``plural``, ``color``, ``shape``, ``size``,
        ``count``; in legend order),
        ``articles`` (``iri``, ``headline``, ``date`` as ISO ``YYYY-MM-DD`` or ``""``; the
        articles that say something about a drawn thing, oldest first, undated last),
        ``dates`` (every date a node is seen on, sorted, ISO),
        ``nodes`` (``id``, ``label``, ``name``, ``cls``, ``iri``, ``alt`` names,
        ``articles`` (indices into ``articles``: those whose named graph says something
        about the thing, that mention it or that a quotation is part of; a union without
        article graphs, as ``graph.ttl``, has only the last two), ``dates`` (indices into ``dates``: the publication
        dates of those articles and an event's own date), ``date`` (an event's own date,
        an index into ``dates``; only for events that have one),
        ``props`` as ``[curie, [[text, language], ...]]`` pairs, ``sentences`` as
        ``{"text", "marks", "article"}`` with ``marks`` the ``[start, end)`` spans naming
        the thing and ``article`` an index into ``articles`` (or ``None``), ``focus`` and,
        for graphs up to :data:`LAYOUT_MAX_NODES` nodes, ``x``/``y``), ``edges``
        (``from``, ``to``, ``label``, ``predicate``), ``focus`` (the names
        the view is centred on).

    Raises
    ------
    ValueError
        When ``focus`` names nothing in the graph.

    Examples
    --------
    >>> from rdflib import Dataset
    >>> ds = Dataset().parse(data='''
    ...   @prefix s: <https://schema.org/> .
    ...   <urn:x:rapat> a s:Event ; s:name "Rapat desa" ; s:organizer <urn:x:budi> .
    ...   <urn:x:budi> a s:Person ; s:name "Budi Santoso" ; s:alternateName "Pak Budi" .''',
    ...   format="turtle")
    >>> data = graph_data(ds)
    >>> [(n["name"], n["cls"], n["alt"]) for n in data["nodes"]]
    [('Budi Santoso', 'person', ['Pak Budi']), ('Rapat desa', 'event', [])]
    >>> [(e["from"], e["label"], e["to"]) for e in data["edges"]]
    [('urn:x:rapat', 'organizer', 'urn:x:budi')]

    Two articles, one person in both (an article's graph says what it read):

    >>> ds = Dataset().parse(format="trig", data='''
    ...   @prefix s: <https://schema.org/> .
    ...   <urn:x:g1> { <urn:x:berita1> a s:NewsArticle ; s:headline "Berita satu" ;
    ...                    s:datePublished "2020-03-03" ; s:mentions <urn:x:rudi> .
    ...                <urn:x:rudi> a s:Person ; s:name "Rudi Wibisana" . }
    ...   <urn:x:g2> { <urn:x:berita2> a s:NewsArticle ; s:headline "Berita dua" ;
    ...                    s:datePublished "2020-04-09" .
    ...                <urn:x:rudi> a s:Person ; s:name "Rudi Wibisana" . }''')
    >>> data = graph_data(ds)
    >>> [(a["headline"], a["date"]) for a in data["articles"]]
    [('Berita satu', '2020-03-03'), ('Berita dua', '2020-04-09')]
    >>> rudi = [n for n in data["nodes"] if n["cls"] == "person"][0]
    >>> rudi["articles"], [data["dates"][i] for i in rudi["dates"]]
    ([0, 1], ['2020-03-03', '2020-04-09'])
    """
    graph = to_networkx(dataset, focus=focus, depth=depth)
    index = _Index(dataset)
    positions = layout(graph) if len(graph) <= LAYOUT_MAX_NODES else {}
    focus_nodes = set(graph.graph.get("focus", ()))
    node_keys = set(graph)

    # The articles that say something about a drawn thing, oldest first.
    seen_in = {key: index.articles_of(graph.nodes[key]["iri"]) for key in graph}
    wanted = sorted({a for found in seen_in.values() for a in found},
                    key=lambda a: (not index.article_date(a), index.article_date(a),
                                   index.article_headline(a).casefold(), str(a)))
    article_no = {a: i for i, a in enumerate(wanted)}
    articles = [{"iri": str(a), "headline": index.article_headline(a), "date": index.article_date(a)}
                for a in wanted]
    own_date = {key: _iso_date(graph.nodes[key].get("date") or "") for key in graph}
    dates = sorted({a["date"] for a in articles if a["date"]} | {d for d in own_date.values() if d})
    date_no = {d: i for i, d in enumerate(dates)}

    nodes = []
    for key in sorted(graph):
        attrs = graph.nodes[key]
        numbers = sorted(article_no[a] for a in seen_in[key])
        seen_on = {articles[i]["date"] for i in numbers if articles[i]["date"]}
        if own_date[key]:
            seen_on.add(own_date[key])
        node = {
            "id": key, "label": attrs["label"], "name": attrs["name"], "cls": attrs["cls"],
            "iri": attrs["iri"], "alt": index.alternate_names(attrs["iri"], attrs["name"]),
            "articles": numbers, "dates": sorted(date_no[d] for d in seen_on),
            "props": index.properties(attrs["iri"], node_keys, attrs["name"]),
            "sentences": index.sentences(attrs["iri"], article_no), "focus": key in focus_nodes,
        }
        if own_date[key]:
            node["date"] = date_no[own_date[key]]
        if key in positions:
            x, y = positions[key]
            # Screen y grows downwards; round so that the bytes do not depend on noise.
            node["x"], node["y"] = round(x * _SCALE, 1) + 0.0, round(-y * _SCALE, 1) + 0.0
        nodes.append(node)
    edges = sorted(({"from": u, "to": v, "label": d["label"], "predicate": d["predicate"]}
                    for u, v, d in graph.edges(data=True)),
                   key=lambda e: (e["from"], e["to"], e["label"], e["predicate"]))
    present = {n["cls"] for n in nodes}
    # A list, not a dict: the legend keeps the order of graph.render.CLASSES.
    classes = [{"cls": cls, "label": label, "plural": PLURALS[cls], "color": colour,
                "shape": _SHAPES.get(marker, "ellipse"), "size": round(size ** 0.5 * 2.0),
                "count": sum(n["cls"] == cls for n in nodes)}
               for cls, (label, colour, marker, size) in
               ((c, STYLE[c]) for c in CLASSES) if cls in present]
    return {"classes": classes, "articles": articles, "dates": dates, "nodes": nodes, "edges": edges,
            "focus": [graph.nodes[f]["name"] for f in sorted(focus_nodes)]}


def view_title(data: dict) -> str:
    """What a view holds, in one line: its one headline, or its articles, dates and things.

    ``data`` is a :func:`graph_data` dict.

    Examples
    --------
    >>> view_title({"articles": [{"headline": "Bupati Sukamaju Resmikan Pasar", "date": ""}],
    ...             "classes": [], "focus": []})
    'Bupati Sukamaju Resmikan Pasar'
    >>> view_title({"articles": [{"headline": "A", "date": "2020-03-03"},
    ...                          {"headline": "B", "date": "2020-04-09"}],
    ...             "classes": [{"cls": "person", "count": 1}, {"cls": "government", "count": 2},
    ...                         {"cls": "organization", "count": 1}, {"cls": "quote", "count": 4}],
    ...             "focus": []})
    '2 articles, 3 Mar – 9 Apr 2020: 1 person, 3 bodies'
    """
    articles = data["articles"]
    counts = {c["cls"]: c["count"] for c in data["classes"]}
    things = []
    for classes, one, many in _TITLE_KINDS:
        n = sum(counts.get(c, 0) for c in classes)
        if n:
            things.append(f"{n} {one if n == 1 else many}")
    if not things and counts:
        total = sum(counts.values())
        things.append(f"{total} thing" + ("" if total == 1 else "s"))
    if len(articles) == 1 and not data["focus"]:
        return articles[0]["headline"]
    if len(articles) > 1:
        dated = sorted(a["date"] for a in articles if a["date"])
        held = f"{len(articles)} articles" + (f", {date_span(dated[0], dated[-1])}" if dated else "")
    elif articles:
        held = articles[0]["headline"]
    else:
        held = "Knowledge graph"
    if data["focus"]:
        held = f"Around {', '.join(data['focus'])} — {held}"
    return f"{held}: {', '.join(things)}" if things else held


def date_span(first: str, last: str) -> str:
    """Two ISO dates as a reader writes the span between them, no more than needed.

    >>> date_span("2020-03-01", "2020-03-15"), date_span("2020-02-28", "2020-03-03")
    ('1–15 Mar 2020', '28 Feb – 3 Mar 2020')
    >>> date_span("2019-12-30", "2020-01-02"), date_span("2020-03-03", "2020-03-03")
    ('30 Dec 2019 – 2 Jan 2020', '3 Mar 2020')
    """
    (y1, m1, d1), (y2, m2, d2) = ((int(x) for x in d[:10].split("-")) for d in (first, last))
    if (y1, m1, d1) == (y2, m2, d2):
        return f"{d1} {_MONTHS[m1 - 1]} {y1}"
    if (y1, m1) == (y2, m2):
        return f"{d1}–{d2} {_MONTHS[m1 - 1]} {y1}"
    if y1 == y2:
        return f"{d1} {_MONTHS[m1 - 1]} – {d2} {_MONTHS[m2 - 1]} {y1}"
    return f"{d1} {_MONTHS[m1 - 1]} {y1} – {d2} {_MONTHS[m2 - 1]} {y2}"


def html_document(dataset, *, focus: str | None = None, depth: int = 2,
                  title: str | None = None) -> str:
    """The whole page as text: the same input gives the same text.

    The title defaults to :func:`view_title`: the headline of a single article, else how
    many articles over which dates and how many people, bodies, places and events.
    """
    data = graph_data(dataset, focus=focus, depth=depth)
    if title is None:
        title = view_title(data)
    static = resources.files("graph").joinpath("static")
    library = static.joinpath(_LIBRARY).read_text(encoding="utf-8")
    viewer_js = static.joinpath("viewer.js").read_text(encoding="utf-8")
    viewer_css = static.joinpath("viewer.css").read_text(encoding="utf-8")
    template = static.joinpath("viewer.html").read_text(encoding="utf-8")
    parts = {
        "title": html.escape(title),
        "css": viewer_css,
        "library": _script_safe(library),
        "viewer": _script_safe(viewer_js),
        "data": _json_for_script(data),
    }
    # One pass over the placeholders, so nothing inserted is ever read as one.
    pieces = template.split("@@")
    for i in range(1, len(pieces), 2):
        pieces[i] = parts[pieces[i]]
    return "".join(pieces)


def render_html(dataset, out_path, *, focus: str | None = None, depth: int = 2,
                title: str | None = None) -> Path:
    """Write the interactive page of ``dataset`` to ``out_path`` and return the path.

    The page is written to a temporary file beside ``out_path`` and renamed over it,
    so a reader never sees half a page and a failed run leaves an older page as it
    was. The page needs no network: open it with any browser.

    Raises
    ------
    ValueError
        For an unknown ``focus``, before anything is written.
    """
    # graph.export reads graph.render (GraphML), so the import waits for the call.
    from ..files import write_atomic

    text = html_document(dataset, focus=focus, depth=depth, title=title)
    return write_atomic(Path(out_path), text.encode("utf-8"))


# --- helpers ------------------------------------------------------------------------

def _json_for_script(data) -> str:
    """JSON that cannot end or confuse the ``<script>`` element that holds it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    # "</" could close the element and "<!--" switch the parser into its escaped state;
    # the JSON escapes mean the same characters.
    return (text.replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _script_safe(code: str) -> str:
    r"""Script text that cannot close its element early (``<\/`` means ``</`` in JS strings)."""
    return code.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


class _Index:
    """What the page says about each thing, read from the RDF once.

    Keys are ``str(term)``, as the ``iri`` attribute of :func:`graph.render.to_networkx`.
    """

    def __init__(self, dataset) -> None:
        props: dict = defaultdict(lambda: defaultdict(set))
        graph_of: dict = {}
        graphs_of: dict = defaultdict(set)
        if hasattr(dataset, "quads"):
            quads = dataset.quads((None, None, None, None))
        else:
            quads = ((s, p, o, dataset) for s, p, o in dataset.triples((None, None, None)))
        for s, p, o, g in quads:
            g = getattr(g, "identifier", g)
            props[s][p].add(o)
            graph_of.setdefault(s, g)
            graphs_of[s].add(g)
        self.props = props
        by_key = {str(s): s for s in props}
        self._by_key = by_key

        # The article of each named graph (a graph holding several, as a plain Turtle
        # file of the union does, has none: its things find theirs by schema:mentions).
        in_graph = defaultdict(set)
        self._mentioned_by = defaultdict(set)
        self._text_of = {}
        for s, p in props.items():
            types = p.get(RDF.type, ())
            if SDO.NewsArticle in types or SDO.Article in types:
                for g in graphs_of[s]:
                    in_graph[g].add(s)
                for thing in p.get(SDO.mentions, ()):
                    self._mentioned_by[thing].add(s)
            if NIF.Context in types:
                for article in p.get(SDO.isPartOf, ()):
                    self._text_of[article] = _first_text(p.get(NIF.isString, ())) or ""
        self._article_of_graph = {g: next(iter(a)) for g, a in in_graph.items() if len(a) == 1}
        self._articles = {a for found in in_graph.values() for a in found}
        self._graphs_of = graphs_of
        # NIF sentences of each context, to find the sentence around a quoted phrase.
        sentences_in = defaultdict(list)
        for s, p in props.items():
            if NIF.Sentence in p.get(RDF.type, ()):
                for ctx in p.get(NIF.referenceContext, ()):
                    sentences_in[ctx].append(s)

        # entity -> sentence -> spans to mark, from mentions and from prov:wasDerivedFrom.
        found: dict = defaultdict(lambda: defaultdict(set))
        for m, p in props.items():
            for entity in p.get(ITSRDF.taIdentRef, ()):
                for sentence in p.get(NIF.sentence, ()):
                    found[str(entity)][sentence].add(self._span(m, sentence))
        for thing, p in props.items():
            for source in p.get(PROV.wasDerivedFrom, ()):
                sp = props.get(source, {})
                if NIF.Sentence in sp.get(RDF.type, ()):
                    found[str(thing)][source].add(None)
                    continue
                around = sorted(sp.get(NIF.sentence, ()), key=str) or [
                    s for ctx in sorted(sp.get(NIF.referenceContext, ()), key=str)
                    for s in sorted(sentences_in.get(ctx, ()), key=str)
                    if self._span(source, s) is not None]
                if around:
                    found[str(thing)][around[0]].add(self._span(source, around[0]))
                elif sp.get(NIF.anchorOf):
                    found[str(thing)][source].add(None)

        # key -> [(article, begin, sentence IRI, text, marks)]; the order is the page's.
        self._sentences = {}
        for key, by_sentence in found.items():
            rows = []
            for sentence, spans in by_sentence.items():
                sp = props.get(sentence, {})
                text = _first_text(sp.get(NIF.anchorOf, ()))
                if not text:
                    continue
                marks = sorted([a, b] for a, b in (s for s in spans if s) if text[a:b])
                rows.append((self._article_of_graph.get(graph_of.get(sentence)),
                             _int(sp.get(NIF.beginIndex)), str(sentence), text, marks))
            self._sentences[key] = rows

    def articles_of(self, key: str) -> set:
        """The articles whose graph says something about the thing, or that mention it."""
        thing = self._by_key.get(key)
        if thing is None:
            return set()
        found = {self._article_of_graph[g] for g in self._graphs_of.get(thing, ())
                 if g in self._article_of_graph}
        found |= self._mentioned_by.get(thing, set())
        found |= self.props[thing].get(SDO.isPartOf, set()) & self._articles
        if thing in self._articles:
            found.add(thing)
        return found

    def article_date(self, article) -> str:
        """The publication date as ISO ``YYYY-MM-DD``, or ``""``."""
        return min(filter(None, map(_iso_date, self.props[article].get(SDO.datePublished, ()))),
                   default="")

    def article_headline(self, article) -> str:
        """The headline, else the start of the text, else the last part of the IRI."""
        headline = _first_text(self.props[article].get(SDO.headline, ()))
        if headline:
            return " ".join(headline.split())
        text = " ".join(self._text_of.get(article, "").split())
        if text:
            return textwrap.shorten(text, _UNTITLED_CHARS, placeholder=" \u2026")
        return str(article).rstrip("/#").rsplit("/", 1)[-1] or str(article)

    def _span(self, phrase, sentence):
        """Where ``phrase`` lies inside ``sentence`` (character offsets), or None."""
        pp, sp = self.props.get(phrase, {}), self.props.get(sentence, {})
        if pp.get(NIF.referenceContext, set()) != sp.get(NIF.referenceContext, set()):
            return None
        b, e = _int(pp.get(NIF.beginIndex)), _int(pp.get(NIF.endIndex))
        sb, se = _int(sp.get(NIF.beginIndex)), _int(sp.get(NIF.endIndex))
        if None in (b, e, sb, se) or not sb <= b <= e <= se:
            return None
        return b - sb, e - sb

    def sentences(self, key: str, article_no: dict) -> list[dict]:
        """The sentences naming the thing, oldest article first, in reading order."""
        last = len(article_no)
        rows = sorted(((article_no.get(a, last), -1 if begin is None else begin, iri, text, marks)
                       for a, begin, iri, text, marks in self._sentences.get(key, ())),
                      key=lambda r: r[:3])
        return [{"text": text, "marks": marks, "article": None if n == last else n}
                for n, _, _, text, marks in rows[:MAX_SENTENCES]]

    def alternate_names(self, key: str, name: str) -> list[str]:
        p = self.props.get(self._by_key.get(key), {})
        names = {" ".join(str(v).split()) for pred in (SDO.alternateName, SKOS.altLabel)
                 for v in p.get(pred, ())}
        return sorted(names - {name}, key=lambda n: (n.casefold(), n))

    def properties(self, key: str, node_keys: set, name: str) -> list:
        """``[curie, [[text, language], ...]]`` of all but the drawn links, the name and articles."""
        skip = {SDO.name, SDO.alternateName, SKOS.altLabel, SDO.mentions, SDO.makesOffer,
                ORG.hasMembership, SDO.hasPart}
        naming = {RDFS.label, SKOS.prefLabel, SDO.headline}
        namespaces = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()),
                            key=lambda t: -len(t[0]))

        def curie(term) -> str:
            text = str(term)
            for ns, prefix in namespaces:
                if text.startswith(ns):
                    return f"{prefix}:{text[len(ns):]}"
            return text

        out = []
        p = self.props.get(self._by_key.get(key), {})
        for pred in sorted(p, key=curie):
            if pred in skip:
                continue
            values = []
            for obj in p[pred]:
                if isinstance(obj, Literal):
                    if pred in naming and " ".join(str(obj).split()) == name:
                        continue  # the panel's heading already says it
                    values.append((" ".join(str(obj).split()), obj.language or ""))
                elif pred == RDF.type:
                    values.append((curie(obj), ""))
                elif obj in self._articles:
                    continue  # the page lists the articles once; the panel names them
                elif node_key(obj) not in node_keys:
                    values.append((self._label(obj) or curie(obj), ""))
            if values:
                values = [list(v) for v in sorted(set(values), key=lambda v: (v[0].casefold(), v))]
                if len(values) > _MAX_VALUES:
                    values = values[:_MAX_VALUES] + [[f"\u2026 {len(values) - _MAX_VALUES} more", ""]]
                out.append([curie(pred), values])
        return out

    def _label(self, term) -> str | None:
        p = self.props.get(term, {})
        for pred in (SKOS.prefLabel, SDO.name, RDFS.label, SDO.headline, RDFS.comment):
            text = _first_text(p.get(pred, ()))
            if text:
                return text
        return None


def _first_text(values) -> str | None:
    """The Indonesian literal, else an untagged one, else English, else any (stable)."""
    literals = [v for v in values if hasattr(v, "language")]
    if not literals:
        return None
    rank = {"id": 0, None: 1, "en": 2}
    return str(min(literals, key=lambda v: (rank.get(v.language, 3), str(v))))


def _iso_date(value) -> str | None:
    """``YYYY-MM-DD`` of a date or date-time literal, or None when it is neither.

    >>> _iso_date("2020-03-03T10:00:00+07:00"), _iso_date("Maret 2020")
    ('2020-03-03', None)
    """
    text = str(value)[:10]
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return None
    return text


def _int(values) -> int | None:
    for v in sorted(values or (), key=str):
        try:
            return int(v)
        except (TypeError, ValueError):
            continue
    return None
