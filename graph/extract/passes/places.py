"""Places: the dateline, gazetteer regions, districts, villages and countries.

Finds the places the lexicons and the gazetteer name, with the level word when the text
gives one, each within its parent region, and the article's own region (the first regency
or city, the dateline's first of all)::

    SUKAMAKMUR – Warga Desa Tirtamulya, Kecamatan Arjasari, menanam padi.
    → the dateline place, the village Tirtamulya within the district Arjasari

Leaves to later passes: places named bare without a cue ("di Tirtamulya", the names pass),
the parts of places ("Afrika timur", the place-parts pass) and venues (the events pass).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Pass, slug
from ..lookup.places import choose_region, is_big_region, region_place, trim_name_words

__all__ = ["find_places", "PASS"]


_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]+?)(?:\s*,\s*(?P<pub>[A-Z0-9][\w.-]*(?:\s[A-Z0-9.]+)?))?\s*[–—-]\s")


@lru_cache(maxsize=8)
def _level_forms(lx, level: str) -> tuple[str, ...]:
    """The level words of ``level`` ("district": "Kecamatan", "Kec."), as ``VILLAGE_RE`` and
    ``DISTRICT_RE`` start with them."""
    return tuple(lv.form for lv in lx.place_levels if lv.level == level)


def _writes_a_level(lx, text: str, level: str) -> bool:
    """Whether ``text`` holds a level word of ``level`` anywhere: a match of ``VILLAGE_RE`` or
    ``DISTRICT_RE`` starts with one, and most articles name no village or district (looking
    for the words is far cheaper than the scan)."""
    return any(form in text for form in _level_forms(lx, level))


def find_places(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    # the dateline names where the story happened
    for p_start, p_end in doc.paragraphs[:6]:
        m = _DATELINE.match(text[p_start:p_end]) or lx.CREDIT_RE.match(text[p_start:p_end])
        if not m or not m["place"]:
            continue
        raw, at = m["place"].strip(), m.start("place")
        if lx.WEB_NAME_RE.fullmatch(raw.lower()):
            # "JUARA.NET, SOLO -": a site's name is no place; the place, if any, comes after it
            if m.re is not _DATELINE or not m["pub"] or lx.WEB_NAME_RE.fullmatch(m["pub"].lower()):
                break
            raw, at = m["pub"].strip(), m.start("pub")
        if not raw.isupper():  # "Baturaja (ANTARA News) -": a place written in mixed case
            raw = raw.upper()
        core = lx.UPPER_REGION.get(raw) or next(
            (a for a in lx.region_aliases if a.upper() == raw), None)
        if core:
            region = choose_region(doc, core, None)
            if region:
                ent = region_place(doc, region, p_start)
                doc.mention(p_start + at, p_start + at + len(raw), ent.key)
                if region.kind in ("regency", "city"):
                    doc.region = ent.key
        elif len(raw) > 2:
            ent = doc.add("place", raw.title(), p_start + at, level="city", mentioned=True)
            doc.mention(p_start + at, p_start + at + len(raw), ent.key)
            doc.ents[ent.key].dateline = True
        break
    # the villages the article names with their level word ("Kelurahan Jati Klaten"): a region's
    # name that ends one is a word of it where the article writes it bare too ("di Jati Klaten")
    village_matches = list(lx.VILLAGE_RE.finditer(text)) if _writes_a_level(lx, text, "village") else []
    villages = {name for m in village_matches if " " in (name := trim_name_words(m["name"], doc))}
    for m in lx.REGION_RE.finditer(text):
        if doc.claimed(m.start(), m.end()):
            continue  # "Peraturan Daerah Kabupaten Gianyar Nomor 5 …": a law's name
        if not m["lvl"] and any(text.startswith(v, m.end() - len(v)) for v in villages if v.endswith(" " + m["name"])):
            continue
        before = re.search(r"([A-Z][\w.-]*)\s+$", text[max(0, m.start() - 20):m.start()])
        if m["name"] in lx.region_aliases and not m["lvl"] and before and before.group(1) not in lx.title_ends:
            continue  # a short form inside a proper name ("Bank Jateng") is not the region ("Gubernur Jateng …" is)
        if not m["lvl"] and before and _inside_a_bodys_name(doc, before.group(1), m.start(), m.end()):
            continue  # "Polda Klaten Raya": a region's name set inside a body's is a word of it
        if not m["lvl"] and before and _before_a_foreign_region(doc, before.group(1), m):
            continue  # "Polres Klaten Jakarta Barat": a word of the body's name, not a city elsewhere
        if not m["lvl"] and before and lx.PLACE_NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Kelurahan Jati Klaten", "Jalan Klaten Raya", "Pulau Klaten": a word of a village's,
            # a street's or a landmark's name (read as such elsewhere), not the region
        region = choose_region(doc, m["name"], m["lvl"])
        if region is None:
            continue
        ent = region_place(doc, region, m.start())
        doc.mention(m.start(), m.end(), ent.key)
        if doc.region is None and region.kind in ("regency", "city"):
            doc.region = ent.key
    if doc.region:
        for ent in list(doc.ents.values()):
            if ent.kind == "place" and ent.dateline and not ent.within:
                ent.within = doc.region
    for m in lx.DISTRICT_RE.finditer(text) if _writes_a_level(lx, text, "district") else ():
        if doc.claimed(m.start(), m.end()):
            continue
        name = trim_name_words(m["name"], doc)
        region = choose_region(doc, name, "Kecamatan")
        ent = region_place(doc, region, m.start()) if region else doc.add(
            "place", f"{name} district", m.start(), level="district", within=doc.region, mentioned=True)
        ent.name = name
        doc.mention(m.start(), m.start("name") + len(name), ent.key)
        # "di Kecamatan Ubud, Tegallalang dan Payangan"
        pos = m.start("name") + len(name)
        while region:
            nxt = lx.NEXT_IN_LIST_RE.match(text[pos:pos + 60])
            if not nxt:
                break
            words = nxt.group(1).split()
            found = None
            for size in (2, 1):
                cand = " ".join(words[:size])
                r2 = choose_region(doc, cand, "Kecamatan") if len(words) >= size and \
                    not is_big_region(lx, cand) else None
                if r2 and r2.parent == region.parent:
                    found = (r2, cand)
                    break
            if not found:
                break
            r2, cand = found
            at = pos + nxt.start(1)
            e2 = region_place(doc, r2, at)
            e2.name = cand
            doc.mention(at, at + len(cand), e2.key)
            pos = at + len(cand)
    for m in lx.COUNTRY_RE.finditer(text):
        if doc.claimed(m.start(), m.end()):
            continue
        written = m.group(0)
        full = lx.country_full.get(written, written)  # "AS" and "Amerika Serikat": one country
        ent = doc.add("place", f"{full} country", m.start(), level="country", mentioned=True)
        ent.name = full
        if written != full:
            ent.aliases.add(written)
        doc.mention(m.start(), m.end(), ent.key)
    for m in village_matches:
        if doc.claimed(m.start(), m.end()):
            continue
        head = lx.VILLAGE_TITLE_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()])
        if head and not lx.OFFICE_BEFORE_RE.search(text[max(0, m.start() - 40):m.start() - len(head.group(0))]):
            continue  # the title "Kepala Desa …", "Wali Nagari …" is read with the people
        if lx.INSTITUTION_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "Bank Nagari …" names a bank, not a village
        prev = re.search(r"(\w+)\s+$", text[max(0, m.start() - 30):m.start()])
        if prev and prev.group(1) in lx.title_words and f"{prev.group(1)} {m['lvl']}" not in lx.titles:
            continue  # "Menteri Desa PDTT …": a ministry's field after a title, no village
        name = trim_name_words(m["name"], doc)
        after = text[m.start("name") + len(name):m.start("name") + len(name) + 60]
        if re.match(r"\s*\([A-Z][A-Za-z]{2,11}\)", after):
            continue  # "Desa Siaga Banjir (Desiba)": a programme defined with its acronym, no village
        within = _village_within(doc, m.start(), m["lvl"])
        dm = re.match(r"\s*,\s*(?:Kecamatan|Kec\.)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)", after)
        if dm:
            dname = trim_name_words(dm.group(1), doc)
            dkey = f"place:{slug(dname + ' district')}"
            within = dkey if dkey in doc.ents else within
        kind = "village"
        ent = doc.add("place", f"{name} village", m.start(), level=kind, within=within, mentioned=True)
        ent.name = name
        doc.mention(m.start(), m.start("name") + len(name), ent.key)


def _inside_a_bodys_name(doc: Document, before: str, start: int, end: int) -> bool:
    """Whether a region's name (``text[start:end]``) written right after a body's head, acronym
    or seat (``before``) and right before a capitalized dictionary word, the two so written
    more than once, is set inside the body's name ("Polda [Klaten] Raya", "Mapolda [Klaten]
    Raya"), not its region ("Polres Klaten, …", "Dinas Kesehatan Klaten", nor "DPRD Klaten
    Siti Aminah", a person after it)."""
    lx, text = doc.lx, doc.text
    if not _a_bodys_word(lx, before):
        return False
    nxt = re.match(r" ([A-Z][a-z]+)\b", text[end:end + 30])
    if not nxt or text.count(text[start:end] + nxt.group(0)) < 2:
        return False
    word = nxt.group(1)
    return lx.is_common_word(word) and not (
        word in lx.directions or word in lx.level_words or word in lx.title_words or
        word.lower() in lx.months or word.lower() in lx.weekdays or
        any(r.kind != "district" for r in lx.region_candidates(word)))


def _a_bodys_word(lx, word: str) -> bool:
    """Whether ``word`` heads or names a body, or is the title of one's head ("Polres",
    "Dinas", "Kapolres"): a region's name after it may be a word of the body's name."""
    return word in lx.acronyms or word in lx.institutions or word in lx.org_words or word in lx.venue_heads or \
        word in lx.title_words


def _before_a_foreign_region(doc: Document, before: str, m: re.Match) -> bool:
    """Whether a region's name written after a body's word (``before``) comes right before
    another region's name that neither holds it nor lies in it ("Kapolres Sukamaju Jakarta
    Barat" where Sukamaju is a city far from Jakarta): a word of the body's name, as the
    capital's police write their units, not the region of that name."""
    lx, text = doc.lx, doc.text
    if not _a_bodys_word(lx, before) or text[m.end():m.end() + 1] != " ":
        return False
    nxt = lx.REGION_RE.match(text, m.end() + 1)
    if not nxt or nxt["lvl"]:
        return False
    here, there = lx.region_candidates(m["name"]), lx.region_candidates(nxt["name"])
    return bool(here and there) and not any(
        a.code == b.code or a.code.startswith(b.code + ".") or b.code.startswith(a.code + ".")
        for a in here for b in there)


def _village_within(doc: Document, pos: int, level: str) -> str | None:
    """The regency or city a village named without its district lies in: the regency named
    just before it in the sentence ("BPBD Tanah Datar … di Nagari Sungai Jambu"), else the
    article's region, unless that is a city and the village a rural one (a Desa, a Nagari:
    the dateline city of a provincial story is no village's home); else unknown."""
    s0, _ = doc.sentence_of(pos)
    near = [k for (a, b), (k, _) in sorted(doc.mentions.items()) if s0 <= a and b <= pos and
            k.startswith("place:") and doc.ents[k].level in ("regency", "city")]
    if near:
        return near[-1]
    if doc.region and doc.ents[doc.region].level == "city" and level != "Kelurahan":
        return None
    return doc.region


PASS = Pass("places", find_places,
            reads=("law_spans",),
            assigns=("ents", "mentions", "region"))
