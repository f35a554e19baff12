"""IOB2 labels: the one decoder of a label sequence into typed spans, and CoNLL files.

The statistical tagger (:mod:`graph.extract.ner`) writes IOB2 labels, and the NER corpora
it learns from and is scored on (CoNLL files) are written in them; both read labels back
into spans with :func:`iob_spans`.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["iob_spans", "read_conll"]


def iob_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """The typed spans of IOB2 ``labels``: (first token, last token + 1, type).

    A span ends at an "O", at a "B-" and where the type changes; a stray "I-" starts one.

    >>> iob_spans(["O", "B-PER", "I-PER", "I-LOC", "O", "I-ORG"])
    [(1, 3, 'PER'), (3, 4, 'LOC'), (5, 6, 'ORG')]
    """
    out, start, kind = [], None, None
    for i, label in enumerate([*labels, "O"]):
        if start is not None and (label == "O" or label.startswith("B-") or label[2:] != kind):
            out.append((start, i, kind))
            start = kind = None
        if start is None and label.startswith(("B-", "I-")):
            start, kind = i, label[2:]
    return out


def read_conll(path: str | Path) -> list[tuple[list[str], list[tuple[int, int, str]]]]:
    """Sentences of a CoNLL file (token first column, IOB2 tag last) as (tokens, spans).

    Spans are (first token, last token + 1, type), as :func:`iob_spans` reads them.
    """
    sentences, tokens, tags = [], [], []

    def flush():
        if tokens:
            sentences.append((list(tokens), iob_spans(tags)))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.strip().split()
            if not parts:
                flush()
                continue
            tokens.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    flush()
    return sentences
