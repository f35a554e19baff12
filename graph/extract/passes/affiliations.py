"""Bodies named in brackets after a person: where the person works, plays or comes from.

A name followed by a bracket it does not spell is no acronym's expansion: the bracket names
the person's body (the alignment of :func:`~graph.extract.lookup.orgs.spells_out`)::

    Rudi Wibisana (KSP) dan Bambang Sutejo (SinarTek) menjadi mentor.
    → bodies "KSP", "SinarTek"

Only a bracket shaped like a body's name (an acronym, a CamelCase word, a body's word:
"Koperasi Sinar") names one; a word like a name ("Rina Wati (Rina)") is a person's other name
or a role played. A place in the bracket ("Rudi Wibisana (Sukamaju)"), a country's code ("Liu Wei (CHN)"), a
title, a known term or a person's other name (read before by the nicknames pass) names no body. Leaves to later passes:
nothing.
"""
from __future__ import annotations

import re

from ..document import Document, Pass
from ..lookup.names import add_name
from ..lookup.orgs import country_code, is_acronym, spells_out

__all__ = ["find_affiliations", "PASS"]

# a capitalized name of one to three words, alone in its bracket
_BRACKETED_NAME_RE = re.compile(r"[ ]?\(\s*([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})\s*\)")


def find_affiliations(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    if "(" not in text:
        return  # (most articles have no bracket after a name: one look at the text first)
    people = [e for e in doc.ents.values() if e.kind == "person"]
    for (s, e), (key, written) in list(doc.mentions.items()):
        if not key.startswith("person:") or "(" not in text[e:e + 2]:
            continue
        m = _BRACKETED_NAME_RE.match(text, e)
        if not m or doc.claimed(m.start(1), m.end(1)) or any(
                a < m.end(1) and m.start(1) < b for a, b, _ in doc.mentions.starting_between(
                    m.start(1) - doc.mentions.longest, m.end(1))):
            continue
        name = m.group(1)
        if spells_out(name, written) or name.split()[0] in lx.title_words or name in lx.country_names or \
                lx.region_candidates(name) or doc.named(name, ("place", "person"), alias=True) or \
                name in doc.term_acronyms or lx.acronyms.get(name, {}).get("kind") in ("term", "complement"):
            continue  # ("Kekerasan Dalam Rumah Tangga (KDRT)" spells its acronym; "Rudi (Sukamaju)")
        if name.isupper() and len(name) <= 3 and country_code(lx, name):
            continue  # "Liu Wei (CHN)", "Rudi Wibisana (INA)": a player's country, by its code
        if not any(is_acronym(w) or w in lx.org_words for w in name.split()):
            continue  # "Rina Wati (Rina)", "Rudi Wibisana (Joko Sembung)": a person's other name, a role
            # played; a body's name by its shape only: an acronym, a CamelCase word, a body's word
        add_name(doc, "org", m.start(1), m.end(1), name.split(), "(", people)


PASS = Pass("affiliations", find_affiliations,
            reads=("ents", "mentions", "org_alias", "law_spans"),
            assigns=("ents", "mentions", "org_alias"))
