"""A small statistical typer for bare names: a person's, or a thing's or a body's?

A capitalized name written with no title, honorific or cue ("Lorato mencatat kenaikan
penjualan", "pengguna Lorato bisa …") is a person's or a company's, a brand's, a club's, a
band's, an app's, a film's. The rules read the words right beside one mention; this typer
reads every mention of the name in the article with the words around it, as a linear model
(logistic regression) over word features learnt from real news.

Training needs no gold. In a corpus of articles (JSONL, one object a line with ``text``),
a name is labelled where the text says what it is (weak labels):

- a person after a reporting verb ("kata X"), an honorific or an address ("Pak X", "H. X"),
  a person's cue ("pelatih X", "tersangka X"), or before an age or a person's role set off
  by a comma ("X (45)", "X, warga …");
- a thing or a body after a thing's, a body's or a club's noun ("film X", "aplikasi X", "klub
  X", "PT X", "grup band X", "menjamu X") or beside a club's form word ("X FC").

A name labelled both ways is dropped. Each occurrence of a labelled name in a sentence with
no such cue for it (the cue itself is never seen) gives one example: the words around it
(two on each side, lowercased, affixes stripped), the verb before and after it, the
preposition before it, and its shape (how many words, capitals, digits, English words,
given-name parts, dictionary words). The name's own words are never a feature, and no name
is kept: the model is a table of word-feature weights (``graph/models/typer.tsv``).

The names are split in five by a hash of the name, one part held out: the model is trained on
the rest, and the threshold at which a name of an article is read as a thing is the lowest
whose precision on the held-out names is at least :data:`TARGET_PRECISION`.

Beside the weak labels, a tagged corpus may add gold ones (``--conll``: the IDNER *train* set
the statistical tagger learns from): its people's names, and its organizations' names that
hold no institution word (companies, clubs, brands, outlets) as things.

Train with ``python -m graph.extract.typer train CORPUS.jsonl OUT.tsv [--exclude IDS.txt]
[--exclude-gold DIR] [--conll TRAIN.txt]`` (``IDS.txt``: ids of articles kept out of training,
one a line; ``DIR``: a folder of gold sets, whose articles' addresses in ``*.meta.json`` are
kept out); deterministic. The shipped model was trained on IndoSum less every article of our
gold sets (3,214 articles) and less 40 more kept for checking it, with IDNER train::

    python -m graph.extract.typer train ../shared/corpus/indosum/articles.jsonl graph/models/typer.tsv \
        --exclude graph/models/typer-check.ids --exclude-gold tests/corpus \
        --conll ../shared/ner/idner-news-2k/train.txt

The features read the lexicons (dictionary words, stems, cue words): retrain after changing
them, so that the weights and the features agree. The model is loaded once per process, on
first use; scoring a mention is a sum of weights.
"""
from __future__ import annotations

import bisect
import json
import math
import re
import sys
import zlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..files import write_atomic
from .lexicon import Lexicon, lexicon, read_table
from .text import Token, sentences, tokens_of

__all__ = ["mention_features", "cue_sets", "cue_at", "thing_log_odds", "thing_probability", "model", "weak_labels",
           "examples", "conll_examples", "gold_urls", "train", "MODEL", "TARGET_PRECISION"]

MODEL = "models/typer.tsv"  # inside the package
# the precision a "thing" reading must reach on the held-out names for its threshold
TARGET_PRECISION = 0.9

_OPENERS = frozenset(("“", '"', "(", "-", "–", "—", ":", "'", "‘"))
_QUOTES_OPEN, _QUOTES_CLOSE = "\"“‘'", "\"”’'"
_CAMEL = re.compile(r"[a-z][A-Z]")
_DIGIT = re.compile(r"\d")
_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "be", "di", "ter", "per", "pe", "ke", "se")
_SUFFIXES = ("nya", "kan", "an", "i", "lah")


def _stem(lx: Lexicon, word: str) -> str:
    """A cheap root of a lowercase ``word``: "nya", then a suffix, then a prefix stripped while
    what remains is a dictionary word ("mengatakan" → "kata"); the word itself when none is."""
    memo = lx.word_memo.setdefault("typer_stem", {})
    if word in memo:
        return memo[word]
    best, d = word, lx.dictionary
    for suf in ("",) + _SUFFIXES:
        if suf and not word.endswith(suf):
            continue
        w = word[:-len(suf)] if suf else word
        if w in d and len(w) < len(best):
            best = w
        for pre in _PREFIXES:
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                for root in (w[len(pre):], "k" + w[len(pre):], "t" + w[len(pre):], "p" + w[len(pre):],
                             "s" + w[len(pre):]):
                    if root in d and len(root) < len(best):
                        best = root
    if len(memo) > 100_000:
        memo.clear()
    memo[word] = best
    return best


def _word(lx: Lexicon, toks: list[Token], x: int, a0: int) -> str:
    """A neighbour as a feature: its lowercase form; a capitalized word by its class only
    ("<Name>", "<ACR>"), unless it is a common word opening the sentence ("Saham X …") or a
    title's or a body's word ("Bupati", "Pemerintah"): no name, nor a word of one ("Real" of a
    club), is a feature; a number as "<num>"."""
    w = toks[x].text
    if _DIGIT.search(w):
        return "<num>"
    if w[:1].isupper():
        if len(w) > 1 and w.isupper():
            return "<ACR>"
        if w in lx.title_words or w in lx.org_words or (x == a0 or toks[x - 1].text in _OPENERS) and \
                lx.is_common_word(w):
            return w.lower()
        return "<Name>"
    return w.lower()


def _function_words(lx: Lexicon) -> frozenset[str]:
    """Every function word of the lexicon (no verb of a name)."""
    memo = lx.word_memo.setdefault("typer_function_words", {})
    if "all" not in memo:
        memo["all"] = frozenset(w for words in lx.function_words.values() for w in words) | \
            frozenset(("yang", "akan", "sudah", "telah", "juga", "tidak", "masih", "belum", "bisa", "dapat",
                       "harus", "sedang", "pernah", "sebagai", "kini", "baru", "lebih"))
    return memo["all"]


_PREPOSITIONS = frozenset(("di", "ke", "dari", "oleh", "untuk", "dengan", "kepada", "bersama", "pada", "antara",
                           "melawan", "atas", "bagi", "terhadap", "tentang", "seperti", "dan", "atau", "versi"))


def mention_features(lx: Lexicon, toks: list[Token], a0: int, b0: int, k: int, end: int, text: str) -> list[str]:
    """The features of the name at tokens ``k``..``end`` in the sentence of tokens ``a0``..``b0``.

    >>> from graph.extract.text import tokens_of
    >>> toks = tokens_of("Pengguna Lorato bisa mengunduh musik.")
    >>> fs = mention_features(lexicon(), toks, 0, len(toks), 1, 2, "Pengguna Lorato bisa mengunduh musik.")
    >>> "p1=pengguna" in fs, "n1=bisa" in fs, "len=1" in fs
    (True, True, True)
    """
    words = [t.text for t in toks[k:end]]
    f = [f"len={min(len(words), 3)}"]
    if all(len(w) > 1 and w.isupper() for w in words):
        f.append("allcaps")
    if any(_CAMEL.search(w) for w in words):
        f.append("camel")
    if any(_DIGIT.search(w) for w in words):
        f.append("digit")
    if any(w in lx.english_common for w in words):
        f.append("english_all" if all(w in lx.english_common for w in words) else "english_any")
    if any(w in lx.name_starts or w in lx.birth_names for w in words):
        f.append("given_part")
    common = [lx.is_common_word(w) for w in words]
    f.append("dict_all" if all(common) else "dict_any" if any(common) else "dict_none")
    if k == a0 or toks[k - 1].text in _OPENERS:
        f.append("starts")
    a, b = toks[k].start, toks[end - 1].end
    if a > 0 and text[a - 1] in _QUOTES_OPEN and b < len(text) and text[b] in _QUOTES_CLOSE:
        f.append("quoted")
    # the two words before and the two after (and their roots), or the sentence's edge
    for sides, edge in (((("p1", k - 1), ("p2", k - 2)), "<s>"), ((("n1", end), ("n2", end + 1)), "</s>")):
        for off, x in sides:
            if not a0 <= x < b0:
                f.append(f"{off}={edge}")
                break
            w = _word(lx, toks, x, a0)
            f.append(f"{off}={w}")
            if w.isalpha() and w.islower():
                f.append(f"{off}s={_stem(lx, w)}")
    if k > a0 and toks[k - 1].text.lower() in _PREPOSITIONS:
        f.append(f"prep={toks[k - 1].text.lower()}")
    fws = _function_words(lx)
    # the verb the name is the subject of (the first lowercase word of a verb's form after it)
    # and the one it is the object of (the nearest before it)
    for x in range(end, min(b0, end + 4)):
        w = toks[x].text
        if w.isalpha() and w.islower() and w not in fws and len(w) > 3:
            f.append(f"va={_stem(lx, w)}")
            break
    for x in range(k - 1, max(a0 - 1, k - 4), -1):
        w = toks[x].text
        if w.isalpha() and w.islower() and w not in fws and len(w) > 3:
            f.append(f"vb={_stem(lx, w)}")
            break
    return f


@lru_cache(maxsize=4)
def model(path: str | None = None) -> tuple[float, float, dict[str, float]]:
    """(bias, threshold, weights) of the model at ``path`` (default: the one shipped)."""
    if path is None:
        raw = resources.files("graph").joinpath(MODEL).read_text(encoding="utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    bias, threshold, weights = 0.0, 1.0, {}
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("\t")
        if key == "@bias":
            bias = float(value)
        elif key == "@threshold":
            threshold = float(value)
        else:
            weights[key] = float(value)
    return bias, threshold, weights


def thing_log_odds(features: list[str], path: str | None = None) -> float:
    """The log-odds that a name with these features is a thing's or a body's, not a person's."""
    bias, _, weights = model(path)
    return bias + sum(weights.get(x, 0.0) for x in features)


def thing_probability(log_odds: list[float]) -> float:
    """The probability that a name is a thing's, from the log-odds of its mentions (their mean)."""
    z = sum(log_odds) / len(log_odds)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ---- weak labels and training -------------------------------------------------------

_AGE = re.compile(r"[1-9]\d")


def cue_sets(lx: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The words before a name that say a person's, those that say a thing's or a body's, the
    club form words beside a club's name, and the words after a comma after a person's name
    (kept with the lexicon)."""
    memo = lx.word_memo.setdefault("typer_cues", {})
    if "cues" not in memo:
        memo["cues"] = _cues(lx)
    return memo["cues"]


def _cues(lx: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    fw, own = lx.function_words, {}
    for row in read_table("typer_cues.tsv"):
        own.setdefault(row["kind"], set()).add(row["word"])
    person_before = frozenset(lx.speech_words) | frozenset(lx.prefixes) | frozenset(lx.ranks) | \
        frozenset(fw["address"]) | own["person_before"]
    thing_before = frozenset(fw["thing_noun"]) | frozenset(fw["body_noun"]) | frozenset(fw["thing_verb"]) | \
        _business_forms(lx) | own["thing_before"]
    return person_before, thing_before, frozenset(fw["club_form"]), frozenset(own["person_after"])


def _business_forms(lx: Lexicon) -> frozenset[str]:
    """The one-word legal forms of a business written before its name ("PT", "CV")."""
    return frozenset(w for w, row in lx.institutions.items() if row.get("business") == "yes" and " " not in w)


def _name_end(toks: list[Token], k: int, b0: int) -> int:
    """The end of the run of capitalized words from token ``k`` (at most four)."""
    j = k
    while j < b0 and j - k < 5 and toks[j].text[:1].isupper() and toks[j].text[:1].isalpha():
        j += 1
    return j


def _names_in(text: str, lx: Lexicon):
    """Each sentence of ``text`` as (its tokens, and the capitalized runs in it as (k, end)), the
    runs not opening a sentence with a dictionary word."""
    toks = tokens_of(text)
    starts = [t.start for t in toks]
    cues = cue_sets(lx)
    lower = {t.text for t in toks if t.text.islower()}
    for s0, e0 in sentences(text):
        a0, b0 = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, e0)
        k = a0
        runs = []
        while k < b0:
            t = toks[k].text
            if t[:1].isupper() and t[:1].isalpha():
                end = _name_end(toks, k, b0)
                # a cue or a common word opening a sentence is no part of the name ("Kata Rudi", "Saham X")
                # (a common word only when the text writes it in lowercase elsewhere: not "Bambang Sutejo")
                while end - k > 1 and (toks[k].text in cues[0] or toks[k].text.lower() in cues[0] or
                                       toks[k].text.lower() in cues[1] or
                                       (k == a0 or toks[k - 1].text in _OPENERS) and
                                       toks[k].text.lower() in lower and lx.is_common_word(toks[k].text)):
                    k += 1
                if end - k <= 4:
                    runs.append((k, end))
                k = end
            else:
                k += 1
        yield toks, a0, b0, runs


def cue_at(lx: Lexicon, cues, toks: list[Token], a0: int, b0: int, k: int, end: int) -> str | None:
    """What the words right around the name at tokens ``k``..``end`` say it is: "thing" after a
    thing's or a body's noun or beside a club's form ("film X", "PT X", "X FC"), "person" after
    a reporting verb, an honorific or a person's cue or before an age or a person's role ("kata
    X", "Pak X", "X (45),", "X, warga …"), else None."""
    person_before, thing_before, club_forms, person_after = cues
    prev = toks[k - 1].text if k > a0 else ""
    nxt = toks[end].text if end < b0 else ""
    nxt2 = toks[end + 1].text if end + 1 < b0 else ""
    if prev in thing_before or prev.lower() in thing_before and prev.lower() not in lx.title_words or \
            nxt in club_forms or prev in club_forms:
        return "thing"
    if prev in person_before or prev.lower() in person_before or nxt == "," and nxt2 in person_after or \
            nxt == "(" and _AGE.fullmatch(nxt2) and end + 3 < b0 and toks[end + 2].text == ")" and \
            toks[end + 3].text in (",", "yang", "warga", "asal", "mengatakan", "mengaku"):
        return "person"
    return None


def _usable(lx: Lexicon, words: list[str]) -> bool:
    """Whether a labelled run may be a name at all: not all dictionary words, no cue word in it."""
    if all(lx.is_common_word(w) for w in words) or len(words) == 1 and len(words[0]) < 3:
        return False
    name = " ".join(words)
    if name in lx.countries or lx.region_candidates(name) or any(
            w in lx.geo_words or w in lx.place_cues or w.lower() in lx.directions for w in words):
        return False  # a place's name: neither a person's nor a thing's
    return not any(w in lx.title_words or w in lx.org_words or w in lx.prefixes or w.lower() in lx.months or
                   w.lower() in lx.weekdays for w in words)


def weak_labels(texts: list[str], lx: Lexicon | None = None) -> dict[str, str]:
    """Name → "person" or "thing", where some text says so and none says the other.

    >>> weak_labels(["Film Lorato Biru diputar. Kata Rudi Wibisana, film Lorato Biru laris."])
    {'Lorato Biru': 'thing', 'Rudi Wibisana': 'person'}
    """
    lx = lx or lexicon()
    cues = cue_sets(lx)
    seen: dict[str, set[str]] = {}
    for text in texts:
        for toks, a0, b0, runs in _names_in(text, lx):
            for k, end in runs:
                label = cue_at(lx, cues, toks, a0, b0, k, end)
                words = [t.text for t in toks[k:end]]
                if label and _usable(lx, words):
                    seen.setdefault(" ".join(words), set()).add(label)
    return {name: labels.pop() for name, labels in sorted(seen.items()) if len(labels) == 1}


def examples(texts: list[str], labels: dict[str, str], lx: Lexicon | None = None):
    """(text index, name, label, features) for each occurrence of a labelled name in a sentence
    of no cue for it."""
    lx = lx or lexicon()
    cues = cue_sets(lx)
    for i, text in enumerate(texts):
        for toks, a0, b0, runs in _names_in(text, lx):
            for k, end in runs:
                name = " ".join(t.text for t in toks[k:end])
                if name not in labels and end - k > 1 and lx.is_common_word(toks[k].text):
                    k, name = k + 1, name.partition(" ")[2]  # "Saham Lorato": a common word before a name
                label = labels.get(name)
                if label is None or cue_at(lx, cues, toks, a0, b0, k, end):
                    continue
                yield i, name, label, mention_features(lx, toks, a0, b0, k, end, text)


# the most examples one name gives (the first, in the corpus' order)
_PER_NAME = 20


def _held_out(name: str) -> bool:
    return zlib.crc32(name.encode("utf-8")) % 5 == 0


def _fit(rows: list[list[int]], y: list[int], n_features: int, l2: float = 1.0, steps: int = 400):
    """Logistic regression (classes weighted to balance), full-batch Adam; deterministic."""
    import numpy as np
    yv = np.array(y, dtype=float)
    cols = np.fromiter((c for r in rows for c in r), dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    pos = yv.mean()
    sw = np.where(yv == 1, 0.5 / pos, 0.5 / (1 - pos)) / len(rows)
    w, b = np.zeros(n_features), 0.0
    m, v, mb, vb = np.zeros(n_features), np.zeros(n_features), 0.0, 0.0
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = b + np.bincount(row_of, weights=w[cols], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - yv) * sw
        gw = np.bincount(cols, weights=g[row_of], minlength=n_features) + l2 * w / len(rows)
        gb = g.sum()
        m, v = b1 * m + (1 - b1) * gw, b2 * v + (1 - b2) * gw * gw
        mb, vb = b1 * mb + (1 - b1) * gb, b2 * vb + (1 - b2) * gb * gb
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
        b -= lr * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    return float(b), w


def conll_examples(path: str | Path, lx: Lexicon | None = None):
    """(-1, name, label, features) for each person's name ("person") and each organization's
    name that holds no institution word ("thing": a company, a club, a brand, an outlet) of a
    tagged corpus (CoNLL, IOB2, as :mod:`graph.extract.ner` reads it): gold labels beside the
    weak ones."""
    from .iob import read_conll
    lx = lx or lexicon()
    for words, spans in read_conll(path):
        toks, pos = [], 0
        for w in words:
            toks.append(Token(pos, pos + len(w), w))
            pos += len(w) + 1
        text = " ".join(words)
        for a, b, kind in spans:
            name = words[a:b]
            if kind not in ("PER", "ORG") or not name[0][:1].isupper() or kind == "ORG" and any(
                    w in lx.org_words or w in lx.institutions or w in lx.agency_words for w in name):
                continue
            yield -1, " ".join(name), "person" if kind == "PER" else "thing", \
                mention_features(lx, toks, 0, len(toks), a, b, text)


def train(corpus: str | Path, out: str | Path, exclude: set[str] = frozenset(), min_count: int = 3,
          report=print, conll: str | Path | None = None) -> Path:
    """Train the typer on the articles of the JSONL ``corpus`` (not those whose ``id`` or
    ``url`` is in ``exclude``), and on the names of the tagged corpus ``conll`` when given, and write its
    weights to ``out``; reports the figures of the corpus' held-out names (the threshold is
    chosen there)."""
    lx = lexicon()
    texts = []
    with open(corpus, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except ValueError as err:
                    raise ValueError(f"{corpus}:{n}: not JSON ({err})") from None
                if not isinstance(row, dict):
                    raise ValueError(f"{corpus}:{n}: not a JSON object (one article a line)")
                if row.get("id") not in exclude and row.get("url") not in exclude and isinstance(row.get("text"), str):
                    texts.append(row["text"])
    labels = weak_labels(texts, lx)
    data, per_name = [], {}
    for row in examples(texts, labels, lx):
        per_name[row[1]] = per_name.get(row[1], 0) + 1
        if per_name[row[1]] <= _PER_NAME:  # a name met in hundreds of sentences is one name, not hundreds
            data.append(row)
    if not any(label == "thing" for _, _, label, _ in data) or not any(label == "person" for _, _, label, _ in data):
        raise ValueError(f"{corpus}: too few weakly labelled names to train on (people and things both needed)")
    gold = list(conll_examples(conll, lx)) if conll else []
    counts: dict[str, int] = {}
    for _, name, _, fs in data + gold:
        if not _held_out(name):
            for x in set(fs):
                counts[x] = counts.get(x, 0) + 1
    vocab = sorted(x for x, c in counts.items() if c >= min_count)
    index = {x: i for i, x in enumerate(vocab)}
    train_rows = [(sorted({index[x] for x in fs if x in index}), label == "thing")
                  for _, name, label, fs in data + gold if not _held_out(name)]
    bias, w = _fit([r for r, _ in train_rows], [int(t) for _, t in train_rows], len(vocab))
    weights = {x: float(w[i]) for i, x in enumerate(vocab) if abs(w[i]) >= 0.01}
    # the held-out names, one decision per name and article (the mean of its mentions' log-odds)
    groups: dict[tuple[int, str], tuple[str, list[float]]] = {}
    for i, name, label, fs in data:
        if _held_out(name):
            z = bias + sum(weights.get(x, 0.0) for x in fs)
            groups.setdefault((i, name), (label, []))[1].append(z)
    scored = sorted(((thing_probability(zs), label) for label, zs in groups.values()), reverse=True)
    n_thing = sum(1 for _, label in scored if label == "thing")
    right = sum(1 for p, label in scored if (p >= 0.5) == (label == "thing"))
    threshold, best = 1.0, (0, 0.0)
    hits = 0
    for x, (p, label) in enumerate(scored, 1):
        hits += label == "thing"
        if hits / x >= TARGET_PRECISION and p < threshold:
            threshold, best = p, (hits, hits / x)
    report(f"weak labels: {sum(v == 'person' for v in labels.values())} people, "
           f"{sum(v == 'thing' for v in labels.values())} things; examples {len(data)}, tagged {len(gold)}; "
           f"features {len(weights)}")
    report(f"held-out names (by article): {len(scored)} ({n_thing} things); accuracy at 0.5 "
           f"{right / max(1, len(scored)):.3f}; threshold {threshold:.3f} for precision {best[1]:.3f}, "
           f"recall {best[0] / max(1, n_thing):.3f} of things")
    lines = ["# weights of graph.extract.typer (python -m graph.extract.typer train …): word features only\n",
             f"@bias\t{bias:.4f}\n@threshold\t{threshold:.4f}\n"]
    lines += [f"{x}\t{weights[x]:.4f}\n" for x in sorted(weights)]
    out = write_atomic(out, "".join(lines).encode("utf-8"))  # (a killed run leaves the old model whole)
    return out


_USAGE = ("usage: python -m graph.extract.typer train CORPUS.jsonl OUT.tsv [--exclude IDS.txt] [--exclude-gold DIR] "
          "[--conll TAGGED.txt]")


def gold_urls(folder: str | Path) -> set[str]:
    """The addresses of the gold sets' articles under ``folder`` (each ``*.meta.json``'s
    ``url``, at any depth): kept out of training, so that no scored article is learnt from."""
    urls = set()
    for path in sorted(Path(folder).rglob("*.meta.json")):
        try:
            url = json.loads(path.read_text(encoding="utf-8")).get("url")
        except (OSError, ValueError, AttributeError) as err:
            raise ValueError(f"{path}: not a JSON object with a url ({err})") from None
        if url:
            urls.add(url)
    if not urls:
        raise ValueError(f"{folder}: no *.meta.json with a url under it")
    return urls


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    options = dict(zip(argv[3::2], argv[4::2]))
    if len(argv) < 3 or argv[0] != "train" or len(argv) % 2 == 0 or \
            set(options) - {"--exclude", "--exclude-gold", "--conll"}:
        print(_USAGE, file=sys.stderr)
        return 2
    try:
        exclude = set(Path(options["--exclude"]).read_text(encoding="utf-8").split()) if "--exclude" in options \
            else set()
        if "--exclude-gold" in options:
            exclude |= gold_urls(options["--exclude-gold"])
        path = train(argv[1], argv[2], exclude, conll=options.get("--conll"))
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"{path}: {path.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
