"""The statistical tagger's reading of a sentence (:mod:`graph.extract.ner`), tagged once
per sentence, and what it says of a span the rules guessed."""
from __future__ import annotations

import bisect

from .. import ner
from ..document import Document

__all__ = ["CRF_KIND", "crf_sentence", "tagger_starts_person", "tagger_reads_person", "crf_verdict"]


CRF_KIND = {"PER": "person", "ORG": "org", "LOC": "place"}


# a guess of the rules is dropped when the tagger gives each of its words at least this
# probability of being no name
_CRF_VETO = 0.9


# and the tagger's type replaces the rules' guess when it is at least this sure of it (chosen
# on a held-out fifth of the tagger's training corpus: 0.3, 0.6 and 0.8 score alike there;
# the highest keeps most of the rules' guesses)
_CRF_RETYPE = 0.8


# the free words after a body's head stop where the tagger starts a person this surely
_CRF_PERSON_START = 0.5


def crf_sentence(doc: Document, i: int) -> tuple[int, list[str], list[float], list[float]]:
    """The statistical tagger's reading of the sentence holding token ``i``: the index of its
    first token, and for each token its label, that label's probability and the probability
    of "O" (see :func:`graph.extract.ner.tag`). Each sentence is tagged once."""
    n = bisect.bisect_right(doc.sentence_starts, doc.tokens[i].start) - 1
    if n not in doc.tagged:
        s0, e0 = doc.sentences[n]
        a0, b0 = bisect.bisect_left(doc.token_starts, s0), bisect.bisect_left(doc.token_starts, e0)
        doc.tagged[n] = (a0, *ner.tag([t.text for t in doc.tokens[a0:b0]]))
    return doc.tagged[n]


def tagger_starts_person(doc: Document, i: int, sure: float = _CRF_PERSON_START) -> bool:
    """Whether the statistical tagger reads a person's name starting at token ``i``, at least
    ``sure`` of it."""
    a0, labels, probs, _ = crf_sentence(doc, i)
    return labels[i - a0] == "B-PER" and probs[i - a0] >= sure


def _sure_spans(doc: Document, a0: int, labels: list[str], probs: list[float]):
    """The spans the tagger is sure enough of to retype a guess, in the sentence starting at
    token ``a0``, and their ends; read once a sentence (a sentence can be long)."""
    memo = doc.memo.setdefault("crf_sure_spans", {})
    if a0 not in memo:
        sure = [(a, b, label) for a, b, label, p in ner.spans_of(labels, probs) if p >= _CRF_RETYPE]
        memo[a0] = sure, [b for _, b, _ in sure]
    return memo[a0]


def tagger_reads_person(doc: Document, i: int) -> bool:
    """Whether the statistical tagger's label of token ``i`` is a person's (B-PER or I-PER)."""
    a0, labels, _, _ = crf_sentence(doc, i)
    return labels[i - a0].endswith("PER")


def crf_verdict(doc: Document, i: int, j: int):
    """What the tagger says of tokens i..j, a name the rules guessed from its context:
    "veto" when it is sure they are no name, a kind ("person", "org", "place") when it
    reads them as (part of) one name of a type, else None (the guess stands)."""
    a0, labels, probs, p_out = crf_sentence(doc, i)
    inside = range(i - a0, j - a0)
    if all(labels[k] == "O" and p_out[k] >= _CRF_VETO for k in inside):
        return "veto"
    sure, ends = _sure_spans(doc, a0, labels, probs)
    hits = []
    for a, b, label in sure[bisect.bisect_right(ends, i - a0):]:  # spans end in order: skip those before i
        if a >= j - a0:
            break
        hits.append((a, b, label))
    if len(hits) != 1 or hits[0][0] + a0 > i or hits[0][1] + a0 < j:
        return None  # the tagger does not cut a guess down ("Budi Santoso" to "Santoso")
    return CRF_KIND[hits[0][2]]
