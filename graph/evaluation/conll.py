"""``kg eval --conll FILE``: the typed NIF mentions scored against a CoNLL / IOB2 NER file.

Each sentence is built as its own article; a mention is widened to the whole tokens it
touches (as conlleval reads BIO labels) and scored strictly (same span, same type) and
by overlap, per type (PER, ORG, LOC) and over all.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from ..build import build_dataset
from ..extract.iob import read_conll
from ..extract import extract
from ..types import Article
from .gold import SPARQL_PREFIXES, Counts, set_counts

__all__ = ["ConllReport", "check_conll", "evaluate_conll", "format_conll"]


@dataclass
class ConllReport:
    strict: dict[str, Counts]
    overlap: dict[str, Counts]
    sentences: int

    def to_json(self) -> dict:
        def block(d):
            return {t: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                        "recall": round(c.recall, 4), "f1": round(c.f1, 4)} for t, c in d.items()}
        return {"sentences": self.sentences, "strict": block(self.strict), "overlap": block(self.overlap)}


_CLASS_TYPE = {"https://schema.org/Person": "PER", "https://schema.org/Organization": "ORG",
               "https://schema.org/GovernmentOrganization": "ORG", "https://schema.org/LocalBusiness": "ORG",
               "https://schema.org/Place": "LOC", "https://schema.org/AdministrativeArea": "LOC"}


def _token_aligned(b: int, e: int, starts: list[int], ends: list[int]) -> tuple[int, int]:
    """Widen a mention to the whole tokens it touches, as conlleval reads BIO labels.

    A CoNLL file can only label whole tokens, so "Jokowi" inside the token "(Jokowi)"
    is that token's label, as every token-level NER scorer counts it.
    """
    i = bisect.bisect_right(ends, b)  # the first token ending after the mention starts
    j = bisect.bisect_left(starts, e) - 1  # the last token starting before it ends
    if i >= len(starts) or j < i:
        return b, e
    return min(b, starts[i]), max(e, ends[j])


_TAG = re.compile(r"O|[BIES]-\S+")


def check_conll(path: str | Path) -> None:
    """Refuse, in one line naming the file (and the line), what is no CoNLL / IOB2 file: one
    that cannot be read, binary data, a line whose last column is no tag, no sentence at all.

    Raises
    ------
    ValueError
        What is wrong, naming ``path``.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:65536]:
        raise ValueError(f"{path}: binary data, not a CoNLL file")
    text = data.decode("utf-8", errors="replace")
    sentences = 0
    blank = True
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            blank = True
            continue
        if len(parts) > 1 and not _TAG.fullmatch(parts[-1]):
            raise ValueError(f"{path}:{n}: not a CoNLL/IOB2 line (its last column {parts[-1][:40]!r} is "
                             "no tag: O, B-TYPE or I-TYPE)")
        sentences += blank
        blank = False
    if not sentences:
        raise ValueError(f"no sentences in {path}")


def evaluate_conll(path: str | Path, limit: int | None = None) -> ConllReport:
    """Build each sentence as its own article and score the typed NIF mentions.

    Raises
    ------
    ValueError
        When ``path`` is no CoNLL file or holds no sentence (:func:`check_conll`).
    """
    check_conll(path)
    sents = read_conll(path)[:limit]
    gold: dict[str, set[tuple[int, int, str]]] = {}
    starts: dict[str, list[int]] = {}
    ends: dict[str, list[int]] = {}
    extractions = []
    for n, (tokens, spans) in enumerate(sents):
        offsets, pos = [], 0
        for t in tokens:
            offsets.append((pos, pos + len(t)))
            pos += len(t) + 1
        text = " ".join(tokens)
        aid = f"s{n:05d}"
        gold[aid] = {(offsets[a][0], offsets[b - 1][1], kind) for a, b, kind in spans}
        starts[aid], ends[aid] = [o[0] for o in offsets], [o[1] for o in offsets]
        extractions.append(extract(Article(aid, text)))
    ds = build_dataset(extractions)
    q = SPARQL_PREFIXES + """
    SELECT DISTINCT ?art ?b ?e ?cls WHERE {
      ?m a nif:Phrase ; itsrdf:taIdentRef ?ent ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?ctx .
      ?ctx nif:sourceUrl ?art .
      ?ent a ?cls .
    }"""
    texts = {x.article.id: x.article.text for x in extractions}
    pred: dict[str, set[tuple[int, int, str]]] = {aid: set() for aid in gold}
    for row in ds.query(q):
        kind = _CLASS_TYPE.get(str(row.cls))
        if kind:
            aid = str(row.art).rsplit("/", 1)[1]
            b, e = _token_aligned(int(row.b), int(row.e), starts.get(aid, []), ends.get(aid, []))
            pred.setdefault(aid, set()).add((b, e, kind))
    types = ("PER", "ORG", "LOC")
    strict = {t: Counts() for t in (*types, "all")}
    overlap = {t: Counts() for t in (*types, "all")}
    for aid, g in gold.items():
        p = pred.get(aid, set())
        for t in types:
            gt = {x for x in g if x[2] == t}
            pt = {x for x in p if x[2] == t}
            c = set_counts(gt, pt)
            text = texts.get(aid, "")
            # for --verbose: the span, then the sentence it is in
            c.misses = [f"{aid} {text[a:b]!r} | {text}" for a, b, _ in sorted(gt - pt)]
            c.false_positives = [f"{aid} {text[a:b]!r} | {text}" for a, b, _ in sorted(pt - gt)]
            strict[t].add(c)
            used: set = set()
            o = Counts()
            for gs in sorted(gt):
                hit = next((ps for ps in sorted(pt) if ps not in used and ps[0] < gs[1] and gs[0] < ps[1]), None)
                if hit:
                    used.add(hit)
                    o.tp += 1
                else:
                    o.fn += 1
            o.fp += len(pt - used)
            overlap[t].add(o)
    for d in (strict, overlap):
        for t in types:
            d["all"].tp += d[t].tp
            d["all"].fp += d[t].fp
            d["all"].fn += d[t].fn
    return ConllReport(strict, overlap, len(sents))


def format_conll(report: ConllReport, verbose: bool = False) -> str:
    lines = [f"{report.sentences} sentences", f"{'type':6} {'strict P':>9} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}"]
    for t in report.strict:
        s, o = report.strict[t], report.overlap[t]
        lines.append(f"{t:6} {s.precision:9.3f} {s.recall:6.3f} {s.f1:6.3f}   {o.precision:9.3f} {o.recall:6.3f} {o.f1:6.3f}")
    if verbose:  # strict misses and false positives, one a line: type, sentence id, span | sentence
        for t, c in report.strict.items():
            if t == "all":
                continue
            lines += [f"MISS {t} {m}" for m in c.misses]
            lines += [f"FP   {t} {m}" for m in c.false_positives]
    return "\n".join(lines)
