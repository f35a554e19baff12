"""Bodies several passes read: where a body's name ends (:func:`org_tokens`), its canonical
form, and the registry of bodies (:func:`register_org`, :func:`find_org`, governments)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..document import FEW, Document, Entity, slug
from ..lexicon import Lexicon
from ..text import Token
from .places import area_of, choose_region, region_width
from .tagger import tagger_starts_person

# the patterns the lookups ask again and again, compiled once (the stemmer's patterns push re's cache)
_NUMBERED_RE = re.compile(r"^\d+/\w+$")  # "5/2016"
_BRACKETED_RE = re.compile(r"\(\s*([^()]+?)\s*\)")  # what a bracket holds
_BRACKET_RE = re.compile(r"\s*\([^()]*\)")  # a bracket and the spaces before it
_LAST_BRACKET_RE = re.compile(r"\s*\([^()]*\)$")
_NOT_NAME_CHAR_RE = re.compile(r"[^\w\s/-]")

__all__ = ["is_acronym", "org_tokens", "OrgFacts", "canonical_org", "find_org", "region_suffix",
           "government_of", "register_org", "party_at", "named_freely", "field_word_typo", "spells_out", "country_code"]

YEAR_RE = re.compile(r"(?:19|20)\d\d")
# a date in a body's name ("Sebelas Maret", "12 Nopember", "17 Agustus 1945"): a day, in figures
# or words, and a month, with its year or not
_DATE_IN_NAME_RE = re.compile(
    r"(?:[1-9]|[12]\d|3[01]|Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan|Sepuluh|Sebelas|Dua Belas|"
    r"Tiga Belas|Empat Belas|Lima Belas|Enam Belas|Tujuh Belas|Delapan Belas|Sembilan Belas|Dua Puluh)\s+"
    r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|Nopember|November|"
    r"Desember)(?:\s+(?:19|20)\d\d)?(?![\w-])")


@lru_cache(maxsize=65_536)  # (asked of the same tokens by many passes)
def is_acronym(tok: str) -> bool:
    if "-" in tok and any(len(p) > 1 and p[1:].islower() for p in tok.split("-")):
        return False  # "Abd-Rahman", "Abdel-Aziz": a hyphenated name, not "PDI-P" or "DPR-RI"
    return len(tok) >= 2 and (tok.isupper() or (sum(c.isupper() for c in tok) >= 2 and tok[0].isupper())) \
        and tok.replace("-", "").isalnum()


_TYPO_MIN = 7  # a field's word this long may be written with one letter wrong, missing or extra


def field_word_typo(lx: Lexicon, word: str) -> str | None:
    """The field's word (``agency_words.tsv``) that ``word``, no word of the dictionary nor a
    field's word itself, misspells by one letter ("Krimimal" for "Kriminal"), if exactly one."""
    if len(word) < _TYPO_MIN or word in lx.agency_words or not word[:1].isupper():
        return None
    return _field_typo(lx, word)


@lru_cache(maxsize=8192)
def _field_typo(lx: Lexicon, word: str) -> str | None:
    found = {w for n in (len(word) - 1, len(word), len(word) + 1) for w in _fields_by_shape(lx).get((word[0], n), ())
             if _one_edit(w, word)}
    if len(found) != 1 or lx.is_common_word(word) or lx.region_candidates(word) or \
            word.lower() in lx.english_common or word in lx.english_common:
        return None  # ("National": an English word, no misspelt "Nasional")
    return found.pop()


@lru_cache(maxsize=4)
def _fields_by_shape(lx: Lexicon) -> dict[tuple[str, int], tuple[str, ...]]:
    """The fields' words of ``_TYPO_MIN`` letters or more by their first letter and length."""
    out: dict[tuple[str, int], list[str]] = {}
    for w in lx.agency_words:
        if len(w) >= _TYPO_MIN:
            out.setdefault((w[0], len(w)), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter changed, added or dropped."""
    return Levenshtein.distance(a, b, score_cutoff=1) == 1


def _closes_proper_name(lx: Lexicon, words: list[Token], acronym: list[Token], head: Token | None = None) -> bool:
    """Whether a parenthesised acronym after ``words`` (a body's name after its head word)
    closes a proper name: a word of it is no dictionary word ("Universitas Negeri Padang
    (UNP)"), or the acronym stands for these words alone, not for the head ("PT Sinar Laut
    Abadi (SLA)", where "Koperasi Serba Usaha (KSU)" abbreviates the kind of body), or for
    the head of a community's or an authority's name and these words ("Front Pembela Sukamaju
    (FPS)": a body's whole name; a cooperative's or a company's kind is no name)."""
    words = [t.text for t in words if t.is_word]
    if any(not lx.is_common_word(w) for w in words):
        return True
    letters = "".join(t.text for t in acronym).replace(" ", "").lower()
    if bool(words) and letters == "".join(w[0] for w in words).lower():
        return True
    row = lx.institutions.get(head.text) if head is not None else None
    return bool(words) and row is not None and row["kind"] in ("community", "government") and \
        letters == (head.text[0] + "".join(w[0] for w in words)).lower()


def org_tokens(doc: Document, toks: list[Token], i: int, *, first_free: bool) -> int:
    """Index just past an institution name's complement starting at ``toks[i]``.

    Institution names continue over agency words, acronyms, connectors, numbers, region
    names and parenthesised acronyms. ``first_free`` lets the first word be any
    capitalized word (after "Ketua", "Koperasi", "UD" …, the proper name).
    """
    lx, n = doc.lx, len(toks)
    j = i
    free_budget = 4 if first_free else 0
    common_budget, opened = 2, -1
    safe = i  # words up to here belong to the name whatever follows
    person_words = 0  # words of a person's name inside the body's ("RSUD Dr. AB Contoh")
    last_regions: list = []  # the candidates of the region just read, which a next one must lie in or hold
    read_region: tuple[int, list] = (-1, [])  # where the last region read ends, and its candidates
    dated = i > 0 and (toks[i - 1].text in lx.dated_heads or
                       i > 1 and f"{toks[i - 2].text} {toks[i - 1].text}" in lx.dated_heads)
    while j < n:
        t = toks[j].text
        if j > i and "\n" in doc.text[toks[j - 1].end:toks[j].start]:
            break
        date = _DATE_IN_NAME_RE.match(doc.text, toks[j].start) if dated and (t[0].isupper() or t.isdigit()) and (
            j == i or lx.is_common_word(toks[j - 1].text)) else None
        if date:  # "Universitas Sebelas Maret", "Institut Teknologi 12 Nopember": a date names the body
            while j < n and toks[j].start < date.end():  # (not "Universitas Sukamaju 12 Maret": a day's)
                j += 1
            safe, free_budget = j, 0
            continue
        if person_words and toks[j].is_cap and toks[j].is_word and t not in lx.prefixes:
            person_words -= 1
            j += 1
            continue
        if (t in lx.prefixes or is_acronym(t) and t not in lx.acronyms) and j + 1 < n and toks[j + 1].is_cap \
                and lx.NAMED_HEAD_BEFORE_RE.search(doc.text, max(0, toks[j].start - 40), toks[j].start):
            person_words = 2
            j += 1
            continue
        if t in lx.prefixes or t in lx.ranks or (t in lx.name_starts and j > i):
            if j + 1 < n and toks[j + 1].is_cap:
                safe = j  # "Ketua Akademi Sains Prof …": a name begins here, the words before name the body
            break
        if t in lx.weekdays or t.lower() in lx.weekdays or t.lower() in lx.months:
            break
        if j > 0 and toks[j - 1].text in lx.party_boards or j == i and " " in _known_name(lx, toks, j):
            past = party_at(doc, toks, j)
            if past > j:  # "DPD Partai Demokrat Bali", "DPC PDI Perjuangan Klaten": the board's party;
                j = safe = past  # "Ketua PDI Perjuangan …": a known name of several words, whole
                free_budget = 0
                continue
        if t in lx.title_words and j > i:  # "… Ketua …": another title begins
            break
        close = next((x for x in range(j + 2, min(j + 5, n)) if toks[x].text == ")"), None) if t == "(" else None
        if close and all(toks[x].is_cap for x in range(j + 1, close)):
            if _closes_proper_name(lx, toks[i:j], toks[j + 1:close], toks[i - 1] if i else None):
                # the acronym closed a proper name: a name after it is a person's ("PT Sinar Laut
                # Abadi (SLA) Rudi …"); after a generic one the proper name comes ("Koperasi Serba
                # Usaha (KSU) Sumber Rejeki"); regions and agency words still go on
                free_budget = 0
            j = safe = close + 1
            continue
        ahead = j
        while ahead < n and ahead - j < 10 and (toks[ahead].is_cap and toks[ahead].is_word or (
                toks[ahead].text in (",", "dan", "&") and ahead > j and ahead + 1 < n and
                (toks[ahead + 1].is_cap or toks[ahead + 1].text == "dan") and not (
                    # "…, Bank Rakyat Indonesia (BRI)": the next body of a list has its own acronym
                    toks[ahead].text == "," and lx.INSTITUTION_RE.match(doc.text, toks[ahead + 1].start) and
                    not (ahead + 2 < n and toks[ahead + 2].text in (",", "dan")) or
                    # "Kementerian Contoh dan Kementerian Energi … (KE)": so after "dan", a head
                    # that is no field's word with a name of its own ("… dan Koperasi (Diskop)" is a field)
                    toks[ahead].text != "," and toks[ahead + 1].text not in doc.agency_words and
                    lx.INSTITUTION_RE.match(doc.text, toks[ahead + 1].start) and
                    ahead + 2 < n and toks[ahead + 2].is_cap and toks[ahead + 2].is_word))):
            ahead += 1
        shut = next((x for x in range(ahead + 2, min(ahead + 5, n)) if toks[x].text == ")"), None) \
            if ahead > j and ahead + 2 < n and toks[ahead].text == "(" else None
        if shut and shut == ahead + 2 and lx.region_candidates(toks[ahead + 1].text):
            shut = None  # "Pemerintah Kabupaten Ngada, Nusa Tenggara Timur (NTT)": the acronym is a region's
        last_comma = next((x for x in range(ahead - 1, j - 1, -1) if toks[x].text == ","), None) if shut else None
        if last_comma is not None and spells_out(toks[ahead + 1].text, doc.text[toks[last_comma].end:toks[ahead - 1].end]):
            shut = None  # "Badan Wibisana Raya, Majelis Adat Sukamaju (MAS)": the last body of a list spells
            # the acronym alone; fields it spells together ("Dinas Koperasi, Perdagangan, dan UKM (Diskopdagukm)") are one name
        if shut and is_acronym(toks[ahead + 1].text) or shut and all(
                is_acronym(toks[x].text) or toks[x].is_cap for x in range(ahead + 1, shut)) and \
                any(is_acronym(toks[x].text) for x in range(ahead + 1, shut)):
            # "Direktorat Jenderal Kekayaan Intelektual (DJKI)", "Kementerian Desa, Pembangunan
            # Daerah Tertinggal, dan Transmigrasi (Kemendes PDTT)": words its acronym defines
            if _closes_proper_name(lx, toks[i:ahead], toks[ahead + 1:shut], toks[i - 1] if i else None):
                free_budget = 0  # (see below)
            j = safe = shut + 1
            continue
        if t in lx.function_words["name_connector"] and j > i and j + 1 < n and toks[j + 1].is_cap and \
                not lx.INSTITUTION_RE.match(doc.text, toks[j + 1].start) and \
                not (toks[j + 1].text.isupper() and toks[j + 1].text not in lx.acronyms) and \
                toks[j + 1].text not in lx.org_names and \
                not (toks[j + 1].text in lx.acronyms and
                     lx.acronyms[toks[j + 1].text]["kind"] not in ("complement", "term")):
            j += 1
            # the field after "dan" may be dictionary words: "Kementerian Hukum dan Hak Asasi Manusia"
            common_budget, opened = max(common_budget, 3), j - 1
            continue
        listed = j + 2 < n and toks[j + 2].text in (",", "dan")  # "Dinas Perdagangan, Koperasi, dan UKM"
        if t == "," and j > i and j + 2 < n and toks[j + 1].text == "dan" and toks[j - 1].text in doc.agency_words and (
                toks[j + 2].text in doc.agency_words or toks[j + 2].text in lx.acronyms):
            j += 1  # the serial comma of a list of fields; "dan" is read next
            continue
        if t == "," and j + 1 < n and (toks[j + 1].text in doc.agency_words or
                                        lx.acronyms.get(toks[j + 1].text, {}).get("kind") == "term") and \
                toks[j + 1].text not in lx.level_words and (listed or not lx.INSTITUTION_RE.match(doc.text, toks[j + 1].start)):
            # "Dinas Koperasi, UKM dan …" goes on; "…, Dinas Kelautan …" is the next body of a list
            j += 1
            continue
        if t == "/" and j + 1 < n:
            j += 1
            continue
        if t == "," and j > i and j + 1 < n and toks[j + 1].text in lx.legal_forms and (
                j + 2 >= n or not toks[j + 2].is_cap or not toks[j + 2].is_word):
            j = safe = j + 2  # "PT Jasa Sukamaju, Tbk": a listed company's form after a comma is its name's
            continue
        if j > 0 and YEAR_RE.fullmatch(t) and toks[j - 1].text not in lx.numbered_heads and (
                toks[j - 1].text in lx.acronyms or toks[j - 1].text in doc.agency_words):
            break  # "Rapat Pimpinan TNI 2019", "APBD Dinas Pendidikan 2016": a year ends a known body's name
        if j > 0 and t.isdigit() and toks[j - 1].text not in lx.numbered_heads and \
                lx.acronyms.get(toks[j - 1].text, {}).get("kind") not in (None, "term", "complement"):
            break  # "BI 7 - day Repo Rate", "personel TNI 25 orang": any number after a known body's acronym ends its name
        country = lx.COUNTRY_RE.match(doc.text, toks[j].start) if j > i and toks[j - 1].text in doc.agency_words \
            and toks[j].is_cap else None
        if country:  # "Kantor Meteorologi Islandia", "Badan Intelijen Amerika Serikat": a foreign body's
            while j < n and toks[j].start < country.end():  # country ends the free words of its name
                j += 1  # (its acronym may still follow: "Partai Rakyat Indonesia (PRI)")
            safe, free_budget = j, 0
            continue
        if j + 1 < n and f"{t} {toks[j + 1].text}" in doc.agency_words:
            j += 2  # a field of two words, the first of which alone is none ("Lalu Lintas")
            continue
        if t in doc.agency_words or is_acronym(t) or t in lx.acronyms or t.isdigit() or \
                (j > i or not first_free) and toks[j].is_cap and field_word_typo(lx, t) or \
                j == i and _short_form_of(doc, t) or \
                _NUMBERED_RE.match(t) or (len(t) == 1 and t.isupper() and not _initial_of_a_name(doc, toks, j)):
            j += 1
            continue
        if t in lx.regional_level_words and j + 1 < n and toks[j + 1].is_cap:
            j += 1
            continue
        if toks[j].is_cap:
            width = region_width(toks, j, lx.region_candidates)
            here = lx.region_candidates(" ".join(x.text for x in toks[j:j + width])) if width else []
            if width and last_regions and toks[j - 1].text not in lx.regional_level_words and \
                    all(a.kind == "district" for a in here) and not any(
                    a.code.startswith(b.code + ".") for a in here for b in last_regions):
                width = 0  # "Dinas Koperasi Kabupaten Klaten [Bambang …]": a district elsewhere is a name's word
            if width and all(a.kind == "district" for a in here) and \
                    toks[j - 1].text not in lx.regional_level_words and \
                    lx.acronyms.get(toks[j - 1].text, {}).get("regional") != "yes" and \
                    _starts_a_name(doc, toks, j + width) and toks is doc.tokens and tagger_starts_person(doc, j, 0.5):
                width = 0  # "Ketua DPR [Bambang Sutejo]": a district's name written bare before another
                # name's word is a person's first name, not the body's region (a regional body's
                # acronym takes its region: "Ketua DPRD Sukamaju Hendra")
            if width and read_region[0] == j and here and all(a.kind == "province" for a in here) and any(
                    b.kind in ("regency", "city") and b.code.startswith(a.code + ".") for a in here for b in read_region[1]):
                break  # "Polres Klaten Jawa Tengah": the province after a regency locates the body
            if width:  # "… Kabupaten Ogan Komering Ulu Timur": a region of up to four words
                read_region = (j + width, here)
                if j > i and (is_acronym(toks[j - 1].text) or toks[j - 1].text in doc.agency_words):
                    free_budget = 0  # "Ketua DPRD Purworejo Siti …": the region closes the body's name
                last_regions = here if j > i and toks[j - 1].text in lx.regional_level_words else []
                j += width
                continue
        if toks[j].is_cap and toks[j].is_word and opened == j - 1 and toks[j - 1].text in \
                lx.function_words["name_connector"] and lx.DERIVED_NOUN_RE.match(t) and t not in lx.title_words:
            opened = j  # "Kementerian Pendidikan dan Kebudyaan": a field's noun after "dan", misspelt or rare
            j += 1
            continue
        if toks[j].is_cap and toks[j].is_word and common_budget > 0 and j > i and lx.is_common_word(t) and \
                t not in lx.name_starts and t not in lx.title_words and (opened == j - 1 or (
                    toks[j - 1].text in doc.agency_words and lx.DERIVED_NOUN_RE.match(toks[j - 1].text))) and \
                not (toks is doc.tokens and j + 1 < n and toks[j + 1].is_cap and toks[j + 1].is_word and
                     tagger_starts_person(doc, j, 0.5)):  # ("Kementerian Pertanian Rudi Wibisana": a person)
            common_budget -= 1  # "Satgas Penanganan Bencana Alam": the field an agency word opens
            opened = j
            j += 1
            continue
        if toks[j].is_cap and free_budget > 0 and toks[j].is_word and j == i and i and \
                toks[i - 1].text in lx.proper_heads and lx.is_common_word(t):
            break  # "Tim Tamu": a dictionary word after such a head names no body
        if toks[j].is_cap and free_budget > 0 and toks[j].is_word:
            if j > i and (is_acronym(toks[j - 1].text) or toks[j - 1].text in lx.org_names):
                safe = j  # "Ketua BK Muhammad …", "Ketua Umum Partai Demokrat Rudi …": the
                break  # acronym or the party's name named the body, a person's name follows
            if free_budget < (4 if first_free else 0) and toks is doc.tokens and j + 1 < n and \
                    toks[j + 1].is_cap and tagger_starts_person(doc, j, 0.5 if not lx.is_common_word(t) else 0.8):
                safe = j  # "Ketua Koperasi Sumber Rejeki Rudi Wibisana": after a free word of the body's
                break  # name, the tagger reads a person starting here (surely, on a dictionary word: "Budi")
            free_budget -= 1
            j += 1
            if any(e.level != "country" for e in doc.all_named(t, ("place",))):
                free_budget, safe = 0, j  # "… Cabang Solok": a place closes the name (a country is
                # a word of it: "Partai Demokrasi Indonesia Perjuangan", "PT Indonesia Tansport")
            continue
        break
    while j > i and (toks[j - 1].text in lx.function_words["name_connector"] or toks[j - 1].text in (",", "/")):
        j -= 1
    if first_free and j < n and (toks[j].text in lx.name_inner or toks[j].is_cap and toks[j].text not in "(,"):
        # "Ketua Dekranasda Rina br Tobing": the free words were the start of a name
        return max(org_tokens(doc, toks, i, first_free=False), safe)
    return j


def _name_word(doc: Document, tok: Token) -> bool:
    """Whether ``tok`` is a capitalized word of two letters or more that is no acronym, no
    field's word, no region's name and no level word: a word of a person's name."""
    return tok.is_cap and tok.is_word and len(tok.text) > 1 and not is_acronym(tok.text) and \
        tok.text not in doc.agency_words and not doc.lx.region_candidates(tok.text) and \
        tok.text not in doc.lx.level_words


# a comma and the word after it ("…, Kabupaten …")
_COMMA_WORD_RE = re.compile(r"\s*,\s*(\w+)")


def _starts_a_name(doc: Document, toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` is a capitalized word no dictionary, region list or body's name
    knows: the rest of a person's name."""
    if j >= len(toks) or not _name_word(doc, toks[j]):
        return False
    t = toks[j].text
    lx = doc.lx
    after = _COMMA_WORD_RE.match(doc.text, toks[j].end, toks[j].end + 30)
    if after and after.group(1) in lx.level_words:
        return False  # "SPN Labuan Panimba, Kabupaten …": a place's name, its region after it
    return not lx.is_common_word(t) and t not in lx.ranks and t not in lx.prefixes and t not in lx.title_words


def _initial_of_a_name(doc: Document, toks: list[Token], j: int) -> bool:
    """Whether the single capital at ``toks[j]`` is the initial of a person's name after a
    body's: a capitalized word follows that neither a region nor a field's word is ("DPRD
    Sukamaju M Rudi", not "Kodim A Sukamaju")."""
    return j + 1 < len(toks) and toks[j].is_word and _name_word(doc, toks[j + 1])


@dataclass
class OrgFacts:
    """What a body's name tells of it (see :func:`canonical_org`)."""

    category: str = "other"  # the kind of body, from institutions.tsv or acronyms.tsv
    regional: bool = False
    business: bool = False
    parent_hint: str | None = None  # the parent's name as acronyms.tsv gives it, or "region"
    defined: list[str] = field(default_factory=list)  # acronyms defined in it ("Dinas X (DX)")


def canonical_org(doc: Document, surface: str) -> tuple[str, OrgFacts]:
    """Full name and facts of an institution named ``surface`` in the text."""
    lx = doc.lx
    # drop parenthesised acronym definitions: "Dinas X (DX) Kabupaten Y" -> "Dinas X Kabupaten Y"
    defined = _BRACKETED_RE.findall(surface)
    name = _BRACKET_RE.sub("", surface).strip()
    info = OrgFacts(defined=defined)
    acr = lx.acronym_starts.longest_at(name + " ", 0, " ")  # (the whole name, or its first words)
    if acr and lx.acronyms[acr]["kind"] not in ("term", "complement"):
        row = lx.acronyms[acr]
        rest = name[len(acr):].split()
        expansion = row["expansion"].split()
        # the words the expansion ends with, written again after the acronym, are said once:
        # "Pemprov DKI Jakarta" -> "Pemerintah Provinsi DKI Jakarta", not "… DKI Jakarta Jakarta"
        same = next((m for m in range(min(len(rest), len(expansion)), 0, -1) if expansion[-m:] == rest[:m]), 0)
        name = " ".join(expansion + rest[same:])
        info.category, info.regional, info.parent_hint = row["kind"], row["regional"] == "yes", row["parent"] or None
        inst = lx.institution_forms.longest_at(name, 0, " ")
        if inst:
            info.business = lx.institutions[inst]["business"] == "yes"
        info.business = info.business or row["kind"] in ("business", "cooperative") and acr not in ("BI", "BRI", "BNI")
    else:
        inst = lx.institution_forms.longest_at(name + " ", 0, " ")  # (the whole name, or its first words)
        if inst:
            row = lx.institutions[inst]
            info.category, info.regional, info.business = row["kind"], row["regional"] == "yes", row["business"] == "yes"
            # expand short complements: "Dinas Koperindag" -> "Dinas Koperasi, Perindustrian dan Perdagangan"
            rest = name[len(inst):].split()
            if rest and rest[0] in lx.acronyms and lx.acronyms[rest[0]]["kind"] == "complement":
                name = " ".join([inst, lx.acronyms[rest[0]]["expansion"], *rest[1:]])
            if inst in ("Pemerintah",):
                info.regional = False
    for pattern, canonical in lx.canonical:
        m = pattern.match(name)
        if m:
            name = canonical + name[m.end():]
    if " " in name:  # "Direktorat Reserse Krimimal Umum": a field's word misspelt is that word
        name = " ".join(field_word_typo(lx, w) or w if w[:1].isupper() else w for w in name.split(" "))
    return name, info


def _places_now(doc: Document) -> set[str]:
    """The names of the places the document knows now."""
    return {doc.ents[k].name for k in doc.ents.of_kind("place")}


def _base_key(doc: Document, name: str, places: set[str] | None = None) -> str:
    """A body's name without its region, for matching "Dinas X" with "Dinas X Kabupaten Y".

    It depends on the places known (``places``, those of :func:`_places_now`) only through
    whether the name's last word or last two words are a region, so the rest is kept, by
    name and by those two answers."""
    places = _places_now(doc) if places is None else places
    ws, ends = _name_words(doc, name)
    # a place's name, or an alias of a region so named
    region = tuple(end is not None and (end in places or end in doc.lx.region_aliases and
                                        doc.lx.region_aliases[end].name in places) for end in ends)
    known = doc.memo.setdefault("base_keys", {})
    if (name, region) not in known:
        known[name, region] = _base_key_of(doc, ws, region)
    return known[name, region]


def _name_words(doc: Document, name: str) -> tuple[list[str], list[str | None]]:
    """A body's name as words, and its last two words and last word (None: the whole name)."""
    words = doc.memo.setdefault("org_name_words", {})
    if name not in words:
        ws = _NOT_NAME_CHAR_RE.sub(" ", name).split()
        words[name] = ws, [" ".join(ws[-size:]) if len(ws) > size else None for size in (2, 1)]
    return words[name]


def _base_key_of(doc: Document, words: list[str], region: tuple[bool, bool]) -> str:
    for size, is_region in zip((2, 1), region):  # one region at the end, with its level word
        if is_region:
            words = words[:-size]
            break
    if len(words) > 1 and words[-1] in doc.lx.regional_level_stems:
        words = words[:-1]
    honorifics = _honorifics(doc.lx)
    return " ".join(w.lower() for w in words if w.lower() != "cabang" and w not in honorifics)


@lru_cache(maxsize=4)
def _honorifics(lx: Lexicon) -> frozenset[str]:
    return frozenset(p.rstrip(".") for p in lx.prefixes)


def _org_index(doc: Document) -> dict[tuple[str, str], set[str]]:
    """The bodies by what :func:`find_org` compares: their name, each base key it can have
    (its region cut off or not: the places known decide which), and the first word of
    their name with and without honorifics. Filed from the document's log of entities (a
    new body, a renamed one), so that every body is filed under its name as it is now; a
    body may also stay filed under an old one, so what is read is checked."""
    read, index = doc.memo.setdefault("org_index", (0, {}))
    log = doc.entity_changes
    for ent in log[read:]:
        if ent.kind != "org":
            continue
        ws, _ = _name_words(doc, ent.name)
        forms = {("name", ent.name)}
        forms |= {("base", _base_key_of(doc, ws, region)) for region in ((False, False), (True, False), (False, True))}
        forms |= {("first", w) for w in ent.name.split()[:1]}
        forms |= {("plain first", w) for w in _without_honorifics(doc, ent.name).split()[:1]}
        for form in forms:
            index.setdefault(form, set()).add(ent.key)
    doc.memo["org_index"] = (len(log), index)
    return index


def _bodies_filed(doc: Document, *forms: tuple[str, str]) -> list[tuple[str, Entity]]:
    """The bodies filed under any of ``forms``, in the order they were found (all the bodies
    when they are few)."""
    if len(doc.ents) < FEW:
        return [(k, doc.ents[k]) for k in doc.ents.of_kind("org")]
    index = _org_index(doc)
    keys = set().union(*(index.get(f, ()) for f in forms))
    return [(k, doc.ents[k]) for k in sorted((k for k in keys if k in doc.ents), key=doc.ents.order.__getitem__)]


def find_org(doc: Document, name: str, area: str | None = None) -> str | None:
    """An institution already found under this name, with or without its region or parent.

    The same kind of body in another region is another body: "BPBD Agam" is not the
    "BPBD Provinsi Sumatera Barat" named before it.
    """
    places = _places_now(doc)
    base = _base_key(doc, name, places)
    region = _named_region(doc, name)

    def same_region(e: Entity) -> bool:  # "Dinas Kesehatan Kabupaten X" is not Y's Dinas Kesehatan
        area = doc.ents.get(e.area or "")
        other = _named_region(doc, e.name) or (area.name if area else None)
        return region is None or other is None or slug(other) == slug(region)

    same = next((k for k, e in _bodies_filed(doc, ("name", name), ("base", base)) if e.name == name or
                 (_base_key(doc, e.name, places) == base and same_region(e) and not _other_area(doc, e, area))), None)
    if same or len(name.split()) < 2:
        return same
    # "Komisi B" after "Komisi B Dewan Perwakilan Rakyat …": a unique longer name it starts
    # … also without the honorific of the person a body is named after ("RSUD Dr. AB Contoh Sukamaju")
    plain = _without_honorifics(doc, name)
    # (a name that starts another begins with its first word)
    starting = _bodies_filed(doc, ("first", name.split()[0]), *[("plain first", w) for w in plain.split()[:1]])
    longer = [k for k, e in starting if
              e.name.startswith(name + " ") or _without_honorifics(doc, e.name).startswith(plain + " ")]
    return longer[0] if len(longer) == 1 else None


def _without_honorifics(doc: Document, name: str) -> str:
    return " ".join(w for w in name.split() if w not in doc.lx.prefixes)


def _named_region(doc: Document, name: str) -> str | None:
    """The region a body's name ends with ("… Kabupaten X" → "X"), or the country
    ("Tim Nasional Vietnam" is not the "Tim Nasional Malaysia"), if any."""
    found = None
    for m in doc.lx.REGION_RE.finditer(name):
        found = m["name"]
    if found is None:
        for m in doc.lx.COUNTRY_RE.finditer(name):
            found = m.group(0) if m.end() == len(name) else found
    return found


def _other_area(doc: Document, org: Entity, area: str | None) -> bool:
    """Whether ``area`` is a region other than the one ``org`` serves."""
    return bool(area and org.area and org.area != area)


def _with_level_word(doc: Document, name: str) -> str:
    """A regional body of a region other than the story's own, named by a bare regency or
    city, gets the level word: "Badan Penanggulangan Bencana Daerah Agam" in a Padang story
    -> "… Daerah Kabupaten Agam" (the home region's bodies keep the article's wording)."""
    last = None
    for last in doc.lx.REGION_RE.finditer(name):
        pass
    if last is None or last.end() != len(name) or last["lvl"] or last.start() == 0:
        return name
    region = choose_region(doc, last["name"], None)
    if region is None or region.name != last["name"] or region.kind not in ("regency", "city"):
        return name
    if doc.region and doc.ents[doc.region].code == region.code:
        return name
    if name[:last.start()].split()[-1] in doc.lx.level_words:
        return name
    return f"{name[:last.start()]}{doc.lx.level_word[region.kind]} {name[last.start():]}"


def region_suffix(doc: Document, name: str) -> str | None:
    """" Kabupaten X" for a regional body whose name lacks its region."""
    if not doc.region:
        return None
    reg = doc.ents[doc.region]
    core = reg.name
    if core in name or (reg.official or "") in name:
        return None
    if any(choose_region(doc, m["name"], m["lvl"]) for m in doc.lx.REGION_RE.finditer(name)):
        return None  # the name carries a region of its own ("BPBD Agam" in a Padang story)
    for alias, r in doc.lx.region_aliases.items():
        if r.name == core and re.search(rf"\b{re.escape(alias)}\b", name):
            return None
    return reg.official or core


def government_of(doc: Document, place_key: str | None, level: str | None = None) -> str | None:
    """The (implied) government organization of a region place."""
    if not place_key or place_key not in doc.ents:
        return None
    place = doc.ents[place_key]
    kind = place.level
    label = doc.lx.governments.get(level or kind)
    if label is None:
        return None
    name = f"{label} {place.name}" if kind != "province" else f"{doc.lx.governments['province']} {place.name}"
    key = f"org:{slug(name)}"
    if key not in doc.ents:
        ent = doc.add("org", name, None, category="government", area=place_key, implied=True)
        for alias in _gov_aliases(doc, name):
            doc.org_alias.setdefault(alias, ent.key)
    return key


def _gov_aliases(doc: Document, name: str) -> list[str]:
    out = []
    for acr, row in doc.lx.acronyms.items():
        if row["kind"] == "government" and name.startswith(row["expansion"] + " ") and \
                row["expansion"].startswith("Pemerintah"):
            out.append(acr + name[len(row["expansion"]):])
    return out


_SHORT_FORM = re.compile(r"[A-Z][a-z]{4,14}")  # "Diskominfo", "Disdagkopukm", "Bappeda"


def _abbreviates(short: str, name: str, lx: Lexicon) -> bool:
    """Whether ``short`` is a syllabic short form of the body ``name``: a piece of each of its
    words in turn, a word's prefix once its affix is off ("Disdagkopukm" of "Dinas Perdagangan,
    Koperasi, dan UKM Kabupaten X": dis-dag-kop-ukm; "Bappeda" of "Badan Perencanaan
    Pembangunan Daerah"); the region after it may stay out.

    >>> from graph.extract.lexicon import lexicon
    >>> _abbreviates("Diskominfo", "Dinas Komunikasi dan Informatika Kota Bogor", lexicon())
    True
    >>> _abbreviates("Dinkes", "Dinas Pendidikan", lexicon())
    False
    """
    s = short.lower()
    joints = lx.function_words["name_connector"]
    words = [w.strip(",").lower() for w in name.split() if w.strip(",").lower() not in joints and w.strip(",")]
    stop = next((x for x, w in enumerate(words) if w in lx.regional_levels_lower), len(words))

    @lru_cache(maxsize=None)
    def match(si: int, wi: int) -> bool:
        if si == len(s):
            return wi >= stop
        if wi >= stop:
            return False
        w = words[wi]
        stems = [w, *(w[len(a):] for a in lx.noun_prefixes if w.startswith(a) and len(w) - len(a) >= 3)]
        pieces = list(lx.short_heads.get(w, ())) if wi == 0 else []
        pieces += [st[:k] for st in stems for k in range(len(st), 0, -1)]
        return any(s.startswith(piece, si) and match(si + len(piece), wi + 1) for piece in dict.fromkeys(pieces))

    return len(words) >= 2 and match(0, 0)


def spells_out(short: str, long: str) -> bool:
    """Whether the words ``long`` can be the expansion of the short form ``short``: each of its
    letters found in them in turn, the first at a word's start (the alignment of
    Schwartz and Hearst, 2003). A name with someone's body or country in brackets after it
    spells none of it ("Rudi Wibisana (KSP)", "Liu Wei (CHN)"); an expansion spells its acronym,
    by initials or syllables ("Dinas Koperasi dan Perdagangan (Diskopdag)").

    >>> spells_out("BPBD", "Badan Penanggulangan Bencana Daerah"), spells_out("Diskopdag", "Dinas Koperasi dan Perdagangan")
    (True, True)
    >>> spells_out("KSP", "Rudi Wibisana"), spells_out("CHN", "Liu Wei")
    (False, False)
    """
    chars = [c for c in short.lower() if c.isalpha()]  # (a figure may stand for a word: "F1", "G20")
    text = long.lower()
    li = len(text) - 1
    for si in range(len(chars) - 1, -1, -1):
        c = chars[si]
        while li >= 0 and (text[li] != c or si == 0 and li > 0 and text[li - 1].isalnum()):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return bool(chars)


def country_code(lx: Lexicon, code: str) -> bool:
    """Whether a code of two or three capitals spells a country's name ("INA" Indonesia, "JPN"
    Jepang, "CHN" China), as a tournament's results write a player's country."""
    if not (code.isupper() and code.isalpha() and 2 <= len(code) <= 3):
        return False
    codes = lx.word_memo.setdefault("country_codes", {})  # (kept across articles)
    if code not in codes:
        codes[code] = any(c[:1] == code[0] and spells_out(code, c) for c in lx.country_names)
    return codes[code]


def _short_form_of(doc: Document, word: str) -> str | None:
    """The body named in the article that ``word`` abbreviates by syllables, if exactly one."""
    if not _SHORT_FORM.fullmatch(word) or doc.lx.is_common_word(word) or word in doc.lx.acronyms or \
            word in doc.acr_defs:
        return None  # (a known acronym is read as such)
    memo = doc.memo.setdefault("abbreviates", {})
    found = set()
    for k in doc.ents.of_kind("org"):
        e = doc.ents[k]
        if not e.implied:
            if (word, e.name) not in memo:
                memo[word, e.name] = _abbreviates(word, e.name, doc.lx)
            if memo[word, e.name]:
                found.add(k)
    return found.pop() if len(found) == 1 else None


def register_org(doc: Document, start: int, end: int, *, unit: bool = False) -> str | None:
    """Record the institution named at text[start:end]; returns its key. ``unit``: the name
    starts with a unit's head ("Bidang Propam Polda …"), which makes it a body's name too."""
    surface = doc.text[start:end].strip(" ,")
    if not surface or surface in doc.lx.acronyms and doc.lx.acronyms[surface]["kind"] in ("term", "complement"):
        return None
    first, _, rest = surface.partition(" ")
    short = _short_form_of(doc, first)
    served = doc.ents[short].area if short else None
    if short and (not rest or doc.lx.region_candidates(rest) and (
            served and doc.ents[served].name == rest or not _other_area(doc, doc.ents[short], area_of(doc, rest)))):
        # "Disdagkopukm Klaten" for the "Dinas Perdagangan, Koperasi, dan UKM Kabupaten Klaten"
        # the article named before
        doc.mention(start, start + len(surface), short)
        doc.ents[short].aliases.add(surface)
        doc.org_alias.setdefault(surface, short)
        return short
    # known surface (alias or acronym defined in the text)
    base = _BRACKET_RE.sub("", surface).strip()
    for form in (surface, base):
        if form in doc.org_alias:
            key = doc.org_alias[form]
            doc.mention(start, end, key)
            if base != doc.ents[key].name:
                doc.ents[key].aliases.add(base)
            return key
    # "Diskop UMP Klaten": a defined acronym followed by the region; "Dinas Koperindag"
    head = next((h for h in doc.lx.institutions if base.startswith(h + " ")), None)
    for acr, key in doc.acr_defs.items():
        if head and base[len(head) + 1:] == acr and doc.ents[key].name.startswith(head):
            doc.mention(start, end, key)
            doc.ents[key].aliases.add(base)
            doc.org_alias[base] = key
            return key
        if base == acr or base.startswith(acr + " "):
            rest = base[len(acr):].strip()
            if rest and _other_area(doc, doc.ents[key], area_of(doc, rest)):
                continue  # "BPBD Agam" after "BPBD Provinsi Sumatera Barat": another region's body
            if not rest or doc.lx.region_candidates(rest) or rest.startswith((doc.lx.level_word["regency"], doc.lx.level_word["city"])):
                doc.mention(start, end, key)
                doc.ents[key].aliases.add(base)
                doc.org_alias[base] = key
                return key
    name, info = canonical_org(doc, surface)
    if len(name.split()) == 1 and name not in doc.lx.acronyms and name not in doc.lx.institutions and \
            name not in doc.lx.org_names and not (name.isupper() and len(name) >= 3 and name.isalpha()):
        return None  # (an unknown acronym of three letters or more names a body: "Ketua IKAPI …")
    if info.category == "other" and name not in doc.lx.org_names and \
            not any(name.startswith(h) for h in doc.lx.institutions) and \
            not any(name.startswith(a) for a in doc.lx.acronyms) and name.split()[0] not in doc.lx.org_words and \
            not (unit and name.split()[0] in doc.lx.unit_heads) and \
            not (is_acronym(name.split()[0]) and (len(name.split()) > 1 or name.isupper() and len(name) >= 3)):
        # (a word such as "Kelompok", "Yayasan", "Partai" starts a body's name too, and so does an
        # acronym with more after it, "DPC PKB Klaten", or of three letters or more, "IKAPI")
        return None
    area = None
    if info.regional:
        name = _with_level_word(doc, name)
        suffix = region_suffix(doc, name)
        if suffix:
            name = f"{name} {suffix}"
        area = doc.region
    # a body in a region names it: "Dinas Kesehatan Kabupaten Gianyar"
    area = area_of(doc, name) or area
    key = f"org:{slug(name)}"
    # the same body named with and without its region is one body
    if key not in doc.ents:
        key = find_org(doc, name, area) or key
    ent = doc.ents.get(key) or doc.add("org", name, start, category=info.category, area=area,
                                       business=info.business, regional=info.regional,
                                       parent_hint=info.parent_hint)
    ent.seen_at(start)
    ent.implied = False
    if base != ent.name:
        ent.aliases.add(base)
    doc.org_alias[base] = ent.key
    # "PT X (Persero)": the name as written with its legal form is one of its names
    legal = re.sub(r"\s*\(\s*([^()]*?)\s*\)", lambda m: m.group(0) if m.group(1) in doc.lx.legal_forms else "",
                   surface).strip()
    if legal != base and legal != ent.name:
        ent.aliases.add(legal)
    for acr in info.defined:
        acr = acr.strip()
        if acr in doc.lx.legal_forms:
            continue  # (a legal form is no acronym)
        first = doc.lx.acronyms.get(acr.split()[0]) if " " in acr else None
        if first and first["kind"] == "government" and not ent.name.startswith(first["expansion"]):
            continue  # "Komisi X (Pansus Angket KX)": the short name of another body, of its unit
        if all(w[:1].isupper() for w in acr.split()) and len(acr) <= 24 and \
                doc.acr_defs.get(acr, ent.key) == ent.key:  # a body's acronym stays its own
            doc.acr_defs[acr] = ent.key
            doc.org_alias[acr] = ent.key
            ent.aliases.add(acr)
    shown = _LAST_BRACKET_RE.sub("", doc.text[start:end])  # "Kerapatan Adat Nagari (KAN)"
    doc.mention(start, start + len(shown), ent.key)
    return ent.key




def _known_name(lx, toks: list[Token], j: int) -> str:
    """The longest known one-to-three-word name of a body starting at ``toks[j]``, or ""."""
    return next((name for size in (3, 2, 1) if (name := " ".join(t.text for t in toks[j:j + size])) in lx.org_names), "")


def party_at(doc: Document, toks: list[Token], j: int) -> int:
    """Index past a party's name starting at ``toks[j]`` ("Partai Demokrat", "PDI Perjuangan",
    "Nasdem"), or ``j`` when none starts there."""
    lx = doc.lx
    for size in (3, 2, 1):
        if " ".join(t.text for t in toks[j:j + size]) in lx.org_names:
            return j + size
    if toks[j].text != "Partai":
        return j
    k = j + 1
    while k < len(toks) and toks[k].is_cap and toks[k].is_word and toks[k].text not in lx.name_starts and \
            not lx.region_candidates(toks[k].text) and toks[k].text not in lx.prefixes:
        k += 1
        if toks[k - 1].text in lx.org_names:
            break  # "Partai Demokrat": the party's name is complete
    return k if k > j + 1 else j


def named_freely(lx: Lexicon, head: str, inst: str | None) -> bool:
    """Whether any capitalized words may follow an institution's head as its proper name
    ("Koperasi Sumber Rejeki", "Partai Persatuan Pembangunan"), not only agency words."""
    return head in lx.free_heads or (
        inst in lx.institutions and lx.institutions[inst]["kind"] in ("business", "cooperative", "community"))
