"""Real news at any size: the IndoSum articles, then copies of them lightly varied.

The first pass over the corpus is the real text, unchanged. Copy ``k`` (past the end) gets
the id ``<id>-r<k>`` and deterministic substitutions, so that the resolver and the store
meet realistic repetition (the same bodies and places again, some people again, some new):

- years move ``k`` on (``2016`` → ``2018`` in copy 2), so dates stay valid dates;
- other numbers grow by ``k`` (counts, sums, ages), the day and month of a date aside;
- about a third of the capitalized words that no lexicon knows (names, mostly) get their
  first vowel shifted in that copy (``Wibisana`` → ``Wobisana``), the same way in every
  article of the copy; words the lexicons know (titles, institution words, regions) stay.

The synthetic generator (:mod:`graph.bench.synthetic`) stays for the tests.
"""
from __future__ import annotations

import json
import re
import zlib
from functools import lru_cache
from pathlib import Path

__all__ = ["INDOSUM", "vary", "write_real_jsonl"]

INDOSUM = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "indosum" / "articles.jsonl"

_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?!\d)(?![.,]\d)")
# a whole number of up to three digits, neither the day or month of a written date
# (18/8/2016, 18-08-2016, 18 Agustus) nor part of a decimal (8.000, 2,5)
_NUMBER = re.compile(r"(?<![\d/.,-])\d{1,3}(?!\d)(?![/.,-]\d)(?!\s+(?:Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Ags|Sep|Okt|Nov|Des))")
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_SHIFT = str.maketrans("aeiou", "eioua")


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word of the lexicons, lower-cased (titles, institutions, regions, …)."""
    root = Path(__file__).resolve().parents[1] / "lexicons"
    words: set[str] = set()
    for path in root.rglob("*.tsv"):
        words.update(re.findall(r"[a-z]+", path.read_text(encoding="utf-8").lower()))
    return frozenset(words)


def _renamed(word: str, copy: int) -> str:
    if word.lower() in _known_words() or zlib.crc32(f"{word}|{copy}".encode()) % 3:
        return word
    for i, ch in enumerate(word):
        if ch in "aeiou":
            return word[:i] + ch.translate(_SHIFT) + word[i + 1:]
    return word


def vary(text: str, copy: int) -> str:
    """``text`` as copy ``copy`` of the corpus writes it (copy 0: unchanged).

    >>> vary("Bupati Rudi Wibisana membagikan 120 paket pada 18/8/2016.", 2)
    'Bupati Rudi Wibisana membagikan 122 paket pada 18/8/2018.'
    """
    if copy == 0:
        return text
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + copy), text)
    text = _NUMBER.sub(lambda m: str(int(m.group(0)) + copy), text)
    return _CAPITALIZED.sub(lambda m: _renamed(m.group(0), copy), text)


def write_real_jsonl(path: str | Path, n: int, source: Path = INDOSUM, start: int = 0) -> Path:
    """Articles ``start`` … ``start + n - 1`` of the endless real corpus, as JSONL at ``path``.

    Raises
    ------
    FileNotFoundError
        When the IndoSum corpus is not beside the checkout.
    """
    rows = [json.loads(line) for line in Path(source).read_text(encoding="utf-8").splitlines() if line.strip()]
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + n):
            copy, row = divmod(i, len(rows))[0], dict(rows[i % len(rows)])
            if copy:
                row["id"] = f"{row['id']}-r{copy}"
                row["text"] = vary(row["text"], copy)
                if row.get("title"):
                    row["title"] = vary(row["title"], copy)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
