"""Parts of places: a compass word after a place the gazetteer does not know with it.

"Afrika timur", "Libya barat" name a place of their own within the place named;
a compass word that makes a gazetteer region ("Sumatera selatan") reads as that region::

    Hujan deras turun di Afrika timur.
    → the place "Afrika timur" within Afrika

Also a place guessed from the word before it ("ke Rudi", "rumah Rudi Wibisana") that names a
person the article reads elsewhere is that person::

    Rudi Wibisana mengaku disuruh Bambang. Berkas itu diserahkan ke Bambang.
    → the person Bambang, no place

Leaves to later passes: nothing; the mention spans are settled by the mentions pass.
"""
from __future__ import annotations

import re

from ..document import Document, Pass
from ..lookup.names import resolve_short
from ..lookup.places import choose_region, region_place

__all__ = ["find_place_parts", "PASS"]


def find_place_parts(doc: Document) -> None:
    """A compass word after a place the gazetteer does not know with it names a part of that
    place: "di Inggris timur", "Afrika timur", "Libya Barat" are places of their own, within
    the place named ("Jawa Barat", "Korea Selatan" are read whole before)."""
    text = doc.text
    for (s, e), (key, _) in sorted(doc.mentions.items()):
        ent = doc.ents.get(key)
        if ent is None or ent.kind != "place" or ent.level == "venue":
            continue
        m = doc.lx.COMPASS_AFTER_RE.match(text, e) if text.startswith(" ", e) else None
        if not m or m.group(1)[:1].isupper() and f"{ent.name} {m.group(1)}" in doc.lx.regions_by_name:
            continue
        end = m.end()
        region = choose_region(doc, f"{ent.name} {m.group(1).title()}", None)
        if region is not None:  # "Sumatera selatan": the province, written in lowercase
            part = region_place(doc, region, s)
            if not any(k == key and span != (s, e) for span, (k, _) in doc.mentions.items()) and \
                    not any(x.refers_to(key) for x in doc.ents.values()):
                del doc.ents[key]  # "Sumatera" was read only there
        else:
            part = doc.add("place", f"{text[s:end]} other", s, level="other", within=key, mentioned=True)
            part.name = text[s:end]
        del doc.mentions[(s, e)]
        doc.mention(s, end, part.key)
    _regions_after_places(doc)
    _places_that_name_people(doc)


def _regions_after_places(doc: Document) -> None:
    """A place guessed from a capitalized run ("di Kompleks Contoh, Sukamaju Jakarta", "di
    Hotel Contoh Menteng Jakpus") that ends with a province's, regency's or city's name, and a
    district of it before that, is the place named by the words before, within that region: the
    news writes the city after a place to locate it (see :func:`_names_a_place` for the words
    that may stay: "Istana Sukamaju" is one place)."""
    lx = doc.lx
    for ent in [e for e in doc.ents.values() if e.kind == "place" and e.level == "other" and not e.dateline
                and not e.code and " " in e.name]:
        name, cuts = ent.name, []
        last = None
        for last in lx.REGION_RE.finditer(name):
            pass
        if last is None or last.end() != len(name) or last.start() == 0:
            continue
        region = choose_region(doc, last["name"], last["lvl"])
        head = name[:last.start()].rstrip(" ,")
        if region is None or region.kind == "district" or not _names_a_place(lx, head):
            continue
        spans = [sp for sp in doc.mentions.spans_of(ent.key) if doc.text[sp[0]:sp[1]] == ent.name]
        if not spans or any(re.match(r"\s*[-–—]\s*[A-Z]", doc.text[e:e + 4]) for _, e in spans):
            continue  # ("Jalan Tol Sukamaju - Jakarta": a route between two cities names one road)
        cuts.append((last.start(), region))
        name = head
        # "Hotel Contoh Menteng Jakpus": a district of that region before it, after a venue's words
        for size in (2, 1):
            words = name.split()
            if len(words) - size < 2:
                continue
            district = choose_region(doc, " ".join(words[-size:]), "Kecamatan")
            if district is not None and district.code.startswith(region.code + "."):
                cut = name.rstrip().rfind(" ".join(words[-size:]))
                cuts.append((cut, district))
                name = name[:cut].rstrip()
                break
        if any(x.refers_to(ent.key) for x in doc.ents.values()):
            continue
        inner = region_place(doc, cuts[-1][1], spans[0][0])
        part = doc.add("place", f"{name} other", spans[0][0], level="other", within=inner.key, mentioned=True)
        part.name = name
        for s, e in spans:
            del doc.mentions[(s, e)]
            doc.mention(s, s + len(name), part.key)
            ends = [e] + [s + at for at, _ in cuts[:-1]]
            for (at, region), end in zip(cuts, ends):
                doc.mention(s + at, end, region_place(doc, region, s + at).key)
        if not doc.mentions.spans_of(ent.key) and ent.key != part.key:
            del doc.ents[ent.key]


def _names_a_place(lx, head: str) -> bool:
    """Whether the words before a region's name name a place by themselves: a proper name of one
    word ("Sukamaju" of "Sukamaju Jakarta"), not a seat's or venue's head alone ("Mapolda Jabar",
    "Istana Sukamaju"), nor a body's acronym; words of two or more with a proper name after the
    first ("Hotel Contoh", "Jalan Sukamaju"), or after a venue's head ("Istana Contoh Jakarta";
    a street's words of the dictionary name it with the city: "Jalan Terusan Jakarta")."""
    words = head.split()
    if not words or words[-1] in lx.english_common or lx.EVENTS_RE.fullmatch(words[0]):
        return False  # ("Bandara New Sukamaju": an English word ends no place's name; "Pilkada Sukamaju": an event)
    if len(words) == 1:
        return not (lx.is_common_word(words[0]) or words[0] in lx.venue_heads or words[0].isupper() or
                    words[0] in lx.acronyms or words[0] in lx.institutions)
    return words[0] in lx.venue_heads or any(not lx.is_common_word(w) for w in words[1:])


def _places_that_name_people(doc: Document) -> None:
    """A place the names pass guessed from the word before it ("diserahkan ke Bambang", "ke
    kantor Rudi Wibisana"), which no gazetteer or country list knows and nothing lies in,
    that is the name of a person of the article or its first words ("Bambang" of "Bambang
    Sutejo"), is that person: the person was often found only after it (by the
    statistical tagger), or both were read from two mentions."""
    lx = doc.lx
    guessed = [e for e in doc.ents.values() if e.kind == "place" and e.level == "other" and
               not e.dateline and e.name not in lx.country_names and not lx.region_candidates(e.name)]
    if not guessed:
        return
    people = [e for e in doc.ents.values() if e.kind == "person"]
    for place in guessed:
        if any(x.refers_to(place.key) for x in doc.ents.values()) or f"di {place.name}" in doc.text:
            continue  # ("di Orlando": the place's own preposition says a place)
        words = place.name.split()
        person = resolve_short(doc, people, words, place.first)
        if person is None or person.name.split()[:len(words)] != words and place.name not in person.aliases:
            continue  # (a name's last word may be a place's: "… Tirtamulya" read as a person's, the city)
        for span, (key, written) in list(doc.mentions.items()):
            if key == place.key:
                doc.mentions[span] = (person.key, written)
        del doc.ents[place.key]


PASS = Pass("place-parts", find_place_parts,
            reads=("ents", "mentions", "law_spans"),
            assigns=("ents", "mentions"))
