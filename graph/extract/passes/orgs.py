"""Organizations named by an institution word or an acronym.

Reads a body's name from its head ("Dinas", "Koperasi", "PT", a known acronym) over its
complement (agency words, a region, an acronym defined in parentheses), canonicalizes it
(acronyms expanded, the region added to a regional body) and registers it with its
aliases::

    Dinas Perikanan (Diskan) Kabupaten Bangli membina Koperasi Wijayakusuma.
    → "Dinas Perikanan Kabupaten Bangli" (alias "Diskan"), "Koperasi Wijayakusuma"

Also a country's government ("pemerintah Jepang"). Leaves to later passes: bodies named
without an institution word (the names pass), the parties inside factions and boards (the
parties pass) and each body's parent (the parents pass).
"""
from __future__ import annotations

import re

from ..document import Document, Pass, is_country
from ..lookup.names import are_initials
from ..lookup.orgs import government_of, is_acronym, named_freely, org_tokens, register_org

__all__ = ["find_orgs", "PASS"]


def find_orgs(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    toks, starts = doc.tokens, doc.token_at
    units = _unit_heads(doc)
    teams = _national_teams(doc)
    heads = sorted({m.start() for m in lx.INSTITUTION_RE.finditer(text)} |
                   {m.start() for m in lx.ACRONYM_RE.finditer(text)} | units)
    covered = -1
    for pos in heads:
        if pos < covered or pos not in starts or doc.claimed(pos, pos + 1) or any(a <= pos < b for a, b in teams):
            continue  # (inside a legal reference: "Pasal 2 UU KPK" names no body; a national team is read)
        i = starts[pos]
        head = toks[i].text
        if head == "Partai" and i and toks[i - 1].text in lx.party_unit_words:
            continue  # "Fraksi Partai Golkar": the faction is read whole with the names
        if head in lx.acronyms and are_initials(doc, head, i, toks[i].end):
            continue  # "pelaku berinisial MK", "AS (55)": a person's initials, read with the names
        # a title word right before an institution ("Kepala Dinas") is handled with people
        inst = lx.institution_forms.longest_at(text, pos)
        skip = len(inst.split()) if inst else 1
        row = lx.acronyms.get(toks[i + skip].text) if i + skip < len(toks) else None
        if row and row["expansion"].startswith(f"{inst or head} "):
            continue  # "Kepolisian Polda Jawa Tengah": the head its acronym repeats; the acronym names the body
        free = named_freely(lx, head, inst)
        if free and inst and i + skip < len(toks) and toks[i + skip].text == "(" and i and toks[i - 1].is_cap:
            continue  # "Indeks Harga Saham Gabungan (IHSG)": a free head that ends another's name names no body
        j = org_tokens(doc, toks, i + skip, first_free=free or pos in units)
        if j == i + skip and head not in lx.acronyms and inst not in ("Puskesmas", "RSUD", "Dekranasda"):
            if not (head in lx.acronyms or inst in ("PKK",)):
                continue
        end = toks[j - 1].end if j > i else toks[i].end
        parent = held_by = None
        # a unit of a body ("Komisi B DPRD …", "Tim Resmob Polres …"); a longer institution word
        # that starts with a team's head is none ("Tim Penggerak PKK"), nor one that names a body
        # of its own ("Direktorat Jenderal Pajak Kementerian …")
        unit = _is_unit_head(lx, head, inst)
        # (inside a team's name only an acronym names a body: "Tim Resmob Polres X", not the
        # "Tim Anggaran Pemerintah Kabupaten (TAPK) X", one body; nor the acronym it defines)
        # (an acronym's unit has its name in it: the body may follow at once, "Ditlantas Polda X")
        inside = next((x for x in range(i + skip + (head in lx.unit_heads), j) if toks[x].is_cap and toks[x - 1].text != "(" and (
            lx.INSTITUTION_RE.match(text, toks[x].start) and head not in lx.proper_heads or
            lx.ACRONYM_RE.match(text, toks[x].start))), None) \
            if unit else None
        if inside is not None:
            # "Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Contoh": the body read with its unit
            parent = register_org(doc, toks[inside].start, end)
            j = inside  # the unit's own words, for its alias
        elif unit and j < len(toks) and (
                lx.INSTITUTION_RE.match(text, toks[j].start) or lx.ACRONYM_RE.match(text, toks[j].start)):
            # "Komisi B Dewan Perwakilan Rakyat …": a unit named together with its body
            inner = lx.institution_forms.longest_at(text, toks[j].start)
            j2 = org_tokens(doc, toks, j + (len(inner.split()) if inner else 1),
                             first_free=named_freely(lx, toks[j].text, inner))
            parent = register_org(doc, toks[j].start, toks[j2 - 1].end)
            if parent:
                end = toks[j2 - 1].end
        elif not unit and j - 1 > i + skip - 1 and _names_a_body(lx, toks[j - 1].text) and \
                lx.ACRONYM_RE.fullmatch(toks[j - 1].text):
            # "Badan Reserse Kriminal Polri", "Kantor Wilayah Kemenkumham": the body whose
            # acronym ends the name is named too, and holds it
            held_by = register_org(doc, toks[j - 1].start, toks[j - 1].end)
            if inst in lx.own_body_heads and j - 2 >= i + skip:
                end = toks[j - 2].end  # "Direktorat Jenderal Kebudayaan Kemendikbud": the body is known by itself
        key = register_org(doc, pos, end, unit=pos in units)
        if key:
            covered = end
            if parent and parent != key:
                doc.ents[key].parent = parent
                doc.ents[key].aliases.add(text[pos:toks[j - 1].end])
            elif held_by and held_by != key and doc.ents[key].parent is None:
                doc.ents[key].parent = held_by
    _union_short_forms(doc)
    _bare_heads(doc)
    # "Pemerintah Jepang", "pemerintah Mesir": a country's government is a body
    for (s, e), (k, _) in sorted(doc.mentions.items()):
        gov = re.search(r"\b[Pp]emerintah\s+$", text[max(0, s - 12):s])
        if gov and is_country(doc.ents[k]):
            key = government_of(doc, k)
            doc.ents[key].implied = False
            doc.mention(s - len(gov.group(0)), e, key)


def _bare_heads(doc: Document) -> None:
    """A body named by its head alone ("Panitia Khusus", "Pansus") where the article names one
    body only that its head starts ("Pansus Angket Contoh" … "Pansus akan mengakhiri …") is that
    body: one body, one node."""
    lx = doc.lx
    orgs = [doc.ents[k] for k in doc.ents.of_kind("org")]
    for ent in orgs:
        if ent.name not in lx.institutions or ent.area or any(x.refers_to(ent.key) for x in doc.ents.values()):
            continue
        longer = [e for e in orgs if e.key != ent.key and e.key in doc.ents and e.name.startswith(ent.name + " ")]
        if len(longer) != 1:
            continue
        body = longer[0]
        for span in list(doc.mentions.spans_of(ent.key)):
            written = doc.mentions[span][1]
            del doc.mentions[span]
            doc.mention(span[0], span[1], body.key)
            if written != body.name:
                body.aliases.add(written)
        body.aliases.update(ent.aliases)
        for form, key in list(doc.org_alias.items()):
            if key == ent.key:
                doc.org_alias[form] = body.key
        for acr, key in list(doc.acr_defs.items()):
            if key == ent.key:
                doc.acr_defs[acr] = body.key
        del doc.ents[ent.key]


# a national team's words before its country ("timnas", "Tim Nasional"), with its age group ("U-19")
_NATIONAL_TEAM_RE = re.compile(r"(?<![\w-])(?:[Tt]imnas|[Tt]im\s+[Nn]asional(?:\s+\([Tt]imnas\))?)(?:\s+(?P<age>U\s?-\s?\d\d))?\s+")
_AGE_AFTER_RE = re.compile(r"\s+(U\s?-\s?\d\d)(?!\w)")


def _national_teams(doc: Document) -> list[tuple[int, int]]:
    """A country after a national team's words ("timnas Sukamaju", "Tim Nasional U-19 Sukamaju")
    names the team, a body of its own ("Tim Nasional Sukamaju", named as written too); the
    country keeps its mention. Returns the teams' spans."""
    lx, text = doc.lx, doc.text
    spans: list[tuple[int, int]] = []
    if "imnas" not in text and "im nasional" not in text and "im Nasional" not in text:
        return spans  # (most articles name no team: the words' cores first, a scan when one is there)
    for m in _NATIONAL_TEAM_RE.finditer(text):
        country = lx.COUNTRY_RE.match(text, m.end())
        if not country or doc.claimed(m.start(), country.end()):
            continue
        end, age = country.end(), m["age"]
        after = _AGE_AFTER_RE.match(text, end)
        if after and not age:  # "Timnas Sukamaju U-23"
            end, age = after.end(), after.group(1)
        full = lx.country_full.get(country.group(0), country.group(0))
        age = re.sub(r"\s", "", age) + " " if age else ""
        ent = doc.add("org", f"Tim Nasional {age}{full}", m.start(), category="other")
        ent.implied = False
        written = re.sub(r"\s*\([^()]*\)", "", text[m.start():end])  # ("Tim nasional (timnas) Sukamaju")
        if written != ent.name:
            ent.aliases.add(written)
        doc.mention(m.start(), end, ent.key)
        spans.append((m.start(), end))
    return spans


# a syllabic short form of "Persatuan …" or "Perserikatan …" ("Persisu", "Persikam"): a club's or
# an association's name, often with its city after it
_UNION_SHORT_RE = re.compile(r"Pers[a-z]{2,}(?![\w-])")  # (a literal first: the engine finds it fast; the
# word's start is checked after)
_DERIVED_ENDS = ("an", "kan", "nya", "lah")  # a derived word's suffixes ("Persahabatan", "Persiapkan")


def _union_short_forms(doc: Document) -> None:
    """A word no dictionary knows made of "Pers" and a short form ("Persisu", "Persikam
    Klaten") names a union, mostly a football club: the short form of "Persatuan Sepak Bola
    …". The city written right after it is its name's too; one body for all its forms, named by
    the short form alone (the same in every article, whether it writes the city or not)::

        Persisu Klaten menjamu Persikam. … pelatih Persisu mundur.
        → "Persisu" (alias "Persisu Klaten"), "Persikam"
    """
    lx, text = doc.lx, doc.text
    found: dict[str, list[tuple[int, int]]] = {}
    surnames: dict[str, int] = {}
    for m in _UNION_SHORT_RE.finditer(text):
        word = m.group(0)
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        if word.lower() in lx.dictionary or word.endswith(_DERIVED_ENDS) or word.lower() in lx.english_common or \
                doc.claimed(m.start(), m.end()):
            continue  # ("Persis", "Persiapan", "Persaingan": words of "per-"; the stemmer would take "Persisu" for one too)
        before = re.search(r"\b([A-Za-z]\w*) $", text[max(0, m.start() - 30):m.start()])
        if before and (before.group(1).lower() in lx.name_inner or
                       before.group(1)[0].isupper() and not lx.is_common_word(before.group(1))):
            surnames[word] = surnames.get(word, 0) + 1  # ("Rudi Persadi", "van Persi": a person's last name)
        city = lx.REGION_RE.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        if city and not city["lvl"] and not re.match(r"\s*[A-Z]", text[city.end():city.end() + 2]):
            found.setdefault(word, []).append((m.start(), city.end()))
        elif not re.match(r" [A-Z]", text[m.end():m.end() + 2]):
            found.setdefault(word, []).append((m.start(), m.end()))
        # (else a longer name the other passes read: "Persisu Contoh United", "pemain Persisu Rudi")
    for word, spans in found.items():
        if 2 * surnames.get(word, 0) >= len(spans):
            continue  # (written after a name's word mostly: a person's, in the whole article)
        ent = doc.add("org", word, spans[0][0], category="other")
        ent.implied = False
        ent.aliases.update(text[a:b] for a, b in spans if b > a + len(word))
        for a, b in spans:
            doc.mention(a, b, ent.key)
            doc.org_alias.setdefault(text[a:b], ent.key)


def _unit_heads(doc: Document) -> set[int]:
    """Where a unit's head that no institution word starts names a unit of a body named right
    after its own name ("Bidang Propam Polda Sukamaju", "Unit Reskrim Polres Sukamaju"): the
    head capitalized after no title ("Kepala Bidang Humas …" is read with the people), an
    acronym, agency word or short name next, and a known body's acronym or institution word
    within three words."""
    lx, toks = doc.lx, doc.tokens
    found = set()
    for i, t in enumerate(toks[:-2]):
        if t.text not in lx.unit_heads or lx.INSTITUTION_RE.match(doc.text, t.start) or \
                i and (toks[i - 1].text in lx.title_words or toks[i - 1].is_cap and toks[i - 1].is_word):
            continue
        nxt = toks[i + 1]
        if not (nxt.is_cap and nxt.is_word and (is_acronym(nxt.text) or nxt.text in doc.agency_words or
                                                not lx.is_common_word(nxt.text))):
            continue  # ("Propam", "Reskrim": a unit's short name)
        if any(_names_a_body(lx, u.text) or lx.INSTITUTION_RE.match(doc.text, u.start)
               for u in toks[i + 2:i + 5] if u.is_cap):
            found.add(t.start)
    return found


def _is_unit_head(lx, head: str, inst: str | None) -> bool:
    """Whether a body's head names a unit of another body ("Komisi B DPRD …", "Direktorat
    Reserse Narkoba Polda …"): a unit's head word, or an acronym standing for one
    ("Ditresnarkoba Polda …"); not a longer institution word that names a body of its own
    ("Direktorat Jenderal Pajak Kementerian …")."""
    row = lx.acronyms.get(head) if inst is None else None
    if row and row["kind"] == "government":
        inst = lx.institution_forms.longest_at(row["expansion"], 0)
        head = row["expansion"].split()[0]
    return head in lx.unit_heads and not (
        inst and inst != head and (head in lx.proper_heads or inst in lx.own_body_heads))


def _names_a_body(lx, word: str) -> bool:
    """Whether a known acronym names a body (not a term, nor a short form of a field)."""
    row = lx.acronyms.get(word)
    return row is not None and row["kind"] not in ("term", "complement")


PASS = Pass("orgs", find_orgs,
            reads=("ents", "mentions", "region", "law_spans"),
            assigns=("ents", "mentions", "org_alias", "acr_defs"))
