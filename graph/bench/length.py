"""``python -m graph.bench length``: extraction time against an article's length.

A pasted report or a scraped page can be hundreds of kilobytes; extraction must grow
linearly (or as n·log n) with it. This extracts one article of each size in
``KG_BENCH_LENGTHS`` (kilobytes, default 100, 200, 400, 800) of each kind:

- ``real``: real news, IndoSum articles (``../shared/corpus/indosum``) joined one after the
  other, paragraphs kept (synthetic articles when IndoSum is not there);
- ``capitalized``: the same text with every word capitalized (each a candidate name);
- ``no-full-stop``: the same text as one sentence: no full stop, no line break;
- ``quotes``: quotations, each with its speaker ("…," kata Rudi Wibisana.);
- ``names``: one list of names separated by commas.

and prints the seconds, the milliseconds per 1,000 characters and the ratio of the time to
the first size's (linear: 2×, 4×, 8× for 200, 400, 800 KB), beside the milliseconds per
1,000 characters of real articles as they come (about 2 KB each). Target: at 800 KB within
about 2× of that. ``KG_BENCH_KINDS`` picks kinds ("real,names"). Times are the process's
CPU time (extraction runs in one thread): on a shared machine, wall time would also count
what the others run.
"""
from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["KINDS", "long_text", "bench_length"]

INDOSUM = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "indosum" / "articles.jsonl"

# invented people, for the kinds that need names
_FIRST = ("Rudi", "Bambang", "Sri", "Agus", "Dewi", "Hendra", "I Wayan", "Ni Made", "Andi", "Yusuf", "Ratna", "Teguh")
_LAST = ("Wibisana", "Sutejo", "Pranata", "Sasmita", "Lestariani", "Kusumo", "Hartawan", "Saputro", "Wiryawan",
         "Gunadi", "Suryaman", "Prasetyo")
_QUOTE_WORDS = ("kami", "akan", "terus", "berupaya", "membangun", "desa", "yang", "lebih", "baik", "bagi",
                "warga", "Kabupaten", "Sukamaju", "dan", "pelaku", "usaha", "kecil")


def real_texts(source: Path = INDOSUM) -> Iterator[str]:
    """Real article bodies, over and over: IndoSum's, or synthetic ones when it is not there."""
    if source.is_file():
        texts = [json.loads(line)["text"] for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        from .synthetic import articles
        texts = [a["text"] for a in articles(500)]
    while True:
        yield from texts


def _real(size: int) -> str:
    out, length = [], 0
    for text in real_texts():
        if length >= size:
            break
        out.append(text)
        length += len(text) + 2
    return "\n\n".join(out)[:size]


def _capitalized(size: int) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in _real(size).split(" "))[:size]


def _no_full_stop(size: int) -> str:
    return "".join(c for c in _real(size + size // 10) if c not in ".!?\n")[:size]


def _quotes(size: int) -> str:
    rng, out, length = random.Random(2), [], 0
    while length < size:
        said = " ".join(rng.choice(_QUOTE_WORDS) for _ in range(12))
        out.append(f"“{said.capitalize()},” kata {rng.choice(_FIRST)} {rng.choice(_LAST)}.")
        length += len(out[-1]) + 1
    return " ".join(out)[:size]


def _names(size: int) -> str:
    rng, out, length = random.Random(3), [], 0
    while length < size:
        out.append(f"{rng.choice(_FIRST)} {rng.choice(_LAST)}")
        length += len(out[-1]) + 2
    return ("Hadir dalam acara itu " + ", ".join(out))[:size] + "."


KINDS: dict[str, Callable[[int], str]] = {"real": _real, "capitalized": _capitalized, "no-full-stop": _no_full_stop,
                                          "quotes": _quotes, "names": _names}


def long_text(kind: str, size: int) -> str:
    """``size`` characters of one of :data:`KINDS`."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of long text {kind!r}; known: {', '.join(KINDS)}")
    return KINDS[kind](size)


def _extract_seconds(text: str, article_id: str) -> float:
    from ..extract import extract
    from ..types import Article
    t0 = time.process_time()
    extract(Article(article_id, text))
    return time.process_time() - t0


def _short_articles(count: int = 300) -> list[str]:
    texts = real_texts()
    return [next(texts) for _ in range(count)]


def bench_length(sizes_kb: tuple[int, ...] | None = None, kinds: tuple[str, ...] | None = None) -> dict:
    """Print (and return) the extraction time of each kind of long article at each size."""
    if sizes_kb is None:
        given = os.environ.get("KG_BENCH_LENGTHS", "100,200,400,800")
        try:
            sizes_kb = tuple(int(x) for x in given.split(","))
        except ValueError:
            raise ValueError(f"KG_BENCH_LENGTHS={given!r}: give sizes in KB separated by commas, e.g. 100,200") from None
    if not sizes_kb or min(sizes_kb) <= 0:
        raise ValueError("the sizes must be positive numbers of KB")
    kinds = kinds or tuple(k for k in os.environ.get("KG_BENCH_KINDS", ",".join(KINDS)).split(",") if k)
    for kind in kinds:
        long_text(kind, 10)  # an unknown kind fails here, before anything is timed
    _extract_seconds("Bupati Sukamaju Rudi Wibisana meresmikan pasar.", "warm-up")  # lexicons, the tagger
    short = _short_articles()
    took = sum(_extract_seconds(text, f"short-{i}") for i, text in enumerate(short))
    chars = sum(len(t) for t in short)
    base = 1000 * took / (chars / 1000)
    print(f"real articles as they come: {len(short)} of {chars // len(short):,} characters on average, "
          f"{base:.1f} ms per 1,000 characters (target at {sizes_kb[-1]} KB: <= {2 * base:.1f})")
    print(f"{'kind':<14}{'KB':>6}{'CPU s':>10}{'ms/1000 ch':>12}{'ratio':>8}{'linear':>8}")
    result = {"base_ms_per_1000": base, "runs": []}
    for kind in kinds:
        first = None
        for kb in sizes_kb:
            text = long_text(kind, kb * 1000)
            seconds = _extract_seconds(text, f"{kind}-{kb}")
            first = first or (seconds, kb)
            per = 1000 * seconds / (len(text) / 1000)
            print(f"{kind:<14}{kb:>6}{seconds:>10.2f}{per:>12.1f}{seconds / first[0]:>7.1f}×{kb / first[1]:>7.0f}×",
                  flush=True)
            result["runs"].append({"kind": kind, "kb": kb, "seconds": seconds, "ms_per_1000": per})
    return result
