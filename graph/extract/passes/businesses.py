"""Businesses, their owners and their products.

A business is named after "pemilik", "pengelola", "perajin", "produsen" (quoted, a body
found before, or a run of words with a brand word), or before "milik X"; its owner is the
person named next to it; its products come from its sector and from making verbs in the
sentences of owner and business::

    Pramesti Sumarsih, pemilik usaha keripik “Pramesti Jaya”, memproduksi keripik pisang.
    → the business Pramesti Jaya, owned by Pramesti Sumarsih, making "keripik pisang"

Leaves to later passes: the exhibitors of a fair (the events pass).
"""
from __future__ import annotations

import re

from ...types import Membership, Role
from ..document import Document, Pass, slug, tokens_in
from ..lookup.names import name_run, resolve_short, split_name
from ..lookup.orgs import org_tokens

__all__ = ["find_businesses", "PASS"]


_MATERIAL = re.compile(r"\b(?:ber)?bahan(?:\s+baku)?\s+(?P<m>\w+)", re.I)


def _owned_by(doc: Document) -> None:
    """"galeri tenun “Sekar Ayu” milik Baiq Rohani": the business before, its owner after."""
    people = [e for e in doc.ents.values() if e.kind == "person"]
    for m in re.finditer(r"[”\"]?\s+milik\s+(?=[A-Z])", doc.text):
        i = doc.token_at.get(m.end())
        split = split_name(doc, doc.tokens[i:name_run(doc, doc.tokens, i)]) if i is not None else None
        if not split:
            continue
        prefixes, name_toks, suffixes = split
        words = [t.text for t in name_toks]
        owner = resolve_short(doc, people, words, m.end())
        if owner is None and not doc.lx.may_name_a_person(words):
            continue
        if owner is None:
            owner = doc.add("person", " ".join(words), name_toks[0].start)
            owner.name = " ".join(words)
            owner.prefixes = owner.prefixes or list(prefixes)
            people.append(owner)
        doc.mention(name_toks[0].start, name_toks[-1].end, owner.key)
        before = doc.text[max(0, m.start() - 60):m.start() + 1]
        quoted = re.search(r"(?P<prod>[a-z][a-z ]{2,40}?)\s+[“\"](?P<name>[^”\"]{2,40})[”\"]$", before)
        if not quoted:
            continue
        start = max(0, m.start() - 60) + quoted.start("name")
        name = quoted["name"].strip()
        biz = doc.add("org", name, start, category="business", business=True)
        biz.name = name
        biz.products.append(quoted["prod"].strip())
        doc.mention(start, start + len(name), biz.key)
        key = f"membership:{slug(owner.key)}-{slug(biz.key)}"
        if not any(x.key == key for x in doc.memberships):
            doc.memberships.append(Membership(key, owner.key, biz.key, Role("pemilik", "owner")))


def find_businesses(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    _owned_by(doc)
    # the owner ("pemilik"); who runs or makes a named product ("pengelola madu \"X\"", "perajin gula
    # semut cap X") owns its business too, when the name is quoted or carries a brand word
    for m in lx.OWNER_RE.finditer(text):
        pos = m.end()
        owner_word = m.group(0).split()[0].lower() in lx.business_words["owner"]
        biz_key, b_end, product = None, pos, None
        quoted = re.match(r"(?P<prod>[a-z][a-z ]{2,40}?)\s+[“\"](?P<name>[^”\"]{2,40})[”\"]", text[pos:pos + 90])
        if quoted:
            name = quoted["name"].strip()
            product = quoted["prod"].strip()
            start = pos + quoted.start("name")
            biz = doc.add("org", name, start, category="business", business=True)
            biz.name = name
            doc.mention(start, start + len(name), biz.key)
            biz_key, b_end = biz.key, pos + quoted.end()
        else:
            org = next(((s, e, k) for s, e, k in doc.mentions.starting_between(pos, pos + 1)
                        if k.startswith("org:")), None)
            if org:
                biz_key, b_end = org[2], org[1]
            elif text[pos:pos + 1].islower():
                words = []
                for w in re.finditer(r"[a-z][\w-]*", text[pos:pos + 60]):
                    gap = text[pos + (words[-1].end() if words else 0):pos + w.start()]
                    if w.group(0) in lx.function_words["name_end"] or gap.strip():
                        break
                    words.append(w)
                branded = any(w.group(0) in lx.business_words["brand"] for w in words[1:-1])
                after = re.match(r"\s+([a-z]+)", text[pos + words[-1].end():pos + words[-1].end() + 12]) if words else None
                if after and after.group(1) in lx.function_words["demonstrative"] and words[0].group(0) not in lx.sectors:
                    continue  # "pemilik bawang putih selundupan tersebut": a thing told of before, no business's
                    # name (not "pemilik tenun putri mas ini": a trade's word starts a business's)
                if (len(words) >= 2 and words[0].group(0) in lx.sectors or len(words) >= 3) and (owner_word or branded):
                    surface = text[pos:pos + words[-1].end()]
                    if words[0].group(0) in lx.business_words["not_name"]:
                        continue
                    name = " ".join(w.capitalize() for w in surface.split())
                    biz = doc.add("org", name, pos, category="business", business=True)
                    biz.name = name
                    biz.aliases.add(surface)
                    biz.sector = words[0].group(0) if words[0].group(0) in lx.sectors else None
                    doc.mention(pos, pos + len(surface), biz.key)
                    biz_key, b_end = biz.key, pos + len(surface)
            elif text[pos:pos + 1].isupper() and owner_word:
                toks = tokens_in(doc, pos, pos + 80)
                j = org_tokens(doc, toks, 0, first_free=True)
                defined = re.match(r"\s*\(([^()]{1,15})\)", text[toks[j - 1].end:]) if j else None
                if j and (toks[0].text in lx.event_heads or any(t.text in doc.term_acronyms for t in toks[:j]) or
                          defined and defined.group(1).strip() in doc.term_acronyms):
                    continue  # "pemilik Kartu Lorato Pintar (KLP)", "pemilik KLP": a card's holder, no business's
                if j:
                    cap = text[pos:toks[j - 1].end]
                    if not lx.region_candidates(cap) and not cap.startswith(("Desa", "Kami")):
                        biz = doc.add("org", cap, pos, category="business", business=True)
                        biz.name = cap
                        doc.mention(pos, toks[j - 1].end, biz.key)
                        biz_key, b_end = biz.key, toks[j - 1].end
        if not biz_key:
            continue
        biz = doc.ents[biz_key]
        if not biz.business and biz.category not in ("business", "cooperative"):
            continue
        biz.business = True
        if product:
            biz.products.append(product)
        owner = _owner_for(doc, m.start(), b_end)
        if owner:
            key = f"membership:{slug(owner)}-{slug(biz_key)}"
            if not any(x.key == key for x in doc.memberships):
                doc.memberships.append(Membership(key, owner, biz_key, Role("pemilik", "owner")))
            sector = doc.ents[owner].sector
            if sector and not biz.sector:
                biz.sector = sector
    _products(doc)


def _owner_for(doc: Document, start: int, end: int) -> str | None:
    after = re.match(r"\s*,\s*", doc.text[end:end + 4])
    people = doc.people_mentions()
    if after:
        nxt = [k for s, e, k in people if s == end + after.end()]
        if nxt:
            return nxt[0]
    s_start, _ = doc.sentence_of(start)
    before = [k for s, e, k in people if e <= start and s >= s_start - 400]
    if re.match(r"\s+(?:ini|tersebut|itu)\b", doc.text[end:end + 12]) or before:
        return before[-1] if before else None
    return None


def _products(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    heads = sorted(lx.products, key=len, reverse=True)
    head_rx = re.compile(r"(?:" + "|".join(re.escape(h) for h in heads) + r")\b(?:\s+(?!dan\b|di\b|yang\b|ke\b|dengan\b)[a-z]+){0,2}")
    said = {(x.speaker, x.start) for x in doc.quotes}  # who spoke each quotation
    for ms in doc.memberships:
        biz = doc.ents[ms.organization]
        owner = ms.member
        products = biz.products
        sector = biz.sector
        if sector and lx.sectors.get(sector) and lx.sectors[sector] not in products:
            products.append(lx.sectors[sector])
        spans = [doc.sentence_of(s) for (s, e), (k, _) in doc.mentions.items() if k in (owner, biz.key)]
        spans += [(q.start, q.end) for q in doc.quotes_spans if (owner, q.start) in said]
        for s, e in set(spans):
            seg = text[s:e]
            for vm in lx.MAKE_VERB_RE.finditer(seg):
                pm = head_rx.match(seg, vm.end())
                if not pm:
                    continue
                prod = pm.group(0).split()[0] if pm.group(0).split()[0] in lx.products else pm.group(0)
                mat = _MATERIAL.search(seg)
                if mat and mat["m"] in lx.sectors:
                    prod = f"{prod} {mat['m']}"
                if prod not in products:
                    products.append(prod)


PASS = Pass("businesses", find_businesses,
            reads=("ents", "mentions", "acr_defs", "quotes", "law_spans"),
            assigns=("ents", "mentions", "memberships"))
