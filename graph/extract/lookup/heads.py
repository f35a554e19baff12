"""Where the literal heads of a prefiltered scan start, found once for a whole text.

A :class:`~graph.extract.lexicon.Prefiltered` scan searches its heads ignoring case, from
each place on; the events and topics passes ask for every place at once, over the
lower-cased text without ``re.I`` (the engine compares letters as written: faster), and
then try their own pattern there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Prefiltered

__all__ = ["head_places"]


@lru_cache(maxsize=8)
def _lowercase_heads(heads: re.Pattern) -> re.Pattern | None:
    """``heads`` (written in lowercase, matched ignoring case) as a pattern over the lower-cased
    text that matches, empty, at every place a head starts, one inside another too (as the
    scan's repeated search finds them); None when a head is written with a capital."""
    if not heads.flags & re.I or any(c.isupper() for c in heads.pattern.replace("[A-Za-z]", "")):
        return None
    return re.compile(f"(?={heads.pattern})")


def head_places(scan: Prefiltered, text: str) -> list[int] | None:
    """Every place of ``text`` where one of the heads of ``scan`` starts, in order: where
    ``scan.finditer`` tries its pattern (None when it has no single heads pattern in lowercase,
    or when lower-casing ``text`` changes its length, which would shift the places).

    >>> from graph.extract.lexicon import prefiltered
    >>> scan = prefiltered(re.compile(r"\\b(?:rapat \\w+|sidang)\\b", re.I), [r"rapat \\w+", "sidang"])
    >>> head_places(scan, "Rapat pleno lalu SIDANG; rapat.")
    [0, 17]
    """
    rx = _lowercase_heads(scan.starts) if isinstance(scan.starts, re.Pattern) else None
    if rx is None:
        return None
    lower = text.lower()
    if len(lower) != len(text):
        return None
    return [m.start() for m in rx.finditer(lower)]
