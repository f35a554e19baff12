"""Quotations and their speakers.

The speaker is the person named in the reporting clause after the quote ("…,” kata X),
a title's one holder ("…,” tegas Kapolres), else the person the paragraph reports::

    Pramesti Sumarsih menanam padi. “Panen tahun ini jauh lebih bagus,” kata Pramesti.
    → a quote of Pramesti Sumarsih, named in full before

Leaves to later passes: the products a business's owner speaks of (the businesses pass).
"""
from __future__ import annotations

import re

from ...types import Quote
from ..document import Document, Pass
from ..lookup.names import resolve_short

__all__ = ["find_quotes", "PASS"]


def find_quotes(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    people = [e for e in doc.ents.values() if e.kind == "person"]
    for n, q in enumerate(doc.quotes_spans):
        speaker = None
        m = lx.SPEECH_AFTER_RE.match(text, q.close_at + 1)
        if m and m["who"] and m["who"].lower() not in lx.function_words["pronoun"] and not m["nya"]:
            who = m["who"]
            words = [w.rstrip(".") if w.rstrip(".") not in lx.prefixes else w
                     for w in re.findall(r"[\w.'-]+", who) if w.rstrip(".") not in lx.titles]
            while words and (words[0] in lx.titles or words[0] in lx.prefixes):
                words = words[1:]
            for cut in range(len(words), 0, -1):
                person = resolve_short(doc, people, words[:cut], q.start)
                if person:
                    speaker = person.key
                    doc.mention(m.start("who"), m.start("who") + len(" ".join(words[:cut])) +
                                (len(who) - len(" ".join(words)) if who.endswith(" ".join(words)) and False else 0),
                                person.key) if who.startswith(" ".join(words[:cut])) else None
                    break
        if speaker is None and m and m["who"] and m["who"].rstrip(".") in lx.titles:
            speaker = _title_holder(doc, m["who"].rstrip("."), q.open_at)  # "…,” tegas Kapolres.
        if speaker is None:
            speaker = _reported_person(doc, q.open_at)
        doc.quotes.append(Quote(f"quote:{n + 1}", text[q.start:q.end], q.start, q.end, speaker))


def _title_holder(doc: Document, title: str, pos: int) -> str | None:
    """The one person named before ``pos`` with this title ("Kapolres" → the Kapolres)."""
    holders = {k for s, e, k in doc.people_mentions() if s < pos and
               any(p.title == title for p in doc.ents[k].posts)}
    return holders.pop() if len(holders) == 1 else None


def _reported_person(doc: Document, pos: int) -> str | None:
    """The person being reported at ``pos``: the first named in the paragraph, else the last before."""
    p_start, _ = doc.paragraph_of(pos)
    in_para = next((k for s, e, k in doc.mentions.starting_between(p_start, pos)
                    if k.startswith("person:") and not doc.in_quote(s)), None)
    if in_para:
        return in_para
    return next((k for s, e, k in doc.mentions.before(pos, ("person",)) if not doc.in_quote(s)), None)


PASS = Pass("quotes", find_quotes,
            reads=("ents", "mentions", "law_spans"),
            assigns=("mentions", "quotes"))
