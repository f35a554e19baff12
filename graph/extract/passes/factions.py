"""Members named with their faction: "X dari Fraksi Y" → a post "Anggota" of the faction.

The person just before "dari Fraksi …", or the first named after the faction and a
comma, or right after it ("Ketua Pansus dari Fraksi Partai X Rudi …"), sits in the faction::

    Pramesti Sumarsih dari Fraksi Partai Wijayakusuma menolak usulan itu.
    → a post "Anggota" of Fraksi Partai Wijayakusuma for Pramesti Sumarsih

Leaves to later passes: reading the post (the posts pass).
"""
from __future__ import annotations

import re

from ..document import Document, Pass, TitleMention

__all__ = ["find_faction_posts", "PASS"]


def find_faction_posts(doc: Document) -> None:
    """Members named with their faction: "Rudi, S.H. dari Fraksi Golkar", "Anggota Komisi II dari
    Fraksi PKB, Rina Wati" → a post "Anggota" of the faction."""
    text = doc.text
    for (s, e), (key, _) in sorted(doc.mentions.items()):
        if not key.startswith("org:") or not doc.ents[key].name.startswith(doc.lx.factions):
            continue
        dari = re.search(r"\bdari\s+$", text[max(0, s - 6):s])
        if not dari:
            continue
        # only the people a match can reach: those ending after degrees and commas before "dari",
        # and those starting after at most 60 characters and a comma (the text up to each is matched)
        lo = _degrees_before(text, s - len(dari.group(0)))
        near = doc.mentions.starting_between(lo - doc.mentions.longest, s + 1)
        before = [k for a, b, k in near if k.startswith("person:") and b >= lo and
                  re.fullmatch(r"(?:,?\s*(?:[A-Z][\w]{0,4}\.)+)*,?\s*dari\s+", text[b:s])]
        near = doc.mentions.starting_between(e, _after_comma(text, e) + 1)
        # ("Ketua Pansus dari Fraksi Partai X Rudi Wibisana …": the name right after the faction)
        after = [k for a, b, k in near if k.startswith("person:") and re.fullmatch(r"[^.!?\n]{0,60},\s*|[ \t]+", text[e:a])]
        holder = (before or after[:1] or [None])[-1]
        if holder is None:
            continue
        posts = doc.ents[holder].posts
        if not any(p.comp_span == (s, e) for p in posts):
            posts.append(TitleMention("Anggota", None, text[s:e], (s, e), s))


def _is_word_char(c: str) -> bool:  # what \\w matches
    return c.isalnum() or c == "_"


def _degrees_before(text: str, end: int) -> int:
    """A position before which no text up to ``end`` is degrees, commas and spaces only
    (", S.H., M.Si. "): each word at most five characters, a full stop right after it."""
    i = end
    while i > 0:
        c = text[i - 1]
        if c.isspace() or c in ",.":
            i -= 1
        elif _is_word_char(c):
            j = i
            while j > 0 and _is_word_char(text[j - 1]):
                j -= 1
            if text[i:i + 1] != ".":
                return i  # a word without its full stop
            if i - j > 5:
                return i - 5  # (only its last five characters can be one)
            i = j
        else:
            return i
    return 0


def _after_comma(text: str, start: int) -> int:
    """A position after which no text from ``start`` is up to 60 characters, a comma and spaces."""
    last = start + 61
    for c in (i for i in range(start, min(len(text), start + 61)) if text[i] == ","):
        end = c + 1
        while end < len(text) and text[end].isspace():
            end += 1
        last = max(last, end)
    return last


PASS = Pass("factions", find_faction_posts,
            reads=("ents", "mentions"),
            assigns=("ents",))
