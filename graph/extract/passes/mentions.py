"""Last touches to the mention spans, once every pass has read them.

A body named with its acronym in parentheses is one mention, the acronym included; a
place named as a post's jurisdiction or inside a body's name keeps its mention only when
the article names it nowhere else; a country that only qualifies a word ("turis
Jepang") or acts as a state ("Jepang telah melarang …") is no place mention. A hospital
named only as where someone is taken is a venue, and one venue is one place, whatever
passes read its names (bare, as an event's venue, by its short name)::

    Koperasi Wijayakusuma (KWK) bekerja sama dengan petani Jepang.
    → one mention "Koperasi Wijayakusuma (KWK)"; "Jepang" no place mention

Leaves to later passes: nothing; the document is frozen next.
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from ..document import Document, Pass, Spans, is_country, slug
from ..lexicon import Lexicon
from ..lookup.orgs import is_acronym
from ..lookup.places import is_big_region

__all__ = ["settle_mentions", "PASS"]


_DEFINED_ACRONYM = re.compile(r"\s*\(\s*([^()]{1,24}?)\s*\)")


def settle_mentions(doc: Document) -> None:
    """Last touches to the mention spans, once every pass has read them.

    A body named with its acronym in parentheses is one mention, the acronym included:
    "Komisi Pemilihan Umum (KPU)". A country right after a lowercase word that takes no
    place only qualifies that word ("turis Jepang", "militer Suriah", "bahasa Indonesia"):
    it is no mention of the country. (A region keeps its mention: "kopi arabika Gayo" names
    where the coffee grows.) Nor is a country that acts as a state does, the subject of a
    clause or the agent of a passive verb ("Jepang telah melarang …", "serangan yang
    dilancarkan Jepang"), nor a country inside a body's name ("Bank Rakyat Indonesia"). The
    entity stays in the graph; only the place mention goes.
    """
    text, lx = doc.text, doc.lx
    _seats_as_venues(doc)
    _one_venue(doc)
    for (s, e), (key, _) in sorted(doc.mentions.items()):
        if not key.startswith("org:") or (s, e) not in doc.mentions:
            continue
        legal = lx.LEGAL_FORM_RE.match(text[e:e + 14])
        if legal:  # "PT Pertamina (Persero)": the legal form is part of the name as written
            del doc.mentions[(s, e)]
            doc.mentions[(s, e + legal.end())] = (key, text[s:e + legal.end()])
            continue
        m = _DEFINED_ACRONYM.match(text, e)
        if not m or not is_acronym(m.group(1).split()[0]):
            continue
        inner = [span for span in doc.mentions.spans_of(key) if m.start(1) <= span[0] < m.end()]
        if not inner and m.group(1) not in doc.ents[key].aliases:
            continue
        for span in inner:
            del doc.mentions[span]
        del doc.mentions[(s, e)]
        doc.mentions[(s, m.end())] = (key, text[s:m.end()])
    org_spans = [span for span, (k, _) in doc.mentions.items() if k.startswith("org:")]
    # a place named as a post's jurisdiction ("Gubernur Jawa Barat", "Presiden Suriah") or as the
    # area inside a body's name ("Dinas Kesehatan Kota Bogor") is a fact of the post or the
    # body, not a place the sentence names; it keeps these mentions only when the article
    # names it nowhere else, so that the place stays anchored in the text
    bound: dict[str, list[tuple[int, int]]] = {}
    free: set[str] = set()
    idle: list[tuple[int, int]] = []
    countries = {span for span, (k, _) in doc.mentions.items()
                 if k in doc.ents and is_country(doc.ents[k])}
    org_index = Spans(org_spans)
    for (s, e), (key, _) in list(doc.mentions.items()):
        ent = doc.ents.get(key)
        if ent is None or ent.kind != "place" or ent.level not in _REGION_KINDS:
            continue
        i = doc.token_at.get(s)
        prev = doc.tokens[i - 1].text if i else ""
        nested = any(span != (s, e) for span in org_index.holding(s, e))
        if nested and ent.level == "country":
            del doc.mentions[(s, e)]  # "Bank Rakyat Indonesia": a word of the body's name
        elif nested or prev in lx.title_ends and prev[:1].isupper():
            bound.setdefault(key, []).append((s, e))
        elif ent.level == "country" and i is not None and (
                _country_qualifies(doc, i) or _country_acts(doc, i, e, countries) or _country_ends_a_name(doc, i)):
            idle.append((s, e))  # "turis Jepang", "serangan yang dilancarkan Jepang": no place
        else:
            free.add(key)
    for span in idle:
        del doc.mentions[span]
    for key, spans in bound.items():
        if key in free or all(_inside_a_name(doc, span, org_index) for span in spans):
            for span in spans:  # ("Polres Metro Sukamaju": a city's name amid a body's, which the
                del doc.mentions[span]  # body's words go on after, is no place)


def _inside_a_name(doc: Document, span: tuple[int, int], org_index: Spans) -> bool:
    """Whether a region's mention lies amid a body's name, more of the name's words after it
    ("Metro" in "Polres Metro Sukamaju"), not at its end, where a body's region stands ("Dinas
    Kesehatan Kota Metro", "Dinas Kesehatan Kota Metro (Dinkes Metro)")."""
    s, e = span
    for a, b in [*org_index.holding(s, e), *((a, b) for a, b in doc.title_spans if a <= s and e <= b)]:
        if (a, b) != span and _BRACKET_TAIL.sub("", doc.text[e:b]).strip():
            return True  # (a title's body too: "Kapolres Metro Sukamaju")
    return False


_BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_WHERE_BEFORE = re.compile(r"(?<![\w-])(?:di|ke|dari)\s+$")


def _seats_as_venues(doc: Document) -> None:
    """A hospital or health centre the article names only as where someone is or goes ("dibawa
    ke Rumah Sakit Sukamaju", "dirawat di RSSM") is a venue: no post, member, event or unit
    is its, and each of its mentions follows "di", "ke" or "dari". A body that acts or has its
    officials ("Direktur RSUD …", "Puskesmas X menggelar …") stays one."""
    lx, text = doc.lx, doc.text
    seats = [k for k in doc.ents.of_kind("org") if doc.ents[k].name.startswith(tuple(h + " " for h in lx.seat_heads))]
    for key in seats:
        spans = doc.mentions.spans_of(key)
        if not spans or any(p.organization == key for p in doc.posts) or \
                any(m.organization == key for m in doc.memberships) or \
                any(ev.organizer == key or key in ev.attendees for ev in doc.events) or \
                any(getattr(e, "parent", None) == key for e in doc.ents.values()) or \
                not all(_WHERE_BEFORE.search(text, max(0, a - 8), a) or
                        any(text[b0:a].strip() == "(" for _, b0 in spans) for a, _ in spans):
            continue  # (the acronym in parentheses after its name goes with it)
        org = doc.ents[key]
        place = doc.add("place", f"{org.name} venue", org.first, level="venue", within=org.area or doc.region,
                        mentioned=True)
        place.name = org.name
        place.aliases |= org.aliases
        for span in list(spans):
            doc.mentions[span] = (place.key, text[span[0]:span[1]])
        del doc.ents[key]


def _one_venue(doc: Document) -> None:
    """A place the names read bare ("di Sukamaju Arena") and an event then read as its venue
    is one place, the venue; so is a venue named by a short name of another ("RSSM" of the
    "Rumah Sakit Sukamaju Medika (RSSM)" where a patient was taken): its other mentions and
    what lay in it or happened there go to the one place."""
    venues = [k for k in doc.ents.of_kind("place") if doc.ents[k].level == "venue"]
    by_alias = {a: k for k in venues for a in doc.ents[k].aliases}
    for venue in venues:
        if venue not in doc.ents:
            continue
        name = doc.ents[venue].name
        bare = doc.ents.get(f"place:{slug(name + ' other')}")
        if bare is not None and bare.level == "other" and bare.name == name:
            _merge_place(doc, bare.key, venue)
        elif by_alias.get(name, venue) != venue and by_alias[name] in doc.ents:
            _merge_place(doc, venue, by_alias[name])
    # "ke RSSM", "di RSSM Tirtasari" read bare: a short name of a venue, alone or with its name's tail
    for key in [k for k in doc.ents.of_kind("place") if doc.ents[k].level == "other"]:
        name = doc.ents[key].name
        head, _, tail = name.partition(" ")
        owner = by_alias.get(name) or (by_alias.get(head) if tail else None)
        if owner in doc.ents and (name in doc.ents[owner].aliases or doc.ents[owner].name.endswith(" " + tail)):
            _merge_place(doc, key, owner)


def _merge_place(doc: Document, drop: str, keep: str) -> None:
    """The place ``drop`` is ``keep``: its mentions, what lay in it or happened there go to ``keep``."""
    gone = doc.ents[drop]
    for span in list(doc.mentions.spans_of(drop)):
        doc.mentions[span] = (keep, doc.text[span[0]:span[1]])
    for ent in doc.ents.values():
        if getattr(ent, "within", None) == drop:
            ent.within = keep
        if getattr(ent, "area", None) == drop:
            ent.area = keep
    doc.events[:] = [dataclasses.replace(ev, location=keep) if ev.location == drop else ev for ev in doc.events]
    doc.ents[keep].seen_at(gone.first)
    if gone.name != doc.ents[keep].name:
        doc.ents[keep].aliases.add(gone.name)
    del doc.ents[drop]


_REGION_KINDS = frozenset({"country", "province", "regency", "city", "district", "village"})


def _country_qualifies(doc: Document, i: int) -> bool:
    """Whether the country at token ``i`` only qualifies the word before it: a lowercase word
    that takes no place ("turis Jepang", "militer Suriah", not "di Jepang" or "mengunjungi
    Jepang"), or a capitalized common word opening the sentence ("Tim Jepang …")."""
    if i == 0:
        return False
    lx, prev = doc.lx, doc.tokens[i - 1].text
    if prev in lx.event_heads:
        return True  # "Liga Italia", "GP Belanda": the country names a competition
    if not prev.isalpha() or prev.lower() in lx.place_cues or prev.startswith("me"):
        return False
    if prev.islower():
        return not (prev.startswith("di") and not _passive_verb(lx, prev))
    first = i == 1 or doc.tokens[i - 2].start < doc.sentence_of(doc.tokens[i].start)[0]
    return first and lx.is_common_word(prev) and prev not in lx.title_words


# words after which a country stays the country: its official name, its people, its team
# ("Republik Indonesia", "Rakyat Indonesia", "Timnas Indonesia")
_COUNTRY_TAKERS = frozenset({"Republik", "Kerajaan", "Negara", "Rakyat", "Bangsa", "Warga", "Timnas", "Tim"})


def _country_ends_a_name(doc: Document, i: int) -> bool:
    """Whether the country at token ``i`` closes a longer capitalized name, glued in mid-sentence to
    the capitalized word before it, which is no title's, body head's, place's, level's, direction's,
    month's or weekday's word and no part of a person's name ("Kepada CNN Sukamaju", "Kongres Pesona
    Sukamaju", "Carats Sukamaju" are no mention of the country; "Presiden Sukamaju", "Pemerintah
    Sukamaju", "Republik Sukamaju", "Jawa Barat, Sukamaju" are)."""
    if i < 2:
        return False
    lx, toks, text = doc.lx, doc.tokens, doc.text
    prev, before = toks[i - 1], toks[i - 2]
    word = prev.text
    if not word[:1].isupper() or text[prev.end:toks[i].start] != " " or "\n" in text[before.end:prev.start] or \
            not (before.text[:1].isalnum() or before.text in (",", "(")) or before.text in ("(",):
        return False  # (a sentence's or a parenthesis' first word is read by _country_qualifies)
    if word in lx.title_ends or word in lx.title_words or word in lx.institutions or word in lx.level_words or \
            word in lx.directions or word in lx.place_nouns or word in _COUNTRY_TAKERS or word in lx.country_names or \
            word.lower() in lx.months or word.lower() in lx.weekdays or is_big_region(lx, word) or \
            word in lx.geo_words or word in lx.acronyms:
        return False  # (nor a landmark's word, "Semenanjung Korea", nor a body's acronym, "Kedubes AS")
    s0, s1 = doc.sentence_of(prev.start)
    words = [w for w in re.findall(r"(?<![\w-])[^\W\d_][\w-]*", text[s0:s1]) if len(w) > 3 or w[:1].isupper()]
    if len(words) >= 4 and 5 * sum(w[:1].isupper() for w in words) >= 4 * len(words):
        return False  # a headline in title case ("Malaysia Kalahkan Indonesia di Semifinal"; its short
        # lowercase joining words left out)
    return not any(k.startswith(("person:", "place:")) and a <= prev.start < b
                   for a, b, k in doc.mentions.starting_between(prev.start - doc.mentions.longest, prev.end))


def _passive_verb(lx: Lexicon, word: str) -> bool:
    """A passive verb ("dilancarkan", "dikuasai"): a dictionary word with the prefix di-."""
    return len(word) > 4 and word.startswith("di") and word.islower() and lx.is_common_word(word)


def _country_acts(doc: Document, i: int, end: int, countries: set[tuple[int, int]]) -> bool:
    """Whether the country at token ``i`` (ending at ``end``) acts, as a state does, rather
    than being a place: the agent of a passive verb ("serangan yang dilancarkan Jepang", "…
    oleh Jepang") or the subject of a clause ("Jepang telah melarang …", "bahwa Jepang dan
    Korea Selatan juga mengikuti …"). ``countries``: the spans of the article's country mentions."""
    lx, toks = doc.lx, doc.tokens
    # a list of countries acts together ("Jepang dan Korea Selatan telah …"): from its first item
    while i >= 2 and toks[i - 1].text in lx.list_joints:
        first = next((a for a, b in countries if b == toks[i - 2].end), None)
        if first is None:
            break
        i = doc.token_at[first]
    prev = toks[i - 1].text if i else ""
    if prev == "oleh" or _passive_verb(lx, prev):
        return True
    if i and prev not in lx.function_words["clause_opener"] and toks[i - 1].start >= doc.sentence_of(toks[i].start)[0]:
        return False
    j = bisect.bisect_left(doc.token_starts, end)
    # over the list to the predicate
    while j + 1 < len(toks) and toks[j].text in lx.list_joints:
        nxt = next((b for a, b in countries if a == toks[j + 1].start), None)
        if nxt is None:
            return False
        j = bisect.bisect_left(doc.token_starts, nxt)
    if j >= len(toks):
        return False
    w = toks[j].text
    return w in lx.function_words["predicate"] or w.islower() and len(w) > 4 and w not in lx.place_cues and \
        w.startswith(("me", "ber", "di")) and lx.is_common_word(w)


PASS = Pass("mentions", settle_mentions,
            reads=("ents", "mentions", "posts", "memberships", "events", "title_spans"),
            assigns=("ents", "mentions", "events"))
