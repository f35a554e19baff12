"""Nicknames and short names: one person (or body) under all the names the article gives them.

A name the article pairs with another person's as that person's other name ("Rico Dian
Sari alias Rico Can", "Ahmad Fauzi (Gus Fauzi)", "Ahmad Fauzi atau Gus Fauzi", "yang
akrab disapa …", and the other way round "Gus Fauzi sapaan akrab Ahmad Fauzi") is an alias
of the first, not a second person; a well-known national
figure's short name (``short_names.tsv``: "Jokowi") takes the full name::

    Menteri Contoh Ahmad Fauzi (Gus Fauzi) hadir. Gus Fauzi lalu berpidato.
    → one person Ahmad Fauzi, alias Gus Fauzi, named twice

A body the news names loosely takes its standard name (``canonical_names.tsv``: "Golkar"
and "Partai Golkar" are one party).

Leaves to later passes: posts, quotes and events read the merged people and bodies.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Entity, Pass
from ..lookup.names import clipped, one_letter_apart

__all__ = ["join_nicknames", "PASS"]


# between a name and its other name: "alias", "atau", "yang akrab disapa", an opening parenthesis
_OTHER_NAME = re.compile(r"\s*(?:,\s*)?(?:\(\s*|(?:alias|als\.?|atau|(?:yang\s+)?(?:akrab|biasa)\s+(?:disapa|dipanggil|"
                         r"disebut)|sapaan\s+akrab(?:nya)?)\s+)$")
# between a nickname and the name it stands for, named before: "Gus Fauzi sapaan akrab Ahmad Fauzi",
# "Mbah Fauzi — sapaan Ahmad Fauzi —"
_NICKNAME_OF = re.compile(r"\s*[,–—-]?\s*sapaan(?:\s+akrab)?\s+$")


def _merge(doc: Document, gone: Entity, into: Entity) -> None:
    """Every mention of ``gone`` becomes one of ``into``; its names become aliases."""
    for span in list(doc.mentions.spans_of(gone.key)):
        doc.mentions[span] = (into.key, doc.mentions[span][1])
    into.aliases |= {gone.name, *gone.aliases} - {into.name}
    into.seen_at(gone.first)
    for x in getattr(gone, "titles", ()):
        if x not in into.titles:
            into.titles.append(x)
    for x in getattr(gone, "posts", ()):
        into.posts.append(x)
    for x in getattr(gone, "prefixes", ()):
        if x not in into.prefixes:
            into.prefixes.append(x)
    if gone.key in doc.participant_people:
        doc.participant_people.discard(gone.key)
        doc.participant_people.add(into.key)
    for table in (doc.org_alias, doc.acr_defs):  # the surface forms that name it
        for form, key in list(table.items()):
            if key == gone.key:
                table[form] = into.key
    for other in doc.ents.values():  # the bodies it is the parent of, the places it serves
        for attr in ("parent", "area", "within"):
            if getattr(other, attr, None) == gone.key:
                setattr(other, attr, into.key)
    del doc.ents[gone.key]


def _shortens(lx, short: str, full: str) -> bool:
    """Whether the body's name ``short`` is a shorter form of the name ``full``: the company
    without its legal form ("Sinar Jaya", "PT Sinar Jaya"), or, of a body whose name lists
    several fields, one of them ("Dinas Pariwisata [Kabupaten Klaten]" of "Dinas Kebudayaan
    dan Pariwisata Kabupaten Klaten").

    >>> from graph.extract.lexicon import lexicon
    >>> _shortens(lexicon(), "Dinas Pariwisata", "Dinas Kebudayaan dan Pariwisata Kabupaten Klaten")
    True
    >>> _shortens(lexicon(), "Dinas Kesehatan", "Dinas Kebudayaan dan Pariwisata")
    False
    """
    ws, wf = short.split(), full.replace(",", " ,").split()
    if len(ws) >= len(wf):
        return False
    if ws == wf[1:] and lx.institutions.get(wf[0], {}).get("business") == "yes":
        return True
    if ws[0] != wf[0] or wf[0] not in lx.institutions or not ("dan" in wf or "," in wf):
        return False
    tail = 0  # the words both end with: the region ("Kabupaten Klaten")
    while tail < len(ws) - 2 and ws[-1 - tail] == wf[-1 - tail]:
        tail += 1
    joints = lx.function_words["name_connector"] | {","}
    fields_s = set(ws[1:len(ws) - tail]) - joints
    fields_f = set(wf[1:len(wf) - tail]) - joints
    return bool(fields_s) and fields_s < fields_f


def _written_otherwise(ent: Entity, other: Entity) -> bool:
    """Whether the person ``ent`` is ``other`` written another way: the same words but one, one
    letter apart; the first and last of its words without the middle; or, named by one word,
    the first word of ``other``'s name clipped ("Hendi" of "Hendriko", "Vlado" of "Vladimir",
    "Pram" of "Pramesti": at least four letters kept, five when the last is another) or one
    letter apart, or one of its one-word names one letter apart. ``other`` is the fuller name,
    or the one named first."""
    words = ent.name.split()
    names = [other.name, *sorted(other.aliases)]
    if len(words) == 1:
        w, first = words[0], other.name.split()[0]
        if (clipped(w, first, 5, loose_end=True) or clipped(w, first, 4)) and len(other.name.split()) > 1:
            return True
        return any(len(n.split()) == 1 and one_letter_apart(w, n) for n in names) or \
            len(other.name.split()) > 1 and one_letter_apart(w, first)  # ("Bambnag" of "Bambang Sutejo")
    if len(words) == 2 and any(len(ws) > 2 and ws[0] == words[0] and ws[-1] == words[-1]
                               for ws in (n.split() for n in names)):
        return True  # the middle of the name left out ("Rudi Wibisana" of "Rudi Santoso Wibisana")
    if other.first is not None and ent.first is not None and other.first > ent.first:
        return False  # (the later of two names written alike joins the earlier)
    for n in names:
        ws = n.split()
        if len(ws) == len(words):
            apart = [(a, b) for a, b in zip(words, ws) if a != b]
            if len(apart) == 1 and one_letter_apart(*apart[0]):
                return True
    return False


def _writes_otherwise(lx, other: str, name: str) -> bool:
    """Whether the body's name ``other`` is another writing of ``name``: its acronym, the
    initials of its words after a shared head ("GMBI" of "Gerakan Masyarakat Bawah
    Indonesia", "PT KAI" of "PT Kereta Api Indonesia"), or the same name with the short
    form of its region and without a level word ("Polda Jabar" read as "Kepolisian Daerah
    Jabar" of "Kepolisian Daerah Jawa Barat").

    >>> from graph.extract.lexicon import lexicon
    >>> _writes_otherwise(lexicon(), "GSBS", "Gerakan Suka Bakti Sukamaju")
    True
    >>> _writes_otherwise(lexicon(), "Dinas Kesehatan Jateng", "Dinas Kesehatan Provinsi Jawa Tengah")
    True
    >>> _writes_otherwise(lexicon(), "GSB", "Gerakan Suka Bakti Sukamaju")
    False
    """
    wo, wn = other.split(), name.split()
    shared = 0
    while shared < len(wo) - 1 and shared < len(wn) and wo[shared] == wn[shared]:
        shared += 1
    acr = wo[shared:]
    if len(acr) == 1 and len(acr[0]) >= 3 and acr[0].isalpha() and acr[0].isupper() and len(wo) == shared + 1:
        joints = lx.function_words["name_connector"]
        rest = [w.strip(",") for w in wn[shared:] if w.strip(",") and w.strip(",").lower() not in joints]
        return len(rest) >= 3 and "".join(w[0] for w in rest).upper() == acr[0]
    if not any(w in lx.region_aliases for w in wo):
        return False
    levels = lx.regional_level_stems

    def plain(words: list[str]) -> list[str]:
        out = []
        for w in words:
            out.extend(lx.region_aliases[w].name.split() if w in lx.region_aliases else [w])
        return [w for w in out if w not in levels]
    return len(wo) >= 2 and plain(wo) == plain(wn)


def _a_names_start(lx, name: str) -> bool:
    """Whether a body's ``name`` is only dictionary words that name no known body: the start of
    a longer name read alone ("Kepolisian Negara"), not "Dewan Perwakilan Rakyat"."""
    return all(lx.is_common_word(w) for w in name.split()) and name not in _known_bodies(lx)


@lru_cache(maxsize=4)
def _known_bodies(lx) -> frozenset[str]:
    """The names of the bodies the lexicons know: acronyms' expansions, bodies known by name."""
    return frozenset({r["expansion"] for r in lx.acronyms.values() if r["kind"] not in ("term", "complement")} |
                     set(lx.org_names))


def _names_body(lx, name: str, org: Entity) -> bool:
    """Whether ``name`` is the name the body ``org``'s name starts with (without a company's
    legal form): "Wiranta" of "Wiranta Group", "Sinar Jaya" of
    "PT Sinar Jaya"; not "Rudi Wibisana" of "Yayasan Rudi Wibisana".

    >>> from graph.extract.document import OrgEntity
    >>> from graph.extract.lexicon import lexicon
    >>> _names_body(lexicon(), "Sinar", OrgEntity("org:pt-sinar-grup", "PT Sinar Grup", 0))
    True
    >>> _names_body(lexicon(), "Rudi Wibisana", OrgEntity("org:yayasan-rudi-wibisana", "Yayasan Rudi Wibisana", 0))
    False
    """
    words = org.name.split()
    if lx.institutions.get(words[0], {}).get("business") == "yes" and words[0] not in ("Koperasi",):
        words = words[1:]
    return len(words) > len(name.split()) and words[:len(name.split())] == name.split()


def _shortened_by(orgs: list[Entity]):
    """A function of a name that gives, in the list's order, the bodies of which
    :func:`_shortens` may find it a shorter form: those whose name starts with its first
    word or, after one word, is it (the names do not change while it is used)."""
    first: dict[str, list[int]] = {}
    rest: dict[tuple[str, ...], list[int]] = {}
    for n, o in enumerate(orgs):
        wf = o.name.replace(",", " ,").split()
        if wf:
            first.setdefault(wf[0], []).append(n)
            rest.setdefault(tuple(wf[1:]), []).append(n)

    def candidates(name: str) -> list[Entity]:
        ws = name.split()
        if not ws:
            return orgs
        return [orgs[n] for n in sorted({*first.get(ws[0], ()), *rest.get(tuple(ws), ())})]
    return candidates


def _by_parts(lx, people: list[Entity]) -> dict[tuple[str, ...], list[Entity]]:
    """The people by each run of one or two words of their name, in the list's order (the
    names do not change while it is read); a run that opens with a particle ("ter Sutejo",
    "van Sukamaju") also as written when it opens a sentence or stands alone ("Ter Sutejo")."""
    out: dict[tuple[str, ...], list[Entity]] = {}
    for p in people:
        pw = p.name.split()
        parts = [tuple(pw[i:i + size]) for size in (1, 2) for i in range(len(pw) - size + 1)]
        parts += [(x[0].capitalize(), *x[1:]) for x in parts if len(x) == 2 and x[0] in lx.name_inner]
        for part in dict.fromkeys(parts):
            out.setdefault(part, []).append(p)
    return out


def _by_first_name_word(lx, orgs: list[Entity]) -> dict[str, list[Entity]]:
    """The bodies by the first word of their name as :func:`_names_body` reads it (without a
    company's legal form), in the list's order."""
    out: dict[str, list[Entity]] = {}
    for o in orgs:
        words = o.name.split()
        if words and lx.institutions.get(words[0], {}).get("business") == "yes" and words[0] not in ("Koperasi",):
            words = words[1:]
        if words:
            out.setdefault(words[0], []).append(o)
    return out


def join_nicknames(doc: Document) -> None:
    """Merge a person's other names into the person (see the module's docstring)."""
    text, lx = doc.text, doc.lx
    # the names the article pairs: a person's mention right after another's, joined as its other name
    spans = sorted((s, e, k) for (s, e), (k, _) in doc.mentions.items()
                   if k in doc.ents and doc.ents[k].kind == "person")
    first_at: dict[str, int] = {}
    for s, _, k in spans:
        first_at.setdefault(k, s)
    for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
        if k1 == k2 or k1 not in doc.ents or k2 not in doc.ents or e2 - s2 > 40:
            continue
        if _NICKNAME_OF.fullmatch(text[e1:s2]) and first_at[k1] == s1 and first_at[k2] < s1 and \
                text[s1:e1] == doc.ents[k1].name:
            _merge(doc, doc.ents[k1], doc.ents[k2])  # a nickname introduced here of a person named before
            continue
        if not _OTHER_NAME.fullmatch(text[e1:s2]):
            continue
        other = doc.ents[k2]
        if text[s2:e2] != other.name or first_at[k2] != s2:
            continue  # the other name is introduced here, as written ("… (Kolla)" is someone's short form)
        if text[e1:s2].rstrip().endswith("(") and not re.match(r"\s*\)", text[e2:e2 + 3]):
            continue  # "(Rudi, 45)": no other name
        if text[e1:s2].strip() == "atau" and len(doc.ents[k2].name.split()) > len(doc.ents[k1].name.split()) + 1:
            continue  # "Budi atau Rudi Sastro Wibisana": two people, one of them
        _merge(doc, doc.ents[k2], doc.ents[k1])
    # a part of one person's name standing alone ("Wibisana" and "Rudi Wibisana", found by different
    # passes) is that person, when no other person's name has that part
    people = [e for e in doc.ents.values() if e.kind == "person"]
    having = _by_parts(lx, people)
    for ent in sorted(people, key=lambda e: len(e.name.split())):
        words = ent.name.split()
        if ent.key not in doc.ents or len(words) > 2:
            continue
        longer = [p for p in (having.get(tuple(words), ()) if words else people) if p.key != ent.key and p.key in doc.ents and
                  len(p.name.split()) > len(words)]
        if len(longer) == 1:
            _merge(doc, ent, longer[0])
    # a person's name written another way: a clipped first name ("Wibi" of "Wibisana Rudi", "Vlado"
    # of "Vladimir Kostrec") or a spelling one letter longer or shorter ("Achmad" and "Ahmad
    # Jufriyanto", "Ssaha" and the alias "Sasha"): that person, when exactly one fits
    people = [e for e in doc.ents.values() if e.kind == "person"]
    initials = {p.key: {n[:1] for n in (p.name, *p.aliases)} for p in people}  # (a variant keeps its initial)
    for ent in sorted(people, key=lambda e: (len(e.name.split()), -(e.first or 0))):
        if ent.key not in doc.ents:
            continue
        fits = [p for p in people if p.key != ent.key and ent.name[:1] in initials[p.key] and p.key in doc.ents and
                _written_otherwise(ent, p)]
        if len(fits) == 1:
            _merge(doc, ent, fits[0])
    # a body under its standard name ("Golkar", "Partai Golkar"; "PDIP", "PDI Perjuangan"):
    # one body, named as canonical_names.tsv writes it, the forms of the text its aliases
    for ent in [e for e in doc.ents.values() if e.kind == "org"]:
        if ent.key not in doc.ents:
            continue
        name = ent.name
        for pattern, canonical in lx.canonical:
            m = pattern.match(name)
            if m:
                name = canonical + name[m.end():]
        if name == ent.name:
            continue
        same = next((o for o in doc.ents.values() if o.kind == "org" and o.key != ent.key and o.name == name), None)
        if same is not None:
            _merge(doc, ent, same)
        else:
            ent.aliases.add(ent.name)
            ent.name = name
    # a body under a shorter form of its name: one body, the short form an alias
    orgs = [e for e in doc.ents.values() if e.kind == "org"]
    might_shorten = _shortened_by(orgs)
    for ent in sorted(orgs, key=lambda e: len(e.name)):
        longer = [o for o in might_shorten(ent.name) if o.key != ent.key and o.key in doc.ents and
                  _shortens(lx, ent.name, o.name)]
        if ent.key in doc.ents and len(longer) == 1:
            _merge(doc, ent, longer[0])
    # a body under its acronym or with its region's short form, beside its full name: one body
    orgs = [e for e in doc.ents.values() if e.kind == "org" and not e.implied]
    for ent in orgs:
        if ent.key not in doc.ents:
            continue
        full = [o for o in orgs if o.key != ent.key and o.key in doc.ents and _writes_otherwise(lx, ent.name, o.name)]
        if len(full) == 1:
            _merge(doc, ent, full[0])
    # the start of a body's name, dictionary words only ("Kepolisian Negara" read inside "Kepala
    # Kepolisian Negara Republik Indonesia"), no known body's name of its own: that body, when one
    for ent in sorted(orgs, key=lambda e: -len(e.name)):  # (the longest first: "Kepolisian Negara", then "Kepolisian")
        if ent.key not in doc.ents or not _a_names_start(lx, ent.name):
            continue
        longer = [o for o in orgs if o.key != ent.key and o.key in doc.ents and o.name.startswith(ent.name + " ")]
        if len(longer) == 1:
            _merge(doc, ent, longer[0])
    # a "person" named by the start of a body's name ("Wiranta" of "Wiranta Group", "Sinar Jaya"
    # of "PT Sinar Jaya"): the body, when nothing (a title, an honorific) makes it a person
    orgs = [e for e in doc.ents.values() if e.kind == "org" and not e.implied]
    starting = _by_first_name_word(lx, orgs)
    for ent in [e for e in doc.ents.values() if e.kind == "person"]:
        if ent.titles or ent.posts or ent.prefixes or ent.suffixes:
            continue
        first = ent.name.split()[:1]
        body = [o for o in (starting.get(first[0], ()) if first else orgs)
                if o.key in doc.ents and _names_body(lx, ent.name, o)]
        if len(body) == 1:
            _merge(doc, ent, body[0])
    # well-known short names: the full name, the short one an alias
    for ent in [e for e in doc.ents.values() if e.kind == "person"]:
        full = lx.short_names.get(ent.name)
        if not full or ent.key not in doc.ents:
            continue
        same = next((p for p in doc.ents.values() if p.kind == "person" and p.name == full), None)
        if same is not None:
            _merge(doc, ent, same)
        else:
            ent.aliases.add(ent.name)
            ent.name = full


PASS = Pass("nicknames", join_nicknames,
            reads=("ents", "mentions", "participant_people", "org_alias", "acr_defs"),
            assigns=("ents", "mentions", "participant_people", "org_alias", "acr_defs"))
