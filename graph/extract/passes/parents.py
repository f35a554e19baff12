"""Each body's parent: the body its acronym row names, else its region's government.

    Dinas Perikanan Kabupaten Bangli menggelar rapat.
    → parent: Pemerintah Kabupaten Bangli (implied)

Leaves to later passes: nothing.
"""
from __future__ import annotations

from ..document import Document, Pass
from ..lookup.orgs import government_of

__all__ = ["link_parents", "PASS"]


def link_parents(doc: Document) -> None:
    for ent in [e for e in doc.ents.values() if e.kind == "org"]:
        if ent.parent or ent.implied:
            continue
        hint = ent.parent_hint
        if hint and hint != "region":
            target = next((k for k, e in doc.ents.items() if e.kind == "org" and k != ent.key
                           and (e.name.startswith(hint) or hint in e.aliases)), None)
            if target:
                ent.parent = target
                continue
        if ent.regional or hint == "region":
            area = ent.area or doc.region
            gov = government_of(doc, area)
            if gov and gov != ent.key:
                ent.parent = gov


PASS = Pass("parents", link_parents,
            reads=("ents", "region", "org_alias", "law_spans"),
            assigns=("ents", "org_alias"))
