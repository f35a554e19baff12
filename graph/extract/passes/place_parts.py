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

from ..document import Document, Pass
from ..lookup.names import resolve_short
from ..lookup.places import a_rank_group_here, choose_region, region_place

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
    _places_that_name_people(doc)
    _rank_groups(doc)


def _rank_groups(doc: Document) -> None:
    """A regency's name that the article writes as a group of officers ("para Pamen dan Pati",
    see :func:`..lookup.places.a_rank_group_here`) names no place where it is written bare: its
    mentions go, and the place with them when it has no other."""
    for word in doc.lx.rank_groups:
        if word not in doc.text or not a_rank_group_here(doc.text, word):
            continue
        for span, (key, _) in list(doc.mentions.items()):
            if key.startswith("place:") and doc.text[span[0]:span[1]] == word:
                del doc.mentions[span]
                if key != doc.region and not any(k == key for k, _ in doc.mentions.values()) and \
                        not any(x.refers_to(key) for x in doc.ents.values()):
                    del doc.ents[key]


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
