"""Reading CoNLL / IOB2 NER files: :func:`read_conll`, for :mod:`graph.ner` (training and
scoring the CRF) and :mod:`graph.evaluation.conll` (``kg eval --conll``).

The scoring that lived here is in :mod:`graph.evaluation` (``gold``, ``conll``,
``resolution``).
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["read_conll"]


def read_conll(path: str | Path) -> list[tuple[list[str], list[tuple[int, int, str]]]]:
    """Sentences of a CoNLL file (token first column, IOB2 tag last) as (tokens, spans).

    Spans are (first token, last token + 1, type). A stray I- tag starts a span.
    """
    sentences, tokens, tags = [], [], []

    def flush():
        if tokens:
            spans, start, kind = [], None, None
            for i, tag in enumerate(tags + ["O"]):
                if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
                    spans.append((start, i, kind))
                    start = kind = None
                if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                    start, kind = i, tag[2:]
            sentences.append((list(tokens), spans))
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
