"""``kg validate``: check a built graph against the SHACL shapes of the profile.

The shapes ship as ``graph/shapes.ttl``; :func:`validate_dataset` runs pySHACL over the
union of the article graphs (a person named in two articles is one node, and the
shapes speak about that node) and returns a :class:`ValidationReport` whose violations
know the shape they broke, a readable label of the offending node and the article
graphs that say something about it. :func:`format_report` prints them grouped by shape.

Examples
--------
>>> from graph.build import build_dataset
>>> from graph.extract import extract
>>> from graph.types import Article
>>> ds = build_dataset([extract(Article("a", "Bupati Gianyar I Wayan Contoh hadir di Gianyar."))])
>>> report = validate_dataset(ds)
>>> report.conforms, report.violations
(True, [])
>>> format_report(report).splitlines()[-1].startswith("conforms")
True
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

from .vocab import NIF, RDFS, SDO, SKOS, bind_prefixes

__all__ = ["SHAPES", "Violation", "ValidationReport", "shapes_graph", "validate_dataset", "format_report"]

SHAPES = "https://w3id.org/kg-berita/shapes#"  # the namespace of the shapes in graph/shapes.ttl

# what names a node for a reader, best first
_LABEL_PROPERTIES = (SDO.name, RDFS.label, SKOS.prefLabel, SDO.headline, NIF.anchorOf, SDO.text)
_LABEL_WIDTH = 60


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which shape the node broke, and where to look."""

    shape: str  # IRI of the shape that reported it (kgsh:PersonNameShape …)
    shape_label: str  # its rdfs:label ("Person name")
    shape_message: str  # its sh:message: what the rule says
    detail: str  # pySHACL's message for this node (counts, datatypes, the offending text)
    focus: str  # the node that breaks the rule (IRI, or _:id for a blank node)
    focus_label: str | None  # its name, label or anchor text, when it has one
    graphs: tuple[str, ...]  # the named graphs (articles) that state something about it
    path: str | None = None
    value: str | None = None
    severity: str = "Violation"


@dataclass
class ValidationReport:
    """The outcome of :func:`validate_dataset`."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0
    graphs: int = 0
    seconds: float = 0.0

    def by_shape(self) -> dict[str, list[Violation]]:
        """Shape label → its violations; shapes and violations in a stable order."""
        groups: dict[str, list[Violation]] = defaultdict(list)
        for v in sorted(self.violations, key=lambda v: (v.shape_label, v.graphs, v.focus, v.path or "",
                                                         v.value or "")):
            groups[v.shape_label].append(v)
        return dict(sorted(groups.items()))

    def summary(self) -> str:
        """One line: conforms, or how many violations of how many shapes in how many articles."""
        size = f"{self.triples} triples in {self.graphs} graph{'s' if self.graphs != 1 else ''}"
        if self.conforms:
            return f"conforms: {size}, no violations ({self.seconds:.2f} s)"
        articles = {g for v in self.violations for g in v.graphs}
        n = len(self.violations)
        shapes = len(self.by_shape())
        return (f"does not conform: {n} violation{'s' if n != 1 else ''} of {shapes} "
                f"shape{'s' if shapes != 1 else ''} in {len(articles)} article graph"
                f"{'s' if len(articles) != 1 else ''} ({size}, {self.seconds:.2f} s)")


def shapes_graph() -> Graph:
    """The shapes shipped in ``graph/shapes.ttl``, parsed anew (pySHACL may annotate it)."""
    text = resources.files("graph").joinpath("shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


class _PreparedQueryGraph(Graph):
    """A Graph that parses each distinct SPARQL text once.

    pySHACL runs a SPARQL-based constraint once per focus node with the same text and a
    different ``$this`` binding; rdflib would parse that text every time (about 60 ms
    each, 30 s for the dev corpus's phrases). The prepared query gives the same answers.
    """

    def __init__(self) -> None:
        super().__init__()
        self._prepared: dict[str, object] = {}

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            if query_object not in self._prepared:
                from rdflib.plugins.sparql import prepareQuery
                self._prepared[query_object] = prepareQuery(query_object, initNs=dict(self.namespaces()))
            query_object = self._prepared[query_object]
        return super().query(query_object, *args, **kwargs)


def validate_dataset(ds: Dataset | Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``ds`` (every named graph together) against the profile's shapes.

    Parameters
    ----------
    ds
        A built dataset (one named graph per article) or a plain graph.
    shapes
        A shapes graph to use instead of the shipped ``graph/shapes.ttl``.

    Returns
    -------
    ValidationReport
        ``conforms`` and the violations, each with its shape, node label and article graphs.
    """
    from pyshacl import validate

    t0 = time.perf_counter()
    union = _PreparedQueryGraph()
    bind_prefixes(union)
    named: dict[URIRef, Graph] = {}
    where: dict[object, set[URIRef]] = defaultdict(set)  # subject → named graphs stating it
    if isinstance(ds, Dataset):
        for g in ds.graphs():
            if g.identifier == ds.default_graph.identifier:
                continue
            named[g.identifier] = g
            for s, p, o in g:
                union.add((s, p, o))
                where[s].add(g.identifier)
        for t in ds.default_graph:  # a dataset read from Turtle or built by hand may use it
            union.add(t)
    else:
        for t in ds:
            union.add(t)
    sg = shapes if shapes is not None else shapes_graph()
    conforms, results, _ = validate(union, shacl_graph=sg, inference="none", abort_on_first=False,
                                    allow_infos=True, allow_warnings=False)
    violations = [_violation(results, r, union, sg, named, where)
                  for r in results.subjects(SH.resultSeverity, None)]
    return ValidationReport(conforms=bool(conforms), violations=violations, triples=len(union),
                            graphs=len(named) or 1, seconds=time.perf_counter() - t0)


def _violation(results: Graph, r, data: Graph, sg: Graph, named: dict[URIRef, Graph], where) -> Violation:
    shape = results.value(r, SH.sourceShape)
    if shape is not None and not isinstance(shape, URIRef):  # an anonymous property shape: name its parent
        shape = sg.value(None, SH.property, shape) or shape
    focus = results.value(r, SH.focusNode)
    path = results.value(r, SH.resultPath)
    value = results.value(r, SH.value)
    graphs = where.get(focus, set())
    if isinstance(path, URIRef) and value is not None:  # prefer the graphs that state the offending triple
        graphs = {g for g in graphs if (focus, path, value) in named[g]} or graphs
    severity = results.value(r, SH.resultSeverity)
    shape_message = str(_pick(sg.objects(shape, SH.message)) or "")
    # pySHACL repeats the shape's own message; keep what is particular to this node
    detail = [str(m) for m in sorted(results.objects(r, SH.resultMessage)) if str(m) != shape_message]
    component = results.value(r, SH.sourceConstraintComponent)
    if component is not None:
        name = str(component).rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
        detail.insert(0, f"broken: sh:{name.lower() if name.isupper() else name[:1].lower() + name[1:]}")
    if value is None and isinstance(path, URIRef):  # a count constraint: show what is there
        present = sorted(data.objects(focus, path))
        if present:
            shown = ", ".join(_short(v, data) for v in present[:3])
            detail.append(f"has {shown}{' …' if len(present) > 3 else ''}")
    return Violation(
        shape=str(shape),
        shape_label=str(_pick(sg.objects(shape, RDFS.label)) or _short(shape, sg)),
        shape_message=shape_message,
        detail="; ".join(detail),
        focus=_short(focus, data) if focus is not None else "",
        focus_label=_label(focus, data),
        graphs=tuple(sorted(str(g) for g in graphs)),
        path=_short(path, data) if path is not None else None,
        value=_short(value, data) if value is not None else None,
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
    )


def _pick(values):
    """The English value if there is one, else the first in a stable order (or None)."""
    values = sorted(values, key=lambda v: (getattr(v, "language", None) not in ("en", None), str(v)))
    return values[0] if values else None


def _label(node, g: Graph) -> str | None:
    """What a reader calls ``node``: its name, label, headline or anchor text, shortened."""
    if node is None:
        return None
    for prop in _LABEL_PROPERTIES:
        values = sorted(g.objects(node, prop), key=lambda v: (getattr(v, "language", None) != "id", str(v)))
        if values:
            text = " ".join(str(values[0]).split())
            return text if len(text) <= _LABEL_WIDTH else text[:_LABEL_WIDTH - 1] + "…"
    return None


def _short(term, g: Graph) -> str:
    """A term as a reader wants it: ``schema:name``, ``<iri>``, ``"literal"@id`` or ``_:b0``."""
    if isinstance(term, URIRef):
        try:
            return g.namespace_manager.curie(term, generate=False)
        except (KeyError, ValueError):
            return f"<{term}>"
    return term.n3(g.namespace_manager)


def _article(graph_iri: str) -> str:
    """The article id of a named graph IRI (``…/graph/01`` → ``01``)."""
    return graph_iri.rstrip("/").rsplit("/", 1)[-1]


def format_report(report: ValidationReport) -> str:
    """The violations grouped by shape, then the one-line summary.

    Each violation names the node (label and IRI), the article graphs that state it,
    and what is wrong; each group starts with the shape's label and rule.
    """
    lines: list[str] = []
    for label, violations in report.by_shape().items():
        rule = violations[0].shape_message
        lines.append(f"{label} ({len(violations)}): {rule}" if rule else f"{label} ({len(violations)})")
        for v in violations:
            who = f"{v.focus_label!r} {v.focus}" if v.focus_label else v.focus
            articles = ", ".join(_article(g) for g in v.graphs) or "-"
            lines.append(f"  - {who} [article {articles}]")
            what = [x for x in (f"path {v.path}" if v.path else "", f"value {v.value}" if v.value else "") if x]
            if v.detail:
                what.append(v.detail)
            if what:
                lines.append(f"      {'; '.join(what)}")
        lines.append("")
    lines.append(report.summary())
    return "\n".join(lines)
