"""The knowledge graph as one interactive HTML page that works offline.

:func:`render_html` writes a single self-contained file: the graph library
(Cytoscape.js, vendored in ``graph/static/``), the viewer's own script and style sheet
and the data are all inlined, so the page opens from disk, by e-mail or on a machine
without network. The page pans and zooms, finds a thing by any of its names, filters
by class, and on a click shows the thing's properties, its links and the sentences of
the articles it was read from.

Two steps, as in the other views of :mod:`graph.render`, whose
:func:`~graph.render.model.to_networkx` graph, layout and :data:`~graph.render.style.STYLE`
it reuses:

* :func:`graph_data` - the pure part: RDF in, a JSON-ready ``dict`` out.
* :func:`html_document` / :func:`render_html` - the page as text, and the file.

networkx and numpy are imported inside the functions that use them (through
:func:`~graph.render.layout.layout`), so importing this module stays instant.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from importlib import resources
from pathlib import Path

from rdflib import Literal

from ..vocab import ITSRDF, NIF, ORG, PREFIXES, PROV, RDF, RDFS, SDO, SKOS
from .layout import layout
from .model import node_key, to_networkx
from .style import CLASSES, STYLE
from .views import caption

__all__ = ["LAYOUT_MAX_NODES", "MAX_SENTENCES", "graph_data", "html_document", "render_html"]

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

# matplotlib marker of graph.render's palette -> Cytoscape node shape.
_SHAPES = {"*": "star", "o": "ellipse", "s": "round-rectangle", "D": "diamond",
           "^": "triangle", "quote-box": "round-tag", "p": "pentagon", "P": "octagon",
           "H": "hexagon"}


def graph_data(dataset, *, focus: str | None = None, depth: int = 2) -> dict:
    """The data of the page: classes, nodes and edges, sorted, ready for ``json.dumps``.

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
        ``classes`` (``cls``, legend ``label``, ``color``, ``shape``, ``size``, ``count``;
        in legend order),
        ``nodes`` (``id``, ``label``, ``name``, ``cls``, ``iri``, ``alt`` names,
        ``props`` as ``[curie, [[text, language], ...]]`` pairs, ``sentences`` as
        ``{"text", "marks", "article"}`` with ``marks`` the ``[start, end)`` spans naming
        the thing, ``focus`` and, for graphs up to :data:`LAYOUT_MAX_NODES` nodes, ``x``/``y``), ``edges``
        (``from``, ``to``, ``label``, ``predicate``), ``caption``, ``headlines``,
        ``articles``.

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
    """
    graph = to_networkx(dataset, focus=focus, depth=depth)
    index = _Index(dataset)
    positions = layout(graph) if len(graph) <= LAYOUT_MAX_NODES else {}
    focus_nodes = set(graph.graph.get("focus", ()))
    node_keys = set(graph)
    nodes = []
    for key in sorted(graph):
        attrs = graph.nodes[key]
        node = {
            "id": key, "label": attrs["label"], "name": attrs["name"], "cls": attrs["cls"],
            "iri": attrs["iri"], "alt": index.alternate_names(attrs["iri"], attrs["name"]),
            "props": index.properties(attrs["iri"], node_keys, attrs["name"]),
            "sentences": index.sentences(attrs["iri"]), "focus": key in focus_nodes,
        }
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
    classes = [{"cls": cls, "label": label, "color": colour,
                "shape": _SHAPES.get(marker, "ellipse"), "size": round(size ** 0.5 * 2.0),
                "count": sum(n["cls"] == cls for n in nodes)}
               for cls, (label, colour, marker, size) in
               ((c, STYLE[c]) for c in CLASSES) if cls in present]
    return {"classes": classes, "nodes": nodes, "edges": edges,
            "caption": _caption(caption(graph)),
            "headlines": graph.graph.get("headlines", []), "articles": graph.graph.get("articles", 0)}


def html_document(dataset, *, focus: str | None = None, depth: int = 2,
                  title: str | None = None) -> str:
    """The whole page as text: the same input gives the same text.

    The title defaults to the headline(s) of the article(s).
    """
    data = graph_data(dataset, focus=focus, depth=depth)
    if title is None:
        headlines = data["headlines"]
        title = "; ".join(headlines[:2]) or "Knowledge graph"
        if len(headlines) > 2:
            title += f" (+{len(headlines) - 2} more)"
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

def _caption(text: str) -> str:
    # The picture hides edge labels in big graphs; the page shows them when zoomed in.
    return "  \u00b7  ".join(p for p in text.split("  \u00b7  ") if p != "edge labels hidden")


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
        if hasattr(dataset, "quads"):
            quads = dataset.quads((None, None, None, None))
        else:
            quads = ((s, p, o, dataset) for s, p, o in dataset.triples((None, None, None)))
        for s, p, o, g in quads:
            props[s][p].add(o)
            graph_of.setdefault(s, getattr(g, "identifier", g))
        self.props = props
        by_key = {str(s): s for s in props}
        self._by_key = by_key

        # Headline of the article of each named graph, for sentences of many articles.
        headline = {}
        for s, p in props.items():
            if SDO.NewsArticle in p.get(RDF.type, ()) and s in graph_of:
                headline.setdefault(graph_of[s], _first_text(p.get(SDO.headline, ())) or "")
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

        self._sentences = {}
        for key, by_sentence in found.items():
            rows = []
            for sentence, spans in by_sentence.items():
                sp = props.get(sentence, {})
                text = _first_text(sp.get(NIF.anchorOf, ()))
                if not text:
                    continue
                marks = sorted([a, b] for a, b in (s for s in spans if s) if text[a:b])
                rows.append(((headline.get(graph_of.get(sentence), ""),
                              _int(sp.get(NIF.beginIndex)), str(sentence)),
                             {"text": text, "marks": marks,
                              "article": headline.get(graph_of.get(sentence), "")}))
            self._sentences[key] = [row for _, row in sorted(rows, key=lambda r: r[0])]

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

    def sentences(self, key: str) -> list[dict]:
        return self._sentences.get(key, [])[:MAX_SENTENCES]

    def alternate_names(self, key: str, name: str) -> list[str]:
        p = self.props.get(self._by_key.get(key), {})
        names = {" ".join(str(v).split()) for pred in (SDO.alternateName, SKOS.altLabel)
                 for v in p.get(pred, ())}
        return sorted(names - {name}, key=lambda n: (n.casefold(), n))

    def properties(self, key: str, node_keys: set, name: str) -> list:
        """``[curie, [[text, language], ...]]`` of all but the drawn links and the name."""
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


def _int(values) -> int | None:
    for v in sorted(values or (), key=str):
        try:
            return int(v)
        except (TypeError, ValueError):
            continue
    return None
