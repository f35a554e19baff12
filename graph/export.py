"""Serializations of a built dataset: each a pure ``serialize_*`` plus an atomic writer.

Writers never leave a half-written file: they write a temporary file in the target
folder and ``os.replace`` it over the old one only once it is complete.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .vocab import bind_prefixes

__all__ = ["FORMATS", "serialize", "write_atomic", "write_rdf", "union_graph"]

# name -> (rdflib format, needs quads)
FORMATS: dict[str, tuple[str, bool]] = {
    "trig": ("trig", True),
    "nquads": ("nquads", True),
    "turtle": ("turtle", False),
    "nt": ("nt", False),
    "jsonld": ("json-ld", True),
    "xml": ("xml", False),
}
ALIASES = {"ttl": "turtle", "n-triples": "nt", "ntriples": "nt", "nq": "nquads", "n-quads": "nquads",
           "json-ld": "jsonld", "rdfxml": "xml", "rdf": "xml", "rdf/xml": "xml"}


def _format(name: str) -> str:
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        known = ", ".join(sorted(FORMATS) + sorted(ALIASES))
        raise ValueError(f"unknown format {name!r}; known formats: {known}")
    return key


def union_graph(ds: Dataset) -> Graph:
    """All triples of all named graphs in one plain graph (for triple-only formats)."""
    g = Graph()
    bind_prefixes(g)
    for prefix, ns in ds.namespaces():
        if prefix == "":
            g.bind("", ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def serialize(ds: Dataset, fmt: str) -> bytes:
    """The dataset in ``fmt`` (trig, nquads, turtle, nt, jsonld, xml, or an alias)."""
    key = _format(fmt)
    rdflib_fmt, quads = FORMATS[key]
    target = ds if quads else union_graph(ds)
    if key == "jsonld":
        from .vocab import PREFIXES
        context = {p: str(ns) for p, ns in PREFIXES.items()}
        return target.serialize(format=rdflib_fmt, context=context, auto_compact=True).encode("utf-8")
    out = target.serialize(format=rdflib_fmt)
    return out.encode("utf-8") if isinstance(out, str) else out


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` all at once, or not at all."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return path


def write_rdf(ds: Dataset, path: str | Path, fmt: str | None = None) -> Path:
    """Serialize ``ds`` to ``path``; the format comes from ``fmt`` or the file suffix."""
    path = Path(path)
    fmt = fmt or {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt",
                  ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "xml", ".xml": "xml"}.get(path.suffix, "")
    if not fmt:
        raise ValueError(f"cannot tell the RDF format of {path.name!r}; give one of: {', '.join(FORMATS)}")
    return write_atomic(path, serialize(ds, fmt))
