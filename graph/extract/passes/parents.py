"""Each body's parent: the body its acronym row names, else its region's government.

    Dinas Perikanan Kabupaten Sukamakmur …
    → parent: Pemerintah Kabupaten Sukamakmur (implied)

Leaves to later passes: nothing.
"""
from __future__ import annotations

from ..document import Document, Pass
from ..lookup.orgs import government_of


def link_parents(doc: Document) -> None:
    for ent in [e for e in doc.ents.values() if e.kind == "org"]:
        d = ent.data
        if d.get("parent") or d.get("implied"):
            continue
        hint = d.get("parent_hint")
        if hint and hint != "region":
            target = next((k for k, e in doc.ents.items() if e.kind == "org" and k != ent.key
                           and (e.name.startswith(hint) or hint in e.aliases)), None)
            if target:
                d["parent"] = target
                continue
        if d.get("regional") or hint == "region":
            area = d.get("area") or doc.region
            gov = government_of(doc, area)
            if gov and gov != ent.key:
                d["parent"] = gov


PASS = Pass("parents", link_parents,
            reads=("ents", "region", "org_alias"),
            assigns=("ents", "org_alias"))
