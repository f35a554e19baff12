"""The party inside a faction's or a party board's name.

"Fraksi Partai X" names the faction and, inside it, the party; "DPD Partai X Bangli"
the party's regency board and the party. The unit's parent is the party when no other is
known::

    Ketua DPD Partai Wijayakusuma Bangli hadir.
    → the party "Partai Wijayakusuma", parent of its board

Leaves to later passes: the other bodies' parents (the parents pass).
"""
from __future__ import annotations

from ..document import Document, Pass
from ..lookup.orgs import party_at, register_org

__all__ = ["find_parties_in_units", "PASS"]


def find_parties_in_units(doc: Document) -> None:
    """The party a faction or a party board is named after is mentioned too: "Fraksi Partai
    Golkar" names the faction and, inside it, the party; "DPD Nasdem Sumenep" the party's
    regency board and the party. The unit's parent is the party when no other is known."""
    text = doc.text
    units = [(span, key) for span, (key, _) in doc.mentions.items()
             if key.startswith("org:") and text.startswith(("Fraksi ", "DP", "Dewan "), span[0])]
    for (s, e), key in sorted(units):
        m = doc.lx.PARTY_UNIT_RE.match(text, s)
        k = doc.token_at.get(m.end()) if m else None
        past = party_at(doc, doc.tokens, k) if k is not None else k
        if past == k or doc.tokens[past - 1].end > e or (m.end(), doc.tokens[past - 1].end) == (s, e):
            continue
        party = register_org(doc, m.end(), doc.tokens[past - 1].end)
        if party and party != key and not doc.ents[key].parent:
            doc.ents[key].parent = party


PASS = Pass("parties", find_parties_in_units,
            reads=("ents", "mentions", "org_alias", "acr_defs", "law_spans"),
            assigns=("ents", "mentions", "org_alias"))
