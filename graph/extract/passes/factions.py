"""Members named with their faction: "X dari Fraksi Y" → a post "Anggota" of the faction.

The person just before "dari Fraksi …", or the first named after the faction and a
comma, sits in the faction::

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
    people = doc.people_mentions()
    for (s, e), (key, _) in sorted(doc.mentions.items()):
        if not key.startswith("org:") or not doc.ents[key].name.startswith(doc.lx.factions):
            continue
        if not re.search(r"\bdari\s+$", text[max(0, s - 6):s]):
            continue
        before = [k for a, b, k in people if re.fullmatch(r"(?:,?\s*(?:[A-Z][\w]{0,4}\.)+)*,?\s*dari\s+", text[b:s])]
        after = [k for a, b, k in people if re.fullmatch(r"[^.!?\n]{0,60},\s*", text[e:a])]
        holder = (before or after[:1] or [None])[-1]
        if holder is None:
            continue
        posts = doc.ents[holder].posts
        if not any(p.comp_span == (s, e) for p in posts):
            posts.append(TitleMention("Anggota", None, text[s:e], (s, e), s))


PASS = Pass("factions", find_faction_posts,
            reads=("ents", "mentions"),
            assigns=("ents",))
