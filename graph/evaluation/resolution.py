"""``kg eval --resolution DIR``: pairwise precision and recall of cross-article resolution.

The gold (``resolution.gold.yaml`` in DIR) lists each real entity with, per article, the
surface forms under which that article names it. Every article of DIR is built into one
dataset (as ``kg build`` does, with resolution across articles); each (entity, article)
pair of the gold is looked up in that article's named graph: the NIF mentions whose
anchor is one of the forms give the IRI the system chose (else an entity whose name or
alternate name is one of them). Then, over all pairs of such units:

- true positive: same gold entity, same IRI;
- false positive: different gold entities, same IRI (a wrong merge);
- false negative: same gold entity, different IRIs, or not found (a missed link).

Units the system did not find count as their own singleton.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ..build import build_dataset
from ..extract import extract
from ..ingest import iter_articles
from ..iris import Minter
from ..types import Skipped
from .gold import Counts

__all__ = ["ResolutionReport", "evaluate_resolution", "format_resolution", "pairwise", "split_entities"]

GOLD_FILE = "resolution.gold.yaml"


@dataclass
class ResolutionReport:
    by_kind: dict[str, Counts]
    units: int
    not_found: list[tuple[str, str, str]] = field(default_factory=list)  # (gold id, article, forms)
    wrong_merges: list[tuple[str, str, str]] = field(default_factory=list)  # (iri, gold id, gold id)
    missed_links: list[tuple[str, str, str]] = field(default_factory=list)  # (gold id, iri, iri)
    # gold entities the system split: (missed pairs, gold id, [(article, iri or None)])
    splits: list[tuple[int, str, list[tuple[str, str | None]]]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"units": self.units,
                "pairs": {k: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                              "recall": round(c.recall, 4), "f1": round(c.f1, 4)} for k, c in self.by_kind.items()},
                "not_found": [list(x) for x in self.not_found],
                "wrong_merges": [list(x) for x in self.wrong_merges],
                "missed_links": [list(x) for x in self.missed_links],
                "splits": [{"id": g, "missed": n, "articles": dict(arts)} for n, g, arts in self.splits]}


def pairwise(units: list[tuple[str, str, str | None]]) -> tuple[Counts, list, list]:
    """Pair counts over units (unit id, gold cluster, system cluster or ``None``).

    >>> c, _, _ = pairwise([("1", "a", "x"), ("2", "a", "x"), ("3", "b", "x"), ("4", "b", None)])
    >>> (c.tp, c.fp, c.fn)
    (1, 2, 1)
    """
    counts = Counts()
    merges, misses = [], []
    for (u1, g1, s1), (u2, g2, s2) in combinations(units, 2):
        same_sys = s1 is not None and s1 == s2
        if g1 == g2 and same_sys:
            counts.tp += 1
        elif same_sys:
            counts.fp += 1
            merges.append((s1, g1, g2))
        elif g1 == g2:
            counts.fn += 1
            misses.append((g1, s1 or f"(not found in {u1})", s2 or f"(not found in {u2})"))
    return counts, merges, misses


_LOOKUP = """
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?form ?e ?how WHERE {
  { GRAPH ?g { ?m nif:anchorOf ?form ; itsrdf:taIdentRef ?e } BIND(1 AS ?how) }
  UNION
  { GRAPH ?g { ?e schema:name|schema:alternateName ?form } BIND(2 AS ?how) }
}
"""


def evaluate_resolution(folder: str | Path) -> ResolutionReport:
    """Build every article of ``folder`` into one dataset and score it against its
    ``resolution.gold.yaml``.

    Raises
    ------
    ValueError
        When the folder has no gold file or no article.
    """
    folder = Path(folder)
    gold_path = folder / GOLD_FILE
    if not gold_path.is_file():
        raise ValueError(f"{folder}: no {GOLD_FILE}")
    from .gold import read_gold
    gold = read_gold(gold_path)
    articles = [a for a in iter_articles(sorted(folder.glob("*.txt"))) if not isinstance(a, Skipped)]
    if not articles:
        raise ValueError(f"{folder}: no article to build")
    ds = build_dataset([extract(a) for a in articles])
    minter = Minter()
    graph_of = {str(minter.graph(a.id)): a.id for a in articles}
    found: dict[tuple[str, str], Counter] = {}  # (article, form) → IRIs, mentions first
    for row in ds.query(_LOOKUP):
        aid = graph_of.get(str(row.g))
        if aid is None:
            continue
        weight = 1000 if int(row.how) == 1 else 1
        found.setdefault((aid, str(row.form).casefold()), Counter())[str(row.e)] += weight
    units: dict[str, list] = {}
    report = ResolutionReport({}, 0)
    try:
        for ent in gold.get("entities", []):
            kind = ent.get("kind", "other")
            for aid, forms in (ent.get("mentions") or {}).items():
                votes: Counter = Counter()
                for form in forms:
                    votes.update(found.get((str(aid), str(form).casefold()), Counter()))
                iri = votes.most_common(1)[0][0] if votes else None
                if iri is None:
                    report.not_found.append((ent["id"], str(aid), ", ".join(map(str, forms))))
                units.setdefault(kind, []).append((f"{ent['id']}@{aid}", ent["id"], iri))
    except (KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ValueError(f"{gold_path}: not a resolution gold annotation as the corpus README describes it "
                         f"({type(exc).__name__}: {exc})") from None
    report.splits = split_entities(units)
    total = Counts()
    for kind, us in sorted(units.items()):
        counts, merges, misses = pairwise(us)
        report.by_kind[kind] = counts
        report.wrong_merges += merges
        report.missed_links += misses
        total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
        report.units += len(us)
    report.by_kind["all"] = total
    return report


def split_entities(units: dict[str, list]) -> list[tuple[int, str, list[tuple[str, str | None]]]]:
    """Each gold entity whose articles the system did not put in one cluster, with the
    pairs so missed, most first."""
    by_entity: dict[str, list[tuple[str, str | None]]] = {}
    for us in units.values():
        for unit, gold, iri in us:
            by_entity.setdefault(gold, []).append((unit.rpartition("@")[2], iri))
    out = []
    for gold, arts in by_entity.items():
        sizes = Counter(iri for _, iri in arts if iri is not None)
        missed = len(arts) * (len(arts) - 1) // 2 - sum(k * (k - 1) // 2 for k in sizes.values())
        if missed:
            out.append((missed, gold, sorted(arts)))
    return sorted(out, key=lambda x: (-x[0], x[1]))


def format_resolution(report: ResolutionReport, verbose: bool = False) -> str:
    lines = [f"{report.units} (entity, article) units; pairs across articles",
             f"{'kind':13} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for k, c in report.by_kind.items():
        lines.append(f"{k:13} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    if verbose:
        lines += [f"not found:    {g} in {a} ({forms})" for g, a, forms in report.not_found]
        lines += [f"wrong merge:  {g1} + {g2} as {iri}" for iri, g1, g2 in sorted(set(report.wrong_merges))]
        lines += [f"missed link:  {g}: {s1} / {s2}" for g, s1, s2 in sorted(set(report.missed_links))]
        lines += [f"split ({n} pairs): {g}: " + "; ".join(f"{a}={iri or '(not found)'}" for a, iri in arts)
                  for n, g, arts in report.splits]
    return "\n".join(lines)
