"""A small statistical tagger for names: a linear-chain CRF (python-crfsuite) over tokens.

The rules in :mod:`graph.extract` find names by their titles, honorifics and lexicons; a
name written bare ("kata Anis di Jakarta") is where they guess. The CRF learns those
guesses from a tagged corpus (CoNLL, IOB2, types PER/ORG/LOC) and gives each span a
probability, so the extractor can take the confident ones where the rules found nothing.

Features are the word itself, its shape and affixes, its neighbours', and membership in
our own lexicons. No part-of-speech tags: real articles have none. Training reads the
CoNLL tokens back through :func:`graph.extract.text.tokenize`, the tokenizer the
extractor uses, so that features at run time match those seen in training.

Train with ``python -m graph.extract.ner train TRAIN.txt OUT.crfsuite``; the model shipped in
``graph/models/ner.crfsuite`` is loaded once per process, on first use.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .iob import iob_spans, read_conll
from .lexicon import lexicon
from .text import tokenize

__all__ = ["features", "train", "tagger", "tag", "spans", "spans_of", "MODEL", "MIN_PROBABILITY"]

MODEL = "models/ner.crfsuite"  # inside the package
# a span is taken when every token's marginal probability of its label is at least this;
# chosen on a held-out fifth of the training corpus (every fifth sentence): with a model trained
# on the rest, the extractor scored best there at 0.3 of 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95
MIN_PROBABILITY = 0.3

# L1 keeps the model small (most weights become zero); L2 a little, for stability
_TRAIN_PARAMS = {"c1": 0.3, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True,
                 "feature.minfreq": 2}


_DIGIT_RE = re.compile(r"\d")
_REPEAT_RE = re.compile(r"(.)\1+")
# A-Z to X, a-z to x, 0-9 to d in one pass (the classes are apart, so the order of the
# replacements does not matter); a digit of another script by _DIGIT_RE
_SHAPE_TABLE = str.maketrans({**dict.fromkeys(map(chr, range(65, 91)), "X"),
                              **dict.fromkeys(map(chr, range(97, 123)), "x"), **dict.fromkeys("0123456789", "d")})


def _shape(word: str) -> str:
    """Xxxx, XXX, dd, Xx-Xx: letters and digits by class, runs collapsed.

    >>> _shape("Rudi"), _shape("DPRD"), _shape("2020"), _shape("Al-Falah"), _shape("٢٠٢٠")
    ('Xxx', 'XX', 'dd', 'Xx-Xxx', 'dd')
    """
    s = word.translate(_SHAPE_TABLE)
    if not s.isascii():
        s = _DIGIT_RE.sub("d", s)
    return _collapsed(s)


@lru_cache(maxsize=20_000)  # (the shapes are few: most words are "Xxx" or "xx" before this)
def _collapsed(shape: str) -> str:
    """Each run of one character in ``shape`` cut to two."""
    return _REPEAT_RE.sub(r"\1\1", shape)


@lru_cache(maxsize=1)
def _lexicon_sets() -> dict[str, frozenset[str]]:
    """Lexicon words by feature name, the way a token is looked up in them."""
    lx = lexicon()
    title_words = {w for f in lx.titles for w in f.split()}
    inst_words = {w for f in lx.institutions for w in f.split()} | set(lx.agency_words) | set(lx.org_words)
    region_words = {w for n in list(lx.regions_by_name) + list(lx.region_aliases) for w in n.split()}
    country_words = {w for n in lx.countries for w in n.split()}
    return {
        "title": frozenset(title_words),
        "hon": frozenset(lx.prefixes | lx.suffixes | lx.ranks | lx.corps),
        "namestart": frozenset(lx.name_starts | lx.name_inner),
        "inst": frozenset(inst_words),
        "orgname": frozenset(lx.org_names) | frozenset(lx.acronyms),
        "region": frozenset(region_words),
        "country": frozenset(country_words),
        "speech": frozenset(lx.speech_after) | frozenset(lx.speech_before),
        "placecue": frozenset(lx.place_cues) | frozenset(lx.geo_words),
        "personcue": frozenset(lx.person_cues),
        "startword": frozenset(lx.start_words) | frozenset(lx.thing_words) | frozenset(lx.office_words),
    }


@lru_cache(maxsize=50_000)
def _word_features(word: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A word's own features, and those of them its neighbours see (no word, no affixes),
    prefixed for each of the four offsets it can be seen from (see _NEIGHBOURS)."""
    f = _own_features(word)
    seen = [x for x in f if not x.startswith(_UNSEEN)]
    return tuple(f), tuple([tuple([tag + x for x in seen]) for tag in _NEIGHBOURS])


def _own_features(word: str) -> list[str]:
    """A word's own features: itself, its shape and affixes, its case, its lexicons."""
    sets, dictionary = _lexicon_sets(), lexicon().dictionary
    low = word.lower()
    f = [f"w={word}", f"lw={low}", f"sh={_shape(word)}", f"p2={low[:2]}", f"p3={low[:3]}",
         f"s2={low[-2:]}", f"s3={low[-3:]}"]
    if word[:1].isupper():
        f.append("cap")
        if word.isupper() and len(word) > 1:
            f.append("upper")
        elif word[1:].islower():
            f.append("title")
    if word.isdigit():
        f.append("digit")
    elif not word[:1].isalnum():
        f.append("punct")
    if low in dictionary:
        f.append("dict")
    f.extend(f"lx:{name}" for name, words in sets.items() if word in words)
    return f


_NEIGHBOURS = ("-2:", "-1:", "+1:", "+2:")  # the prefixes of a neighbour's features, by offset
_UNSEEN = ("p2=", "p3=", "s2=", "s3=", "w=")  # the features a neighbour does not see: the word, its affixes


def features(tokens: list[str]) -> list[list[str]]:
    """CRF features of each token: its own and its neighbours' (±2).

    >>> fs = features(["kata", "Budi", "Santoso"])
    >>> "w=Budi" in fs[1], "-1:lw=kata" in fs[1], "+1:cap" in fs[1]
    (True, True, True)
    """
    own = [_word_features(w) for w in tokens]
    n = len(tokens)
    out = []
    for i in range(n):
        f = ["bias", *own[i][0]]
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for k, d in enumerate((-2, -1, 1, 2)):
            j = i + d
            if 0 <= j < n:  # neighbours: the class features, not the word or its affixes
                f.extend(own[j][1][k])
        if i > 0:
            f.append(f"bi=-1:{tokens[i - 1].lower()}|{tokens[i].lower()}")
        out.append(f)
    return out


def _retokenized(tokens: list[str], spans: list[tuple[int, int, str]]) -> tuple[list[str], list[str]]:
    """A CoNLL sentence in the extractor's tokens, with IOB2 labels carried over by offsets.

    >>> _retokenized(["ketua", "(PKB)", "Anis"], [(1, 2, "ORG"), (2, 3, "PER")])
    (['ketua', '(', 'PKB', ')', 'Anis'], ['O', 'O', 'B-ORG', 'O', 'B-PER'])
    """
    text = " ".join(tokens)
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    char_spans = [(starts[a], starts[b - 1] + len(tokens[b - 1]), kind) for a, b, kind in spans]
    words, labels, current = [], [], None
    for t in tokenize(text):
        hit = next(((a, b, kind) for a, b, kind in char_spans if a <= t.start and t.end <= b), None)
        if hit and not t.text[:1].isalnum() and not any(
                x.start > t.start and x.text[:1].isalnum() for x in tokenize(text, t.end, hit[1])):
            hit = None  # a closing parenthesis glued to a name ("(PKB)") is no part of it
        if hit and not t.text[:1].isalnum() and current != hit:
            hit = None  # nor an opening one
        labels.append("O" if hit is None else f"{'I' if current == hit else 'B'}-{hit[2]}")
        current = hit
        words.append(t.text)
    return words, labels


def _sequences(conll_path: str | Path):
    for tokens, spans in read_conll(conll_path):
        words, labels = _retokenized(tokens, spans)
        yield words, labels


def train(conll_path: str | Path, model_path: str | Path, params: dict | None = None) -> Path:
    """Train the CRF on a CoNLL/IOB2 file and write the model (deterministic: same file in,
    same model out)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for words, labels in _sequences(conll_path):
        trainer.append(features(words), labels)
    trainer.set_params({**_TRAIN_PARAMS, **(params or {})})
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    return model_path


@lru_cache(maxsize=4)
def tagger(model_path: str | None = None):
    """The CRF tagger, loaded once per process (the shipped model unless a path is given)."""
    import pycrfsuite

    t = pycrfsuite.Tagger()
    if model_path is None:
        with resources.as_file(resources.files("graph").joinpath(MODEL)) as path:
            t.open(str(path))
    else:
        t.open(str(model_path))
    return t


@lru_cache(maxsize=4)
def _model_attributes(model_path: str | None = None) -> frozenset[str]:
    """The features the model has weights for: crfsuite drops every other one of a sequence
    it is given, after converting it (most of the time of tagging)."""
    return frozenset(tagger(model_path).info().attributes)


class _ModelWords:
    """What a model reads of each word, kept across sentences and articles: the word's own
    features after the ones every token has (``bias``), then those its neighbours see of it
    from two before, one before, one after and two after: :func:`_word_features` without
    the ones the model has no weight for, in the same order, encoded in UTF-8 as crfsuite
    reads them (given ``str``, the tagger encodes each feature of each sentence anew); and
    the first words of the bigrams the model knows, so that only those few words build a
    bigram to look up."""

    __slots__ = ("model_path", "known", "head", "bos", "eos", "bigram_firsts", "rows", "readings")

    LIMIT = 200_000  # words kept; a long run over a large corpus starts afresh past it

    def __init__(self, model_path: str | None) -> None:
        self.model_path = model_path
        self.known = known = _model_attributes(model_path)
        self.head = (b"bias",) if "bias" in known else ()
        self.bos, self.eos = "BOS" in known, "EOS" in known
        # every x with "bi=-1:" + x + "|" starting a known bigram (a superset of the first words,
        # whatever "|" a word holds)
        self.bigram_firsts = frozenset(b[6:6 + k] for b in known if b.startswith("bi=-1:")
                                       for k, ch in enumerate(b[6:]) if ch == "|")
        self.rows: dict[str, tuple[tuple[bytes, ...], ...]] = {}
        # feature -> (it encoded, or None when the model does not know it; what each neighbour
        # sees of it, in _NEIGHBOURS' order, or None when it sees nothing): most features
        # (shapes, affixes, lexicons) are shared by many words
        self.readings: dict[str, tuple[bytes | None, tuple[bytes | None, ...] | None]] = {}

    def of(self, word: str) -> tuple[tuple[bytes, ...], ...]:
        """The word's row, made and kept."""
        if len(self.rows) > self.LIMIT:
            self.rows.clear()
            self.readings.clear()
        readings, own, seen = self.readings, [], []
        for x in _own_features(word):
            as_own, as_seen = readings[x] if x in readings else self._reading(x)
            if as_own is not None:
                own.append(as_own)
            if as_seen is not None:
                seen.append(as_seen)
        row = self.rows[word] = (self.head + tuple(own),
                                 *(tuple([q[k] for q in seen if q[k] is not None]) for k in range(len(_NEIGHBOURS))))
        return row

    def _reading(self, feature: str) -> tuple[bytes | None, tuple[bytes | None, ...] | None]:
        known = self.known
        as_own = feature.encode() if feature in known else None
        as_seen = None if feature.startswith(_UNSEEN) else \
            tuple([(tag + feature).encode() if tag + feature in known else None for tag in _NEIGHBOURS])
        reading = self.readings[feature] = as_own, as_seen
        return reading


@lru_cache(maxsize=4)
def _model_words(model_path: str | None = None) -> _ModelWords:
    return _ModelWords(model_path)


_NONE: tuple[bytes, ...] = ()  # what a word beyond a sentence's ends shows its neighbours: nothing


def _encoded_features(tokens: list[str], model_path: str | None = None) -> list[list[bytes]]:
    """:func:`model_features` of ``tokens``, encoded in UTF-8: what :func:`tag` gives the tagger.

    Each token's features in the order :func:`features` gives them (crfsuite sums their
    weights in that order): ``bias`` and its own, ``BOS``/``EOS``, what it sees of the words
    two before, one before, one after and two after it, the bigram with the word before."""
    words = _model_words(model_path)
    rows_of = words.rows
    fs = [rows_of[w] if w in rows_of else words.of(w) for w in tokens]
    n = len(fs)
    if not n:
        return []
    own, as_two_before, as_one_before, as_one_after, as_two_after = zip(*fs)
    none = _NONE
    out = [[*o, *a, *b, *c, *d] for o, a, b, c, d in
           zip(own, (none, none, *as_two_before), (none, *as_one_before), (*as_one_after[1:], none),
               (*as_two_after[2:], none, none))]
    if words.bos or words.eos:  # the first and the last token: their marks after their own features
        for i in {0, n - 1}:
            marks = (b"BOS",) * (words.bos and i == 0) + (b"EOS",) * (words.eos and i == n - 1)
            out[i] = [*own[i], *marks, *(as_two_before[i - 2] if i >= 2 else none),
                      *(as_one_before[i - 1] if i >= 1 else none), *(as_one_after[i + 1] if i + 1 < n else none),
                      *(as_two_after[i + 2] if i + 2 < n else none)]
    lows = [w.lower() for w in tokens]
    firsts, known = words.bigram_firsts, words.known
    for i in range(1, n):  # last, the bigram with the word before, when the model knows it
        if lows[i - 1] in firsts:
            bi = f"bi=-1:{lows[i - 1]}|{lows[i]}"
            if bi in known:
                out[i].append(bi.encode())
    return out


def model_features(tokens: list[str], model_path: str | None = None) -> list[list[str]]:
    """:func:`features` of ``tokens`` with only those the model knows, in the same order: the
    tagger reads exactly the same from them (it skips an unknown feature), at less cost."""
    return [[x.decode() for x in f] for f in _encoded_features(tokens, model_path)]


def tag(words: list[str], model_path: str | None = None) -> tuple[list[str], list[float], list[float]]:
    """IOB2 labels of ``words``, each label's marginal probability, and each word's
    probability of being outside any name ("O")."""
    t = tagger(model_path)
    t.set(_encoded_features(words, model_path))
    labels = t.tag()
    marginal = t.marginal
    p_out = [marginal("O", i) for i in range(len(labels))]
    probs = p_out.copy()  # a word labelled "O" has its label's probability already
    for i, lab in enumerate(labels):
        if lab != "O":
            probs[i] = marginal(lab, i)
    return labels, probs, p_out


def spans_of(labels: list[str], probs: list[float]) -> list[tuple[int, int, str, float]]:
    """The typed spans of IOB2 ``labels``: (first token, last token + 1, type, least probability)."""
    return [(a, b, kind, min(probs[a:b])) for a, b, kind in iob_spans(labels)]


def spans(words: list[str], model_path: str | None = None) -> list[tuple[int, int, str, float]]:
    """Typed spans the CRF finds in ``words``: (first token, last token + 1, type, probability),
    the probability being the least marginal of the span's tokens.

    >>> [(a, b, kind) for a, b, kind, p in spans(["kata", "Slamet", "Riyadi", "di", "Surabaya", "."])]
    [(1, 3, 'PER'), (4, 5, 'LOC')]
    """
    labels, probs, _ = tag(words, model_path)
    return spans_of(labels, probs)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) == 3 and argv[0] == "train":
        path = train(argv[1], argv[2])
        print(f"{path}: {path.stat().st_size / 1024:.0f} KB")
        return 0
    print("usage: python -m graph.extract.ner train TRAIN.txt OUT.crfsuite", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
