"""The whole path for the command line and the Python API: inputs → exports.

``build()`` reads articles, extracts, builds the dataset and writes every export.
All exports are serialized in memory first and only then written, each atomically, so
a failed build leaves the previous exports as they were.
"""
from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .types import Article, Extraction, Skipped

__all__ = ["BuildSummary", "build", "extract_all", "EXPORT_FILES"]

log = logging.getLogger("graph")

EXPORT_FILES = {"trig": "graph.trig", "turtle": "graph.ttl", "jsonld": "graph.jsonld"}
PICTURE_FILE = "graph.png"


@dataclass
class BuildSummary:
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.entities.items()))
        out = [f"articles: {self.articles} built, {len(self.skipped)} skipped",
               f"entities: {kinds or 'none'}",
               f"triples:  {self.triples}",
               f"seconds:  {self.seconds:.2f}"]
        out += [f"wrote:    {p}" for p in self.outputs]
        return out


def extract_all(articles: Iterable[Article | Skipped], summary: BuildSummary) -> list[Extraction]:
    """Extract every readable article; unreadable inputs are collected in ``summary.skipped``."""
    from .extract import extract

    seen: dict[str, int] = {}
    out = []
    for item in articles:
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        if item.id in seen:  # the same file name in two folders
            seen[item.id] += 1
            item = replace(item, id=f"{item.id}-{item.sha256[:8] or seen[item.id]}")
        seen.setdefault(item.id, 0)
        try:
            out.append(extract(item))
        except Exception as exc:  # one bad article must not stop a corpus
            summary.skipped.append(Skipped(item.source, f"extraction failed: {exc}"))
    return out


def _count(extractions: list[Extraction]) -> Counter:
    c: Counter = Counter()
    for x in extractions:
        c["people"] += len(x.people)
        c["organizations"] += sum(not o.is_business for o in x.organizations)
        c["businesses"] += sum(o.is_business for o in x.organizations)
        c["places"] += len(x.places)
        c["events"] += len(x.events)
        c["quotes"] += len(x.quotes)
        c["posts"] += len(x.posts)
    return c


def build(inputs: Iterable[str | Path], out_dir: str | Path = "exports", *, base: str | None = None,
          picture: bool = True) -> BuildSummary:
    """Build the knowledge graph of ``inputs`` and write the exports into ``out_dir``.

    Raises
    ------
    ValueError
        When no input yields an article (nothing would be written).
    """
    from .build import build_dataset
    from .export import serialize, write_atomic
    from .ingest import iter_articles

    t0 = time.perf_counter()
    summary = BuildSummary()
    extractions = extract_all(iter_articles(list(inputs)), summary)
    summary.articles = len(extractions)
    if not extractions:  # one line naming what was wrong, and nothing written
        what = "; ".join(str(s) for s in summary.skipped[:3]) or "no input files found"
        more = f" (and {len(summary.skipped) - 3} more)" if len(summary.skipped) > 3 else ""
        raise ValueError(f"no article could be read: {what}{more}; nothing written")
    for skipped in summary.skipped:
        log.warning("skipped %s", skipped)
    summary.entities = _count(extractions)
    ds = build_dataset(extractions, base)
    summary.triples = len(ds)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # stage every file first; only when all are complete do they replace the old ones
    staged: list[tuple[Path, Path]] = []
    try:
        for fmt, name in EXPORT_FILES.items():
            staged.append((write_atomic(out / f".{name}.staged", serialize(ds, fmt)), out / name))
        if picture:
            from .render import render_png
            staged.append((render_png(ds, out / f".{PICTURE_FILE}.staged.png"), out / PICTURE_FILE))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
        summary.outputs.append(final)
    summary.seconds = time.perf_counter() - t0
    return summary
