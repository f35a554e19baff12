"""Extraction of one article: the passes and the registry they share.

The passes run in a fixed order, each reading what the earlier ones found:
places → organizations → people (titles, appositions, participants) → short forms →
businesses → quotes → events → topics. All knowledge of Indonesian comes from the
lexicons (:mod:`graph.extract.lexicon`); this module holds only the general patterns.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..types import (Article, Event, Extraction, Membership, Mention, Organization, Person,
                     Place, Post, Quote, Role, Topic)
from . import dates as dates_mod
from . import ner
from .lexicon import Lexicon, lexicon
from .text import Token, paragraphs, quotations, sentences, tokenize, tokens_of

__all__ = ["extract"]

_CONNECTORS = {"dan", "&"}
_ROMAN_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_DIRECTIONS = {"Barat", "Timur", "Utara", "Selatan", "Tengah", "Tenggara", "Barat Daya", "Timur Laut"}
_UNIT_HEADS = {"Komisi", "Bidang", "Seksi", "Bagian", "Subbagian", "Fraksi", "Unit"}
_PLACE_LEVELS = {"Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Dusun", "Banjar", "Nagari",
                 "Gampong"}
_DETERMINERS = {"ini", "itu", "tersebut", "yang", "dan", "di", "asal", "dari", "ke", "untuk",
                "malah", "juga", "pun", "sendiri", "sebagai", "dengan", "kini", "sudah", "telah",
                "akan", "bersama", "serta", "atau", "merupakan", "adalah", "menjadi"}
_PRONOUNS = {"dia", "ia", "beliau"}
# words before a name in a list or a clause ("Andi , Rudi", "dan Rudi", "bahwa Rudi")
_BEFORE_NAME = {",", "dan", "atau", "serta", "-", "–", "dengan", "bahwa", "adalah", "ialah", "yakni", "yaitu",
                "antara", "selain", "termasuk"}
# words that follow the subject of a clause ("Rudi akan …", "Rudi yang …", "Rudi adalah …")
_AFTER_SUBJECT = {"akan", "sudah", "telah", "juga", "pun", "tak", "tidak", "belum", "bisa", "dapat", "ingin",
                  "mau", "harus", "masih", "sedang", "yang", "adalah", "ialah", "merupakan", "menjadi", "justru",
                  "lantas", "kemudian", "lalu", "sendiri", "mengaku", "kini", "pernah", "segera", "tetap"}
_HOST_VERBS = re.compile(
    r"\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan|meluncurkan|membuka|meresmikan|"
    r"menyerahkan|mengoperasikan|menandatangani|digelar|diadakan|dilaksanakan|diselenggarakan|dibuka|"
    r"berlangsung|diikuti|mengikuti|dihadiri|memimpin|dipimpin)\b", re.I)
_ORGANIZER_ACTIVE = re.compile(
    r"\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan|meluncurkan|meresmikan|"
    r"menyerahkan|mengoperasikan|menandatangani|memimpin|mencanangkan|"
    r"meninjau|mengunjungi|menyambangi)\b", re.I)  # who visits leads the visit
_ORGANIZER_PASSIVE = re.compile(r"\b(?:digelar|diadakan|dilaksanakan|diselenggarakan|dipimpin)\s+(?:oleh\s+)?", re.I)
_ATTEND_CUES = re.compile(
    r"\b(?:dihadiri(?:\s+oleh)?|turut\s+hadir|hadir\s+pula|hadir|didampingi|bersama|diikuti(?:\s+oleh)?|"
    r"disaksikan(?:\s+oleh)?|dibuka(?:\s+oleh)?|mengundang|menggandeng|kepada|dan)\b", re.I)
_PRESENT = re.compile(r"\b(?:dihadiri|diikuti|turut\s+hadir|hadir\s+pula|didampingi|disaksikan|digelar\s+bersama|"
                      r"bekerja\s+sama\s+dengan|menggandeng)\b", re.I)
_PURPOSE = re.compile(r"\b(?:bertujuan(?:\s+untuk)?|dengan\s+tujuan|sebagai\s+upaya|dalam\s+rangka|guna)\s+", re.I)
_ONLINE = re.compile(r"\b(?:daring|online|virtual|zoom|video\s?conference|teleconference|vicon)\b", re.I)
_PLANNED = re.compile(r"\b(?:akan|berencana|rencananya|dijadwalkan)\b", re.I)
_AKRAB = re.compile(r"\b(?:akrab|biasa)\s+disapa\s+(?P<alias>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")
_MAKE_VERBS = re.compile(
    r"\b(?:memasarkan|menjual|memproduksi|membuat|mengolah|memajang|dijual|diproduksi|"
    r"menghasilkan|menawarkan|memamerkan)\s+", re.I)
_MATERIAL = re.compile(r"\b(?:ber)?bahan(?:\s+baku)?\s+(?P<m>\w+)", re.I)
# a title after these words names the office building ("Kantor Wali Nagari …"), not a person
_OFFICE_BEFORE = re.compile(r"(?:Kantor|Rumah Dinas|Rumah Jabatan|Pendopo|Pendapa|Rumah|Wisma)\s+$")
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]+?)(?:\s*,\s*(?P<pub>[A-Z0-9][\w.-]*(?:\s[A-Z0-9.]+)?))?\s*[–—-]\s")


def slug(text: str) -> str:
    """ASCII lowercase slug of a name, for keys and IRIs.

    >>> slug("Dinas Koperasi, Perindustrian dan Perdagangan")
    'dinas-koperasi-perindustrian-dan-perdagangan'
    """
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


@dataclass
class _Entity:
    key: str
    kind: str  # person | org | place
    name: str
    first: int
    aliases: set[str] = field(default_factory=set)
    data: dict = field(default_factory=dict)


@dataclass
class _NameCandidate:
    start: int
    end: int
    tokens: list[Token]
    prefixes: list[str]
    suffixes: list[str]
    title: str | None = None  # title as written, with its complement
    post: dict | None = None
    strong: bool = False  # introduced in full (title/honorific/apposition), not a short form
    intro: str | None = None  # participant noun that introduced the person
    sector: str | None = None


class _Doc:
    """What one article has yielded so far, shared by the passes."""

    def __init__(self, article: Article, lx: Lexicon) -> None:
        self.article, self.text, self.lx = article, article.text, lx
        self.ents: dict[str, _Entity] = {}
        self.mentions: dict[tuple[int, int], tuple[str, str]] = {}
        self.org_alias: dict[str, str] = {}  # surface form -> org key
        self.acr_defs: dict[str, str] = {}  # acronym defined in the text -> org key
        self.posts: list[Post] = []
        self.memberships: list[Membership] = []
        self.events: list[Event] = []
        self.quotes: list[Quote] = []
        self.region: str | None = None  # key of the article's main region
        self.sentences = sentences(self.text)
        self.paragraphs = paragraphs(self.text)
        self.quotes_spans = quotations(self.text)
        self.agency_words = lx.agency_words
        self.participant_people: set[str] = set()
        self.tokens = tokens_of(self.text)
        self.token_at = {t.start: i for i, t in enumerate(self.tokens)}
        self.token_starts = [t.start for t in self.tokens]
        self.sentence_starts = [s for s, _ in self.sentences]
        self.crf: dict = {}  # sentence index -> the tagger's reading (see _crf_sentence)
        self.title_spans: list[tuple[int, int]] = []  # complements of titles ("Kepala Dinas Koperindag")
        self.term_acronyms = _lowercase_defined(self.text)

    # ---- registry -------------------------------------------------------------------
    def add(self, etype: str, name: str, pos: int, **data) -> _Entity:
        key = f"{etype}:{slug(name) or 'x'}"
        ent = self.ents.get(key)
        if ent is None:
            ent = self.ents[key] = _Entity(key, etype, name, pos, data=dict(data))
        else:
            ent.first = min(ent.first, pos)
            for k, v in data.items():
                if v is not None and ent.data.get(k) in (None, False, ""):
                    ent.data[k] = v
        return ent

    def mention(self, start: int, end: int, key: str) -> None:
        while end > start and self.text[end - 1] in " ,.":
            end -= 1
        if end <= start:
            return
        for (s, e), (k, _) in list(self.mentions.items()):
            if s <= start and end <= e and k == key:
                return
            if start <= s and e <= end and k == key:
                del self.mentions[(s, e)]
        self.mentions[(start, end)] = (key, self.text[start:end])

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= pos < e:
                return s, e
        return pos, pos

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.paragraphs:
            if s <= pos <= e:
                return s, e
        return pos, pos

    def in_quote(self, pos: int) -> bool:
        return any(q.open_at <= pos <= q.close_at for q in self.quotes_spans)

    def people_mentions(self) -> list[tuple[int, int, str]]:
        return sorted((s, e, k) for (s, e), (k, _) in self.mentions.items() if k.startswith("person:"))

    def entity_mentions_in(self, start: int, end: int, kinds=("person", "org")) -> list[tuple[int, int, str]]:
        return sorted((s, e, k) for (s, e), (k, _) in self.mentions.items()
                      if start <= s and e <= end and k.split(":")[0] in kinds)


# ---- places ------------------------------------------------------------------------------

def _region_place(doc: _Doc, region, pos: int | None) -> _Entity:
    """The place entity for a gazetteer region, with its parents (implied)."""
    lx = doc.lx
    parent_key = None
    if region.parent and region.parent in lx.regions:
        parent_key = _region_place(doc, lx.regions[region.parent], None).key
    ent = doc.add("place", f"{region.name} {region.kind}", pos if pos is not None else 10**9,
                  kind=region.kind, within=parent_key, code=region.code, official=region.official)
    ent.name = region.name
    if pos is not None:
        ent.data["mentioned"] = True
    return ent


def _choose_region(doc: _Doc, name: str, level: str | None):
    cands = doc.lx.region_candidates(name)
    if level in ("Kota",):
        cands = [c for c in cands if c.kind == "city"] or cands
    elif level in ("Kabupaten", "Kab."):
        cands = [c for c in cands if c.kind == "regency"] or cands
    elif level == "Provinsi":
        cands = [c for c in cands if c.kind == "province"] or cands
    elif level in ("Kecamatan", "Kec."):
        cands = [c for c in cands if c.kind == "district"]
    else:
        cands = [c for c in cands if c.kind != "district"] or cands
    if not cands:
        return None
    order = {"province": 0, "regency": 1, "city": 2, "district": 3}
    known = {e.data.get("code") for e in doc.ents.values() if e.kind == "place"}
    # prefer a region inside one already found (the article's province or regency)
    def score(c):
        inside = any(c.code.startswith(k + ".") for k in known if k)
        return (not inside, order[c.kind], c.code)
    return sorted(cands, key=score)[0]


def _pass_places(doc: _Doc) -> None:
    lx, text = doc.lx, doc.text
    # the dateline names where the story happened
    for p_start, p_end in doc.paragraphs[:6]:
        m = _DATELINE.match(text[p_start:p_end])
        if not m:
            continue
        raw = m["place"].strip()
        core = lx.UPPER_REGION.get(raw) or next(
            (a for a in lx.region_aliases if a.upper() == raw), None)
        if core:
            region = _choose_region(doc, core, None)
            if region:
                ent = _region_place(doc, region, p_start)
                doc.mention(p_start + m.start("place"), p_start + m.start("place") + len(raw), ent.key)
                if region.kind in ("regency", "city"):
                    doc.region = ent.key
        elif len(raw) > 2:
            ent = doc.add("place", raw.title(), p_start, kind="city", mentioned=True)
            doc.mention(p_start, p_start + len(raw), ent.key)
            doc.ents[ent.key].data["dateline"] = True
        break
    for m in lx.REGION_RE.finditer(text):
        before = re.search(r"([A-Z][\w.-]*)\s+$", text[max(0, m.start() - 20):m.start()])
        if m["name"] in lx.region_aliases and not m["lvl"] and before and before.group(1) not in lx.title_ends:
            continue  # a short form inside a proper name ("Bank Jateng") is not the region ("Gubernur Jateng …" is)
        region = _choose_region(doc, m["name"], m["lvl"])
        if region is None:
            continue
        ent = _region_place(doc, region, m.start())
        doc.mention(m.start(), m.end(), ent.key)
        if doc.region is None and region.kind in ("regency", "city"):
            doc.region = ent.key
    if doc.region:
        for ent in list(doc.ents.values()):
            if ent.data.get("dateline") and not ent.data.get("within"):
                ent.data["within"] = doc.region
    for m in lx.DISTRICT_RE.finditer(text):
        name = _trim_name_words(m["name"], doc)
        region = _choose_region(doc, name, "Kecamatan")
        ent = _region_place(doc, region, m.start()) if region else doc.add(
            "place", f"{name} district", m.start(), kind="district", within=doc.region, mentioned=True)
        ent.name = name
        doc.mention(m.start(), m.start("name") + len(name), ent.key)
        # "di Kecamatan Ubud, Tegallalang dan Payangan"
        pos = m.start("name") + len(name)
        while region:
            nxt = re.match(r"\s*(?:,|dan|serta)\s+(?:dan\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)", text[pos:pos + 60])
            if not nxt:
                break
            words = nxt.group(1).split()
            found = None
            for size in (2, 1):
                cand = " ".join(words[:size])
                r2 = _choose_region(doc, cand, "Kecamatan") if len(words) >= size and \
                    not _is_big_region(lx, cand) else None
                if r2 and r2.parent == region.parent:
                    found = (r2, cand)
                    break
            if not found:
                break
            r2, cand = found
            at = pos + nxt.start(1)
            e2 = _region_place(doc, r2, at)
            e2.name = cand
            doc.mention(at, at + len(cand), e2.key)
            pos = at + len(cand)
    for m in lx.COUNTRY_RE.finditer(text):
        ent = doc.add("place", f"{m.group(0)} country", m.start(), kind="country", mentioned=True)
        ent.name = m.group(0)
        doc.mention(m.start(), m.end(), ent.key)
    for m in lx.VILLAGE_RE.finditer(text):
        head = lx.VILLAGE_TITLE_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()])
        if head and not _OFFICE_BEFORE.search(text[max(0, m.start() - 40):m.start() - len(head.group(0))]):
            continue  # the title "Kepala Desa …", "Wali Nagari …" is read with the people
        if lx.INSTITUTION_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "Bank Nagari …" names a bank, not a village
        prev = re.search(r"(\w+)\s+$", text[max(0, m.start() - 30):m.start()])
        if prev and prev.group(1) in lx.title_words and f"{prev.group(1)} {m['lvl']}" not in lx.titles:
            continue  # "Menteri Desa PDTT …": a ministry's field after a title, no village
        name = _trim_name_words(m["name"], doc)
        after = text[m.start("name") + len(name):m.start("name") + len(name) + 60]
        if re.match(r"\s*\([A-Z][A-Za-z]{2,11}\)", after):
            continue  # "Desa Siaga Banjir (Desiba)": a programme defined with its acronym, no village
        within = _village_within(doc, m.start(), m["lvl"])
        dm = re.match(r"\s*,\s*(?:Kecamatan|Kec\.)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)", after)
        if dm:
            dname = _trim_name_words(dm.group(1), doc)
            dkey = f"place:{slug(dname + ' district')}"
            within = dkey if dkey in doc.ents else within
        kind = "village"
        ent = doc.add("place", f"{name} village", m.start(), kind=kind, within=within, mentioned=True)
        ent.name = name
        doc.mention(m.start(), m.start("name") + len(name), ent.key)


def _village_within(doc: _Doc, pos: int, level: str) -> str | None:
    """The regency or city a village named without its district lies in: the regency named
    just before it in the sentence ("BPBD Tanah Datar … di Nagari Sungai Jambu"), else the
    article's region, unless that is a city and the village a rural one (a Desa, a Nagari:
    the dateline city of a provincial story is no village's home); else unknown."""
    s0, _ = doc.sentence_of(pos)
    near = [k for (a, b), (k, _) in sorted(doc.mentions.items()) if s0 <= a and b <= pos and
            k.startswith("place:") and doc.ents[k].data.get("kind") in ("regency", "city")]
    if near:
        return near[-1]
    if doc.region and doc.ents[doc.region].data.get("kind") == "city" and level != "Kelurahan":
        return None
    return doc.region


def _trim_name_words(name: str, doc: _Doc) -> str:
    """Cut a capitalized run at words that start something else (titles, institutions)."""
    words = name.split()
    out = []
    for w in words:
        if w in doc.lx.titles or w in doc.lx.institutions or w in doc.lx.weekdays or \
                w.lower() in doc.lx.weekdays or w in ("Kecamatan", "Kabupaten", "Kota", "Provinsi", "Desa"):
            break
        out.append(w)
    return " ".join(out) or words[0]


# ---- organizations ---------------------------------------------------------------------

# possessive: each word can be read only one way, so giving words back never finds a
# definition, and the engine need not try (it did so at every lowercase word)
_LOWER_DEFINED = re.compile(r"((?:\b[a-z][\w-]*+,?\s++){1,8}+)\(([A-Z][A-Za-z]{1,7})\)")


def _lowercase_defined(text: str) -> frozenset[str]:
    """Acronyms the text defines by lowercase words: terms, not bodies.

    >>> sorted(_lowercase_defined("386 kasus infeksi saluran pernapasan akut (ISPA) dan 20 kepala keluarga (KK)"))
    ['ISPA', 'KK']
    """
    out = set()
    for m in _LOWER_DEFINED.finditer(text):
        words = [w for w in re.findall(r"[a-z][\w-]*", m.group(1)) if w not in ("dan", "atau", "serta")]
        letters = m.group(2).lower()
        if len(words) >= len(letters) and "".join(w[0] for w in words[-len(letters):]) == letters:
            out.add(m.group(2))
    return frozenset(out)


def _is_acronym(tok: str) -> bool:
    if "-" in tok and any(len(p) > 1 and p[1:].islower() for p in tok.split("-")):
        return False  # "Abd-Rahman", "Abdel-Aziz": a hyphenated name, not "PDI-P" or "DPR-RI"
    return len(tok) >= 2 and (tok.isupper() or (sum(c.isupper() for c in tok) >= 2 and tok[0].isupper())) \
        and tok.replace("-", "").isalnum()


def _closes_proper_name(lx: Lexicon, words: list[Token], acronym: list[Token]) -> bool:
    """Whether a parenthesised acronym after ``words`` (a body's name after its head word)
    closes a proper name: a word of it is no dictionary word ("Universitas Negeri Padang
    (UNP)"), or the acronym stands for these words alone, not for the head ("PT Sinar Laut Abadi
    (SLA)", where "Koperasi Serba Usaha (KSU)" abbreviates the kind of body)."""
    words = [t.text for t in words if t.is_word]
    if any(not lx.is_common_word(w) for w in words):
        return True
    letters = "".join(t.text for t in acronym).replace(" ", "").lower()
    return bool(words) and letters == "".join(w[0] for w in words).lower()


def _org_tokens(doc: _Doc, toks: list[Token], i: int, *, first_free: bool) -> int:
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
    while j < n:
        t = toks[j].text
        if j > i and "\n" in doc.text[toks[j - 1].end:toks[j].start]:
            break
        if person_words and toks[j].is_cap and toks[j].is_word and t not in lx.prefixes:
            person_words -= 1
            j += 1
            continue
        if (t in lx.prefixes or _is_acronym(t) and t not in lx.acronyms) and j + 1 < n and toks[j + 1].is_cap \
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
        if j > 0 and toks[j - 1].text in _PARTY_BOARDS:
            past = _party_at(doc, toks, j)
            if past > j:  # "DPD Partai Demokrat Bali", "DPC PDI Perjuangan Klaten": the board's party
                j = safe = past
                free_budget = 0
                continue
        if t in lx.title_words and j > i:  # "… Ketua …": another title begins
            break
        close = next((x for x in range(j + 2, min(j + 5, n)) if toks[x].text == ")"), None) if t == "(" else None
        if close and all(toks[x].is_cap for x in range(j + 1, close)):
            if _closes_proper_name(lx, toks[i:j], toks[j + 1:close]):
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
                    not (ahead + 2 < n and toks[ahead + 2].text in (",", "dan"))))):
            ahead += 1
        shut = next((x for x in range(ahead + 2, min(ahead + 5, n)) if toks[x].text == ")"), None) \
            if ahead > j and ahead + 2 < n and toks[ahead].text == "(" else None
        if shut and _is_acronym(toks[ahead + 1].text) or shut and all(
                _is_acronym(toks[x].text) or toks[x].is_cap for x in range(ahead + 1, shut)) and \
                any(_is_acronym(toks[x].text) for x in range(ahead + 1, shut)):
            # "Direktorat Jenderal Kekayaan Intelektual (DJKI)", "Kementerian Desa, Pembangunan
            # Daerah Tertinggal, dan Transmigrasi (Kemendes PDTT)": words its acronym defines
            if _closes_proper_name(lx, toks[i:ahead], toks[ahead + 1:shut]):
                free_budget = 0  # (see below)
            j = safe = shut + 1
            continue
        if t in _CONNECTORS and j > i and j + 1 < n and toks[j + 1].is_cap and \
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
                toks[j + 1].text not in _PLACE_LEVELS and (listed or not lx.INSTITUTION_RE.match(doc.text, toks[j + 1].start)):
            # "Dinas Koperasi, UKM dan …" goes on; "…, Dinas Kelautan …" is the next body of a list
            j += 1
            continue
        if t == "/" and j + 1 < n:
            j += 1
            continue
        if t in doc.agency_words or _is_acronym(t) or t in lx.acronyms or t.isdigit() or \
                j == i and _short_form_of(doc, t) or \
                re.match(r"^\d+/\w+$", t) or (len(t) == 1 and t.isupper()):
            j += 1
            continue
        if t in ("Kabupaten", "Kota", "Provinsi", "Kab.") and j + 1 < n and toks[j + 1].is_cap:
            j += 1
            continue
        if toks[j].is_cap:
            width = _region_width(toks, j, lx.region_candidates)
            if width:  # "… Kabupaten Ogan Komering Ulu Timur": a region of up to four words
                if j > i and (_is_acronym(toks[j - 1].text) or toks[j - 1].text in doc.agency_words):
                    free_budget = 0  # "Ketua DPRD Purworejo Siti …": the region closes the body's name
                j += width
                continue
        if toks[j].is_cap and toks[j].is_word and common_budget > 0 and j > i and lx.is_common_word(t) and \
                t not in lx.name_starts and t not in lx.title_words and (opened == j - 1 or (
                    toks[j - 1].text in doc.agency_words and _DERIVED_NOUN.match(toks[j - 1].text))):
            common_budget -= 1  # "Satgas Penanganan Bencana Alam": the field an agency word opens
            opened = j
            j += 1
            continue
        if toks[j].is_cap and free_budget > 0 and toks[j].is_word:
            if j > i and (_is_acronym(toks[j - 1].text) or toks[j - 1].text in lx.org_names):
                safe = j  # "Ketua BK Muhammad …", "Ketua Umum Partai Demokrat Rudi …": the
                break  # acronym or the party's name named the body, a person's name follows
            if free_budget < (4 if first_free else 0) and toks is doc.tokens and j + 1 < n and \
                    toks[j + 1].is_cap and not lx.is_common_word(t) and _tagger_starts_person(doc, j):
                safe = j  # "Ketua Koperasi Sumber Rejeki Rudi Hartono": after a free word of the body's
                break  # name, the tagger reads a person starting here
            free_budget -= 1
            j += 1
            if any(e.kind == "place" and e.name == t and e.data.get("kind") != "country" for e in doc.ents.values()):
                free_budget, safe = 0, j  # "… Cabang Solok": a place closes the name (a country is
                # a word of it: "Partai Demokrasi Indonesia Perjuangan", "PT Indonesia Tansport")
            continue
        break
    while j > i and toks[j - 1].text in _CONNECTORS | {",", "/"}:
        j -= 1
    if first_free and j < n and (toks[j].text in lx.name_inner or toks[j].is_cap and toks[j].text not in "(,"):
        # "Ketua Dekranasda Rina br Tobing": the free words were the start of a name
        return max(_org_tokens(doc, toks, i, first_free=False), safe)
    return j


def _canonical_org(doc: _Doc, surface: str) -> tuple[str, dict]:
    """Full name and facts of an institution named ``surface`` in the text."""
    lx = doc.lx
    # drop parenthesised acronym definitions: "Dinas X (DX) Kabupaten Y" -> "Dinas X Kabupaten Y"
    defined = re.findall(r"\(\s*([^()]+?)\s*\)", surface)
    name = re.sub(r"\s*\([^()]*\)", "", surface).strip()
    info = {"kind": "other", "regional": False, "business": False, "parent_hint": None, "defined": defined}
    acr = next((a for a in lx.acronym_forms
                if name == a or name.startswith(a + " ")), None)
    if acr and lx.acronyms[acr]["kind"] not in ("term", "complement"):
        row = lx.acronyms[acr]
        rest = name[len(acr):].strip()
        name = f"{row['expansion']} {rest}".strip()
        info.update(kind=row["kind"], regional=row["regional"] == "yes", parent_hint=row["parent"] or None)
        inst = next((h for h in lx.institution_heads if name.startswith(h + " ")), None)
        if inst:
            info["business"] = lx.institutions[inst]["business"] == "yes"
        info["business"] = info["business"] or row["kind"] in ("business", "cooperative") and acr not in ("BI", "BRI", "BNI")
    else:
        inst = next((h for h in lx.institution_heads
                     if name == h or name.startswith(h + " ")), None)
        if inst:
            row = lx.institutions[inst]
            info.update(kind=row["kind"], regional=row["regional"] == "yes", business=row["business"] == "yes")
            # expand short complements: "Dinas Koperindag" -> "Dinas Koperasi, Perindustrian dan Perdagangan"
            rest = name[len(inst):].split()
            if rest and rest[0] in lx.acronyms and lx.acronyms[rest[0]]["kind"] == "complement":
                name = " ".join([inst, lx.acronyms[rest[0]]["expansion"], *rest[1:]])
            if inst in ("Pemerintah",):
                info["regional"] = False
    for pattern, canonical in lx.canonical:
        m = pattern.match(name)
        if m:
            name = canonical + name[m.end():]
    return name, info


def _base_key(doc: _Doc, name: str) -> str:
    """A body's name without its region, for matching "Dinas X" with "Dinas X Kabupaten Y"."""
    regions = {doc.ents[k].name for k in doc.ents if k.startswith("place:")}
    regions |= {a for a, r in doc.lx.region_aliases.items() if r.name in regions}
    words = re.sub(r"[^\w\s/-]", " ", name).split()
    for size in (2, 1):  # one region at the end, with its level word
        if len(words) > size and " ".join(words[-size:]) in regions:
            words = words[:-size]
            break
    if len(words) > 1 and words[-1] in ("Kabupaten", "Kota", "Provinsi", "Kab"):
        words.pop()
    honorifics = {p.rstrip(".") for p in doc.lx.prefixes}
    return " ".join(w.lower() for w in words if w.lower() != "cabang" and w not in honorifics)


def _find_org(doc: _Doc, name: str, area: str | None = None) -> str | None:
    """An institution already found under this name, with or without its region or parent.

    The same kind of body in another region is another body: "BPBD Agam" is not the
    "BPBD Provinsi Sumatera Barat" named before it.
    """
    base = _base_key(doc, name)
    region = _named_region(doc, name)

    def same_region(e: _Entity) -> bool:  # "Dinas Kesehatan Kabupaten X" is not Y's Dinas Kesehatan
        area = doc.ents.get(e.data.get("area") or "")
        other = _named_region(doc, e.name) or (area.name if area else None)
        return region is None or other is None or slug(other) == slug(region)

    same = next((k for k, e in doc.ents.items() if e.kind == "org" and (e.name == name or
                 (_base_key(doc, e.name) == base and same_region(e) and not _other_area(doc, e, area)))), None)
    if same or len(name.split()) < 2:
        return same
    # "Komisi B" after "Komisi B Dewan Perwakilan Rakyat …": a unique longer name it starts
    # … also without the honorific of the person a body is named after ("RSUD Dr. AB Contoh Sukamaju")
    plain = _without_honorifics(doc, name)
    longer = [k for k, e in doc.ents.items() if e.kind == "org" and
              (e.name.startswith(name + " ") or _without_honorifics(doc, e.name).startswith(plain + " "))]
    return longer[0] if len(longer) == 1 else None


def _without_honorifics(doc: _Doc, name: str) -> str:
    return " ".join(w for w in name.split() if w not in doc.lx.prefixes)


def _named_region(doc: _Doc, name: str) -> str | None:
    """The region a body's name ends with ("… Kabupaten X" → "X"), if any."""
    found = None
    for m in doc.lx.REGION_RE.finditer(name):
        found = m["name"]
    return found


def _other_area(doc: _Doc, org: _Entity, area: str | None) -> bool:
    """Whether ``area`` is a region other than the one ``org`` serves."""
    return bool(area and org.data.get("area") and org.data["area"] != area)


def _area_of(doc: _Doc, text: str) -> str | None:
    """The place key of the last gazetteer region named in ``text`` ("BPBD Tanah Datar")."""
    area = None
    for m in doc.lx.REGION_RE.finditer(text):
        region = _choose_region(doc, m["name"], m["lvl"])
        if region:
            area = _region_place(doc, region, None).key
    return area


_LEVEL_WORD = {"regency": "Kabupaten", "city": "Kota"}


def _with_level_word(doc: _Doc, name: str) -> str:
    """A regional body of a region other than the story's own, named by a bare regency or
    city, gets the level word: "Badan Penanggulangan Bencana Daerah Agam" in a Padang story
    -> "… Daerah Kabupaten Agam" (the home region's bodies keep the article's wording)."""
    last = None
    for last in doc.lx.REGION_RE.finditer(name):
        pass
    if last is None or last.end() != len(name) or last["lvl"] or last.start() == 0:
        return name
    region = _choose_region(doc, last["name"], None)
    if region is None or region.name != last["name"] or region.kind not in _LEVEL_WORD:
        return name
    if doc.region and doc.ents[doc.region].data.get("code") == region.code:
        return name
    if name[:last.start()].split()[-1] in _PLACE_LEVELS:
        return name
    return f"{name[:last.start()]}{_LEVEL_WORD[region.kind]} {name[last.start():]}"


def _region_suffix(doc: _Doc, name: str) -> str | None:
    """" Kabupaten X" for a regional body whose name lacks its region."""
    if not doc.region:
        return None
    reg = doc.ents[doc.region]
    core = reg.name
    if core in name or (reg.data.get("official") or "") in name:
        return None
    if any(_choose_region(doc, m["name"], m["lvl"]) for m in doc.lx.REGION_RE.finditer(name)):
        return None  # the name carries a region of its own ("BPBD Agam" in a Padang story)
    for alias, r in doc.lx.region_aliases.items():
        if r.name == core and re.search(rf"\b{re.escape(alias)}\b", name):
            return None
    return reg.data.get("official") or core


def _government_of(doc: _Doc, place_key: str | None, level: str | None = None) -> str | None:
    """The (implied) government organization of a region place."""
    if not place_key or place_key not in doc.ents:
        return None
    place = doc.ents[place_key]
    kind = place.data.get("kind")
    label = {"regency": "Pemerintah Kabupaten", "city": "Pemerintah Kota", "province": "Pemerintah Provinsi",
             "district": "Pemerintah Kecamatan", "village": "Pemerintah Desa",
             "nagari": "Pemerintah Nagari", "country": "Pemerintah"}.get(level or kind)
    if label is None:
        return None
    name = f"{label} {place.name}" if kind != "province" else f"Pemerintah Provinsi {place.name}"
    key = f"org:{slug(name)}"
    if key not in doc.ents:
        ent = doc.add("org", name, 10**9, kind="government", area=place_key, implied=True)
        for alias in _gov_aliases(doc, name):
            doc.org_alias.setdefault(alias, ent.key)
    return key


def _country_place(doc: _Doc, name: str) -> str:
    """The place of a country (the one the article names, else an implied one)."""
    same = next((e for e in doc.ents.values() if e.kind == "place" and e.data.get("kind") == "country"
                 and e.name == name), None)
    if same is None:
        same = doc.add("place", f"{name} country", 10**9, kind="country")
        same.name = name
    return same.key


def _gov_aliases(doc: _Doc, name: str) -> list[str]:
    out = []
    for acr, row in doc.lx.acronyms.items():
        if row["kind"] == "government" and name.startswith(row["expansion"] + " ") and \
                row["expansion"].startswith("Pemerintah"):
            out.append(acr + name[len(row["expansion"]):])
    return out


_SHORT_FORM = re.compile(r"[A-Z][a-z]{4,14}")  # "Diskominfo", "Disdagkopukm", "Bappeda"
_AFFIXES = ("peng", "peny", "pem", "pen", "per", "pe", "ke")
_HEAD_SHORT = {"dinas": ("dis", "din"), "kementerian": ("kemen",)}


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is a syllabic short form of the body ``name``: a piece of each of its
    words in turn, a word's prefix once its affix is off ("Disdagkopukm" of "Dinas Perdagangan,
    Koperasi, dan UKM Kabupaten X": dis-dag-kop-ukm; "Bappeda" of "Badan Perencanaan
    Pembangunan Daerah"); the region after it may stay out.

    >>> _abbreviates("Diskominfo", "Dinas Komunikasi dan Informatika Kota Bogor")
    True
    >>> _abbreviates("Dinkes", "Dinas Pendidikan")
    False
    """
    s = short.lower()
    words = [w.strip(",").lower() for w in name.split() if w.strip(",").lower() not in ("dan", "&", "")]
    stop = next((x for x, w in enumerate(words) if w in ("kabupaten", "kota", "provinsi")), len(words))

    @lru_cache(maxsize=None)
    def match(si: int, wi: int) -> bool:
        if si == len(s):
            return wi >= stop
        if wi >= stop:
            return False
        w = words[wi]
        stems = [w, *(w[len(a):] for a in _AFFIXES if w.startswith(a) and len(w) - len(a) >= 3)]
        pieces = list(_HEAD_SHORT.get(w, ())) if wi == 0 else []
        pieces += [st[:k] for st in stems for k in range(len(st), 0, -1)]
        return any(s.startswith(piece, si) and match(si + len(piece), wi + 1) for piece in dict.fromkeys(pieces))

    return len(words) >= 2 and match(0, 0)


def _short_form_of(doc: _Doc, word: str) -> str | None:
    """The body named in the article that ``word`` abbreviates by syllables, if exactly one."""
    if not _SHORT_FORM.fullmatch(word) or doc.lx.is_common_word(word) or word in doc.lx.acronyms or \
            word in doc.acr_defs:
        return None  # (a known acronym is read as such)
    found = {k for k, e in doc.ents.items() if e.kind == "org" and not e.data.get("implied")
             and _abbreviates(word, e.name)}
    return found.pop() if len(found) == 1 else None


def _register_org(doc: _Doc, start: int, end: int) -> str | None:
    """Record the institution named at text[start:end]; returns its key."""
    surface = doc.text[start:end].strip(" ,")
    if not surface or surface in doc.lx.acronyms and doc.lx.acronyms[surface]["kind"] in ("term", "complement"):
        return None
    first, _, rest = surface.partition(" ")
    short = _short_form_of(doc, first)
    served = doc.ents[short].data.get("area") if short else None
    if short and (not rest or doc.lx.region_candidates(rest) and (
            served and doc.ents[served].name == rest or not _other_area(doc, doc.ents[short], _area_of(doc, rest)))):
        # "Disdagkopukm Klaten" for the "Dinas Perdagangan, Koperasi, dan UKM Kabupaten Klaten"
        # the article named before
        doc.mention(start, start + len(surface), short)
        doc.ents[short].aliases.add(surface)
        doc.org_alias.setdefault(surface, short)
        return short
    # known surface (alias or acronym defined in the text)
    base = re.sub(r"\s*\([^()]*\)", "", surface).strip()
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
            if rest and _other_area(doc, doc.ents[key], _area_of(doc, rest)):
                continue  # "BPBD Agam" after "BPBD Provinsi Sumatera Barat": another region's body
            if not rest or doc.lx.region_candidates(rest) or rest.startswith(("Kabupaten", "Kota")):
                doc.mention(start, end, key)
                doc.ents[key].aliases.add(base)
                doc.org_alias[base] = key
                return key
    name, info = _canonical_org(doc, surface)
    if len(name.split()) == 1 and name not in doc.lx.acronyms and name not in doc.lx.institutions and \
            name not in doc.lx.org_names and not (name.isupper() and len(name) >= 3 and name.isalpha()):
        return None  # (an unknown acronym of three letters or more names a body: "Ketua IKAPI …")
    if info["kind"] == "other" and name not in doc.lx.org_names and \
            not any(name.startswith(h) for h in doc.lx.institutions) and \
            not any(name.startswith(a) for a in doc.lx.acronyms) and name.split()[0] not in doc.lx.org_words and \
            not (_is_acronym(name.split()[0]) and (len(name.split()) > 1 or name.isupper() and len(name) >= 3)):
        # (a word such as "Kelompok", "Yayasan", "Partai" starts a body's name too, and so does an
        # acronym with more after it, "DPC PKB Klaten", or of three letters or more, "IKAPI")
        return None
    area = None
    if info["regional"]:
        name = _with_level_word(doc, name)
        suffix = _region_suffix(doc, name)
        if suffix:
            name = f"{name} {suffix}"
        area = doc.region
    # a body in a region names it: "Dinas Kesehatan Kabupaten Gianyar"
    area = _area_of(doc, name) or area
    key = f"org:{slug(name)}"
    # the same body named with and without its region is one body
    if key not in doc.ents:
        key = _find_org(doc, name, area) or key
    ent = doc.ents.get(key) or doc.add("org", name, start, kind=info["kind"], area=area,
                                       business=info["business"], regional=info["regional"],
                                       parent_hint=info["parent_hint"])
    ent.first = min(ent.first, start)
    ent.data["implied"] = False
    if base != ent.name:
        ent.aliases.add(base)
    doc.org_alias[base] = ent.key
    for acr in info["defined"]:
        acr = acr.strip()
        if all(w[:1].isupper() for w in acr.split()) and len(acr) <= 24 and \
                doc.acr_defs.get(acr, ent.key) == ent.key:  # a body's acronym stays its own
            doc.acr_defs[acr] = ent.key
            doc.org_alias[acr] = ent.key
            ent.aliases.add(acr)
    shown = re.sub(r"\s*\([^()]*\)$", "", doc.text[start:end])  # "Kerapatan Adat Nagari (KAN)"
    doc.mention(start, start + len(shown), ent.key)
    return ent.key


# the last word of a party's unit named after it ("Fraksi PKB", "DPD Partai Demokrat Bali", "Dewan
# Pimpinan Pusat Partai X"): a "Partai" after one is read with the unit
_PARTY_UNITS = frozenset({"Fraksi", "DPP", "DPD", "DPC", "DPW", "Pusat", "Daerah", "Cabang", "Wilayah"})
# lowercase nouns of belonging: the unknown name after one is the body belonged to
_MEMBER_NOUNS = frozenset({"anggota", "kader", "simpatisan", "petinggi", "pemimpin", "pendiri", "milisi",
                           "gerilyawan", "militan", "faksi", "sayap"})
_PARTY_BOARDS = frozenset({"DPP", "DPD", "DPC", "DPW"})
_PARTY_UNIT_RE = re.compile(
    r"(?:Fraksi|DPP|DPD|DPC|DPW|Dewan (?:Pimpinan|Perwakilan) (?:Pusat|Daerah|Cabang|Wilayah))\s+")


def _party_at(doc: _Doc, toks: list[Token], j: int) -> int:
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


def _parties_in_units(doc: _Doc) -> None:
    """The party a faction or a party board is named after is mentioned too: "Fraksi Partai
    Golkar" names the faction and, inside it, the party; "DPD Nasdem Sumenep" the party's
    regency board and the party. The unit's parent is the party when no other is known."""
    text = doc.text
    units = [(span, key) for span, (key, _) in doc.mentions.items()
             if key.startswith("org:") and text.startswith(("Fraksi ", "DP", "Dewan "), span[0])]
    for (s, e), key in sorted(units):
        m = _PARTY_UNIT_RE.match(text, s)
        k = doc.token_at.get(m.end()) if m else None
        past = _party_at(doc, doc.tokens, k) if k is not None else k
        if past == k or doc.tokens[past - 1].end > e or (m.end(), doc.tokens[past - 1].end) == (s, e):
            continue
        party = _register_org(doc, m.end(), doc.tokens[past - 1].end)
        if party and party != key and not doc.ents[key].data.get("parent"):
            doc.ents[key].data["parent"] = party


def _named_freely(lx: Lexicon, head: str, inst: str | None) -> bool:
    """Whether any capitalized words may follow an institution's head as its proper name
    ("Koperasi Sumber Rejeki", "Partai Persatuan Pembangunan"), not only agency words."""
    return head in ("Koperasi", "KSU", "KUD", "UD", "CV", "PT", "BUMDes", "BUMNag", "Subak", "Bank",
                    "Kelompok", "Komunitas", "Yayasan", "Paguyuban", "Forum", "Rumah", "Gapoktan",
                    "SMK", "SMA", "Universitas", "Partai") or (
        inst in lx.institutions and lx.institutions[inst]["kind"] in ("business", "cooperative", "community"))


def _pass_orgs(doc: _Doc) -> None:
    lx, text = doc.lx, doc.text
    toks, starts = doc.tokens, doc.token_at
    heads = sorted({m.start() for m in lx.INSTITUTION_RE.finditer(text)} |
                   {m.start() for m in lx.ACRONYM_RE.finditer(text)})
    covered = -1
    for pos in heads:
        if pos < covered or pos not in starts:
            continue
        i = starts[pos]
        head = toks[i].text
        if head == "Partai" and i and toks[i - 1].text in _PARTY_UNITS:
            continue  # "Fraksi Partai Golkar": the faction is read whole with the names
        # a title word right before an institution ("Kepala Dinas") is handled with people
        inst = next((h for h in lx.institution_heads
                     if text.startswith(h, pos)), None)
        skip = len(inst.split()) if inst else 1
        j = _org_tokens(doc, toks, i + skip, first_free=_named_freely(lx, head, inst))
        if j == i + skip and head not in lx.acronyms and inst not in ("Puskesmas", "RSUD", "Dekranasda"):
            if not (head in lx.acronyms or inst in ("PKK",)):
                continue
        end = toks[j - 1].end if j > i else toks[i].end
        parent = None
        inside = next((x for x in range(i + skip + 1, j) if toks[x].is_cap and (
            lx.INSTITUTION_RE.match(text, toks[x].start) or lx.ACRONYM_RE.match(text, toks[x].start))), None) \
            if head in _UNIT_HEADS else None
        if inside is not None:
            # "Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Contoh": the body read with its unit
            parent = _register_org(doc, toks[inside].start, end)
            j = inside  # the unit's own words, for its alias
        elif head in _UNIT_HEADS and j < len(toks) and (
                lx.INSTITUTION_RE.match(text, toks[j].start) or lx.ACRONYM_RE.match(text, toks[j].start)):
            # "Komisi B Dewan Perwakilan Rakyat …": a unit named together with its body
            inner = next((h for h in lx.institution_heads if text.startswith(h, toks[j].start)), None)
            j2 = _org_tokens(doc, toks, j + (len(inner.split()) if inner else 1),
                             first_free=_named_freely(lx, toks[j].text, inner))
            parent = _register_org(doc, toks[j].start, toks[j2 - 1].end)
            if parent:
                end = toks[j2 - 1].end
        key = _register_org(doc, pos, end)
        if key:
            covered = end
            if parent and parent != key:
                doc.ents[key].data["parent"] = parent
                doc.ents[key].aliases.add(text[pos:toks[j - 1].end])
    # "Pemerintah Jepang", "pemerintah Mesir": a country's government is a body
    for (s, e), (k, _) in sorted(doc.mentions.items()):
        gov = re.search(r"\b[Pp]emerintah\s+$", text[max(0, s - 12):s])
        if gov and doc.ents[k].data.get("kind") == "country":
            key = _government_of(doc, k)
            doc.ents[key].data["implied"] = False
            doc.mention(s - len(gov.group(0)), e, key)


# ---- people -------------------------------------------------------------------------------

def _split_name(doc: _Doc, toks: list[Token]) -> tuple[list[str], list[Token], list[str]] | None:
    """(honorific prefixes, name tokens, degree suffixes) of a name phrase, or None."""
    lx = doc.lx
    prefixes, i = [], 0
    while i < len(toks):
        t = toks[i].text
        two = f"{t} {toks[i + 1].text}" if i + 1 < len(toks) else ""
        if two in lx.ranks:
            prefixes.append(two)
            i += 2
        elif t in lx.prefixes or t in lx.ranks:
            prefixes.append(t)
            i += 1
        elif prefixes and prefixes[-1] in lx.ranks | {r.split()[0] for r in lx.ranks} and t in lx.corps:
            prefixes[-1] += " " + t
            i += 1
        else:
            break
    name: list[Token] = []
    suffixes: list[str] = []
    while i < len(toks):
        t = toks[i]
        if t.text == ",":
            i += 1
            continue
        if t.text in lx.suffixes or re.match(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}[A-Za-z]*\.?$", t.text) and name:
            suffixes.append(t.text)
            i += 1
            continue
        if suffixes:
            break
        if t.is_cap or t.text in lx.name_inner:
            name.append(t)
            i += 1
            continue
        break
    while name and name[-1].text in lx.name_inner:
        name.pop()
    if not name or len(name) > 6:
        return None
    # a month between two name words is a name's part ("Lim Mei Hwa"), not a date
    inner = set(range(1, len(name) - 1))
    if any(t.text in lx.weekdays or t.text.lower() in lx.weekdays or t.text.lower() in lx.months and x not in inner or
           t.text in lx.titles or t.text in lx.institutions or t.text in doc.agency_words or
           (_is_acronym(t.text) and len(t.text) > 1 and t.text not in ("St.",)) for x, t in enumerate(name)):
        return None
    if len(name) == 1 and name[0].text in lx.name_starts:
        return None
    if any(t.text in lx.org_words or t.text in lx.institutions for t in name):
        return None
    if _is_big_region(lx, " ".join(t.text for t in name)) or _is_big_region(lx, name[0].text):
        return None
    return prefixes, name, suffixes


def _name_run(doc: _Doc, toks: list[Token], i: int) -> int:
    """Index past a run of name-like tokens (honorifics, capitalized words, degrees) from i."""
    lx, n, j = doc.lx, len(toks), i
    while j < n:
        t = toks[j].text
        if j > i and "\n" in doc.text[toks[j - 1].end:toks[j].start]:
            break
        if t == "," and j + 1 < n and (toks[j + 1].text in lx.suffixes or
                                       re.match(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}", toks[j + 1].text)):
            j += 1
            continue
        if toks[j].is_cap or t in lx.name_inner or t in lx.suffixes or t in lx.prefixes:
            j += 1
            continue
        break
    return j


_FREE_AFTER = {"Ketua", "Manajer", "Pemilik", "Pengelola", "Direktur", "Wakil Ketua", "Sekretaris", "Bendahara",
               "Anggota", "Ketua Umum", "Wakil Ketua Umum", "Pemimpin"}


def _division_end(doc: _Doc, toks: list[Token], i: int) -> int:
    """Index of the body after a division named by dictionary words ("Direktur [Keuangan] PT
    …", "Direktur [Pemasaran dan Niaga] Pertamina …"), or ``i`` when no body follows one."""
    lx, n, k = doc.lx, len(toks), i
    while k < n and toks[k].is_cap and toks[k].is_word and lx.is_common_word(toks[k].text) and \
            toks[k].text not in lx.title_words and not lx.INSTITUTION_RE.match(doc.text, toks[k].start):
        k += 1
        if k + 1 < n and toks[k].text == "dan" and toks[k + 1].is_cap:
            k += 1
    if k == i or k >= n or toks[k - 1].text == "dan":
        return i
    t = toks[k].text
    body = lx.INSTITUTION_RE.match(doc.text, toks[k].start) or lx.ACRONYM_RE.match(doc.text, toks[k].start) or \
        t in lx.org_names or _is_acronym(t) and t.isupper() and len(t) >= 2
    return k if body else i


def _complement(doc: _Doc, toks: list[Token], i: int, title: str, rule: str) -> int:
    """Index past what follows a title and names its body or place ("Dinas Koperindag", "Klaten")."""
    lx, n, j = doc.lx, len(toks), i
    if rule.startswith("follows:Kementerian"):
        # "Menko Perekonomian …", "Menteri Kelautan dan Perikanan …": the ministry's field
        while j < n and toks[j].is_cap and lx.is_common_word(toks[j].text) and _DERIVED_NOUN.match(toks[j].text):
            j += 1
            if j + 1 < n and toks[j].text == "dan" and toks[j + 1].is_cap:
                j += 1
        while j > i and toks[j - 1].text == "dan":
            j -= 1
    if rule.startswith(("follows", "unit")):
        b = _division_end(doc, toks, i) if lx.titles.get(title, {}).get("role") in _DIVISION_ROLES else i
        if b > i:  # "Direktur Keuangan PT Sinar Jaya …": the division, then the body
            j = b
        j = max(j, _org_tokens(doc, toks, j, first_free=title in _FREE_AFTER and b == i))
        inst = next((h for h in lx.institution_heads if doc.text.startswith(h + " ", toks[b].start)), None) \
            if b < n and lx.INSTITUTION_RE.match(doc.text, toks[b].start) else None
        if inst and j <= b + len(inst.split()) and _named_freely(lx, toks[b].text, inst):
            # "Sekjen Partai Golkar …": the body's head takes its proper name, as it does alone
            j = max(j, _org_tokens(doc, toks, b + len(inst.split()), first_free=True))
        elif j == b and b + 1 < n and toks[b].text in lx.org_names and toks[b + 1].is_cap:
            j = b + 1  # "Wasekjen Golkar Rudi …": a body known by its one-word name
        if j == i < n and toks[i].text in lx.institutions and (i + 1 == n or not toks[i + 1].is_cap):
            j = i + 1  # "… yang juga Komandan Satgas, …": a body named before by its head word
        return j
    if rule.startswith(("national", "country")):
        # "Presiden Mesir Karim …", "Perdana Menteri Jepang …": the country the post is of
        for width in range(min(3, n - i), 0, -1):
            if " ".join(t.text for t in toks[i:i + width]) in lx.countries:
                return i + width
        return i
    if rule.startswith("gov"):
        # above the district a district's name is no jurisdiction: "Bupati Bone Baso …" is a name
        # (district names are often personal names too)
        if rule in ("gov:district", "gov:village", "gov:nagari"):
            region = lx.region_candidates
        else:
            def region(name):
                return [r for r in lx.region_candidates(name) if r.kind != "district"]
        while j < n and toks[j].is_cap:
            width = _region_width(toks, j, region)
            if width:
                j += width
            elif toks[j].text in ("Kabupaten", "Kota", "Provinsi"):
                j += 1
            else:
                break
    return j


def _region_width(toks: list[Token], j: int, region) -> int:
    """How many capitalized words from ``toks[j]`` name a region (longest first, up to
    four: "Ogan Komering Ulu Timur"); 0 when none does."""
    for width in range(min(4, len(toks) - j), 0, -1):
        words = toks[j:j + width]
        if all(t.is_cap for t in words) and region(" ".join(t.text for t in words)):
            return width
    return 0


_APPOSITIVE_TITLE = re.compile(
    r",?\s+(?:yang\s+)?(?:(?:saat\s+ini|kini)\s+)?(?:juga\s+)?"
    r"(?:menjabat(?:\s+sebagai)?|merangkap(?:\s+sebagai)?|selaku|sekaligus(?:\s+sebagai)?)\s+$"
    r"|,?\s+yang\s+juga\s+$")  # "X, yang juga Komandan Satgas, …"


def _appositive_posts(doc: _Doc) -> None:
    """Posts named after the person: "X, yang menjabat Ketua TP PKK sekaligus Ketua Dekranasda"."""
    lx, text = doc.lx, doc.text
    toks, starts = doc.tokens, doc.token_at
    for m in lx.TITLE_RE.finditer(text):
        if m.start() not in starts or not _APPOSITIVE_TITLE.search(text[max(0, m.start() - 60):m.start()]):
            continue
        s0, _ = doc.sentence_of(m.start())
        before = [(b, k) for a, b, k in doc.people_mentions() if s0 <= a and b <= m.start()]
        if not before:
            continue
        person = doc.ents[before[-1][1]]
        title = m["title"]
        i = starts[m.start("title")] + len(tokenize(title))
        if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")":
            i += 3
        j = _complement(doc, toks, i, title, lx.titles[title]["org"])
        if j <= i:
            continue
        span = (toks[i].start, toks[j - 1].end)
        doc.title_spans.append(span)
        person.data.setdefault("posts", []).append(
            {"title": title, "pre": m["pre"], "comp": text[span[0]:span[1]], "comp_span": span,
             "title_start": m.start()})
        written = text[m.start():span[1]]
        if written not in person.data.setdefault("titles", []):
            person.data["titles"].append(written)


_MEMBER_BODIES = ("Fraksi",)  # "X dari Fraksi Y": X sits in the faction


def _faction_posts(doc: _Doc) -> None:
    """Members named with their faction: "Rudi, S.H. dari Fraksi Golkar", "Anggota Komisi II dari
    Fraksi PKB, Rina Wati" → a post "Anggota" of the faction."""
    text = doc.text
    people = doc.people_mentions()
    for (s, e), (key, _) in sorted(doc.mentions.items()):
        if not key.startswith("org:") or not doc.ents[key].name.startswith(_MEMBER_BODIES):
            continue
        if not re.search(r"\bdari\s+$", text[max(0, s - 6):s]):
            continue
        before = [k for a, b, k in people if re.fullmatch(r"(?:,?\s*(?:[A-Z][\w]{0,4}\.)+)*,?\s*dari\s+", text[b:s])]
        after = [k for a, b, k in people if re.fullmatch(r"[^.!?\n]{0,60},\s*", text[e:a])]
        holder = (before or after[:1] or [None])[-1]
        if holder is None:
            continue
        posts = doc.ents[holder].data.setdefault("posts", [])
        if not any(p.get("comp_span") == (s, e) for p in posts):
            posts.append({"title": "Anggota", "pre": None, "comp": text[s:e], "comp_span": (s, e), "title_start": s})


# a body's word written in lowercase after a title, for the body named before ("Ketua koperasi")
_BODY_WORD = {w.lower(): w for w in ("Koperasi", "Kelompok", "Yayasan", "Paguyuban", "Komunitas", "Asosiasi",
                                     "Perkumpulan", "Forum", "Sanggar", "Gapoktan", "Dinas", "Badan", "Sekolah")}


def _title_candidates(doc: _Doc) -> list[_NameCandidate]:
    lx, text = doc.lx, doc.text
    toks, starts = doc.tokens, doc.token_at
    out: list[_NameCandidate] = []
    for m in lx.TITLE_RE.finditer(text):
        if m.start() not in starts:
            continue
        before = text[max(0, m.start() - 20):m.start()]
        if _OFFICE_BEFORE.search(before):
            continue
        title = m["title"]
        row = lx.titles[title]
        i = starts[m.start("title")]
        i += len(tokenize(title))
        n = len(toks)
        if i + 2 < n and toks[i].text == "(" and toks[i + 2].text == ")":
            i += 3
        if i < n and toks[i].text in ("terpilih", "Terpilih"):
            i += 1  # "Presiden Terpilih Joko …": the president-elect
        rule = row["org"]
        # complement (organization or place) then the name
        j = comp_end = _complement(doc, toks, i, title, rule)
        if j == i and rule.startswith("follows") and i + 1 < n and toks[i + 1].text == "," and \
                toks[i].text in _BODY_WORD:
            j = comp_end = i + 1  # "Ketua koperasi, Rina Wati": the body named before (see _pass_posts)
        # a comma after the complement, or an unknown complement closed by a comma
        k = j
        if k + 1 < n and toks[k].text == "dari" and rule.startswith("follows"):
            # "Anggota Komisi II dari Fraksi X, Rina Wati": the faction, then the name
            body = toks[k + 1].text in lx.org_words or lx.INSTITUTION_RE.match(text, toks[k + 1].start)
            after = k + 2
            while body and after < min(n, k + 7) and toks[after].is_cap:
                after += 1
            if body and after < n and toks[after].text == ",":
                k = after
        if k < n and toks[k].text == ",":
            k += 1
        elif k < n and toks[k].is_cap and rule.startswith(("follows", "gov")):
            # "Perbekel Sukawati I Nyoman …": a village/unit name before a name-start word
            run_end = _name_run(doc, toks, k)
            run = toks[k:run_end]
            # after a region read from the gazetteer ("Bupati Tanah Datar …") the name starts
            # at once: a customary title inside it ("Yusra Halim Dt. Rajo Api") is no cut,
            # and neither are the name's own words ("Bupati Gianyar Wayan Santosa Contoh")
            # (the gazetteer has no villages: a region word after "Kepala Desa" may begin a longer name)
            region_read = rule.startswith("gov") and rule not in ("gov:village", "gov:nagari") and j > i
            starts_here = lx.name_starts - lx.name_customary if region_read else lx.name_starts
            cuts = starts_here | lx.prefixes | lx.ranks | {r.split()[0] for r in lx.ranks}
            cut = next((x for x in range(1, len(run)) if run[x].text in cuts), None)
            # a comma before a degree ("Suparjo, S.Pd.") ends no complement: the name is before it
            comma = None
            for x in range(k, min(run_end + 2, n)):
                if region_read or _is_degree(doc, toks, x + 1):
                    break
                if toks[x].text == ",":
                    comma = x
                    break
            if cut is None and rule.startswith("gov") and comma is None and not region_read:
                places = {e.name for e in doc.ents.values() if e.kind == "place"}
                cut = next((x for x in range(len(run) - 1, 0, -1)
                            if " ".join(t.text for t in run[:x]) in places), None)
                if cut is None and 3 <= len(run) <= 4 and all(t.text[:1].isupper() for t in run):
                    cut = len(run) - 2  # "Kepala Desa Tanjung Baru Yohanes Ladi": a two-word name
            if cut is not None and rule.startswith("gov") and run[0].text not in lx.name_starts:
                comp_end = k + cut
                k = comp_end
            elif comma is not None and comma + 1 < n and toks[comma + 1].is_cap and comma <= run_end and \
                    toks[comma + 1].text not in lx.suffixes and \
                    not re.match(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}", toks[comma + 1].text) and \
                    comma - k <= 4 and run[0].text not in lx.name_starts | lx.prefixes:
                comp_end = comma
                k = comma + 1
        run_end = _name_run(doc, toks, k)
        split = _split_name(doc, toks[k:run_end])
        if split is None:
            continue
        prefixes, name_toks, suffixes = split
        if len(name_toks) == 1 and not prefixes and name_toks[0].text in doc.agency_words:
            continue
        if len(name_toks) == 1 and not prefixes and not suffixes and _portfolio_word(doc, name_toks[0], run_end):
            continue  # "Menteri Kelautan dan Perikanan": the ministry's field, no name
        comp = text[toks[i].start:toks[comp_end - 1].end] if comp_end > i else ""
        title_text = text[m.start():toks[comp_end - 1].end] if comp_end > i else text[m.start():m.end()]
        if comp_end > i:
            doc.title_spans.append((toks[i].start, toks[comp_end - 1].end))
        cand = _NameCandidate(name_toks[0].start, name_toks[-1].end, name_toks, prefixes, suffixes,
                              title=title_text, strong=bool(prefixes or suffixes or len(name_toks) >= 2),
                              post={"title": title, "pre": m["pre"], "comp": comp,
                                    "comp_span": (toks[i].start, toks[comp_end - 1].end) if comp_end > i else None,
                                    "title_start": m.start()})
        out.append(cand)
    return out


def _is_degree(doc: _Doc, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is an academic degree ("S.E.", "M.Si.", "Sp.PD.")."""
    return i < len(toks) and (toks[i].text in doc.lx.suffixes or bool(_DEGREE.match(toks[i].text)))


_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}")
_DERIVED_NOUN = re.compile(r"^(?:Ke|Pe|Per|Pen|Pem|Peng|Peny)\w+an$")


def _portfolio_word(doc: _Doc, tok: Token, nxt: int) -> bool:
    """A common word naming a field of government after a title: a derived noun
    ("Kelautan", "Pendidikan") or the first of "X dan Y" ("Hukum dan HAM")."""
    if not doc.lx.is_common_word(tok.text):
        return False
    toks = doc.tokens
    joined = nxt + 1 < len(toks) and toks[nxt].text == "dan" and toks[nxt + 1].is_cap
    return joined or bool(_DERIVED_NOUN.match(tok.text))


def _other_candidates(doc: _Doc) -> list[_NameCandidate]:
    """People introduced without a title: appositions, participant nouns, honorifics."""
    lx, text = doc.lx, doc.text
    toks, starts = doc.tokens, doc.token_at
    out = []
    # "pelaku UKM tenun Ketut Sari", "Salah satu peserta, Rina Wati, pemilik …"
    for m in lx.PARTICIPANT_RE.finditer(text):
        after = m.end()
        rest = re.match(r"(?P<sector>(?:\s+[a-z]+){0,2}?)(?:\s+lain)?\s*,?\s+(?=[A-Z])", text[after:after + 60])
        if not rest or any(w not in lx.sectors for w in rest["sector"].split()):
            continue  # "pelaku UKM tenun Ketut": only a trade may stand between
        pos = after + rest.end()
        if pos not in starts:
            continue
        k = starts[pos]
        split = _split_name(doc, toks[k:_name_run(doc, toks, k)])
        if not split:
            continue
        prefixes, name_toks, suffixes = split
        if len(name_toks) < 2 and "," not in text[after:pos]:
            continue
        sector = rest["sector"].strip() or None
        out.append(_NameCandidate(name_toks[0].start, name_toks[-1].end, name_toks, prefixes, suffixes,
                                  strong=True, intro=m.group(0), sector=sector))
    # "X, pemilik …" / "X, siswa …": a name set off by commas and followed by a role noun
    for m in re.finditer(r"(?:^|[,.]\s+|\b(?:diraih|oleh|istrinya|suaminya)\s+)(?=[A-Z])", text):
        pos = m.end()
        if pos not in starts:
            continue
        k = starts[pos]
        end = _name_run(doc, toks, k)
        while k < end and toks[k].text in lx.start_words:
            k += 1  # "Menurut Rudi Hartono, pedagang …": the preposition is no part of the name
        split = _split_name(doc, toks[k:end])
        if not split:
            continue
        prefixes, name_toks, suffixes = split
        follow = text[toks[end - 1].end:toks[end - 1].end + 40] if end > k else ""
        if re.match(r"\s*(?:\(\d{1,3}\)\s*)?,\s*(?:yang\s+(?:juga|menjabat|akrab)|pemilik|siswa|siswi|mahasiswa|warga|petani|"
                    r"generasi|pengelola|pendiri|perajin|pedagang|ketua|manajer)\b", follow, re.I) and \
                (len(name_toks) >= 2 or prefixes):
            out.append(_NameCandidate(name_toks[0].start, name_toks[-1].end, name_toks, prefixes, suffixes,
                                      strong=True))
    # an honorific or rank always starts a name
    starters = (lx.prefixes - {"Bapak", "Ibu", "Pak", "Bu"}) | lx.ranks
    for t_i, t in enumerate(toks):
        if t.text not in starters:
            continue
        if t_i and (lx.VENUE_RE.fullmatch(toks[t_i - 1].text) or toks[t_i - 1].text in ("Jalan", "Jl.", "Jln.")):
            continue
        within = lx.TITLE_RE.match(text, toks[t_i - 1].start) if t_i else None
        if within and within.end() >= t.end:
            continue  # "Sekretaris Jenderal": the rank word ends a title, no name starts here
        split = _split_name(doc, toks[t_i:_name_run(doc, toks, t_i)])
        if split and split[1]:
            prefixes, name_toks, suffixes = split
            out.append(_NameCandidate(name_toks[0].start, name_toks[-1].end, name_toks, prefixes,
                                      suffixes, strong=True))
    return out


def _words(cand: _NameCandidate) -> list[str]:
    return [t.text for t in cand.tokens]


def _pass_people(doc: _Doc) -> None:
    lx = doc.lx
    cands = _title_candidates(doc) + _other_candidates(doc)
    # full names first; shorter forms attach to a person whose name contains them
    cands.sort(key=lambda c: (not c.strong, -len(c.tokens), c.start))
    people: list[_Entity] = []
    # the places were all found before (this pass adds only people's mentions)
    places = [span for span, (k, _) in doc.mentions.items() if k.startswith("place:")]
    for c in cands:
        if not c.title and any(a < c.end and c.start < b for a, b in doc.title_spans):
            continue  # inside the body a title names: "Ketua Kelompok Perajin Lumbung Bertuah, …"
        hit = [(a, b) for a, b in places if a < c.end and c.start < b]
        if hit and (c.title or c.prefixes) and len(c.tokens) >= 2 and all(
                c.start < a and b <= c.end and doc.ents[doc.mentions[(a, b)][0]].data.get("kind") == "country"
                for a, b in hit):
            for span in hit:  # "Kapolri Rudi Haiti": a titled name may end in a country's name
                del doc.mentions[span]
                places.remove(span)
        elif hit:
            continue  # a place already found ("Pelaku UMKM Lombok Tengah" is no person)
        words = _words(c)
        owner = _resolve_short(doc, people, words, c.start)
        if owner is None and not c.strong:
            if len(words) == 1 and (words[0] in lx.birth_names or _is_big_region(lx, words[0])):
                continue
        if owner is None:
            name = " ".join(words)
            owner = doc.add("person", name, c.start)
            owner.name = name
            people.append(owner)
        p = owner.data
        p.setdefault("prefixes", [])
        p.setdefault("suffixes", [])
        p.setdefault("titles", [])
        p.setdefault("posts", [])
        for x in c.prefixes:
            if x not in p["prefixes"]:
                p["prefixes"].append(x)
        for x in c.suffixes:
            if x not in p["suffixes"]:
                p["suffixes"].append(x)
        if c.title and c.title not in p["titles"]:
            p["titles"].append(c.title)
        if c.post:
            p["posts"].append(c.post)
        if c.intro:
            doc.participant_people.add(owner.key)
            if c.sector:
                p.setdefault("sector", c.sector)
        span_start = c.start
        if c.title and " ".join(words) != owner.name and c.post:
            # "Wabup Suryawan": the title belongs to the short form
            span_start = c.post["title_start"]
        doc.mention(span_start, c.end, owner.key)
        if doc.text[span_start:c.end] != owner.name:
            owner.aliases.add(doc.text[span_start:c.end])
    _short_forms(doc, people)
    for m in _AKRAB.finditer(doc.text):
        before = [x for x in doc.people_mentions() if x[1] <= m.start()]
        if before:
            key = before[-1][2]
            alias = m["alias"]
            doc.ents[key].aliases.add(alias)
            doc.mention(m.start("alias"), m.start("alias") + len(alias), key)


class _Spans:
    """Character spans, sorted, that answer "does this overlap any of you" by bisection."""

    def __init__(self, spans) -> None:
        self.items = sorted(spans)
        self.longest = max((b - a for a, b in self.items), default=0)

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self.items, span)
        self.longest = max(self.longest, span[1] - span[0])

    def overlaps(self, start: int, end: int) -> bool:
        # only a span starting less than ``longest`` before ``start`` can reach into it
        lo = bisect.bisect_left(self.items, (start - self.longest,))
        hi = bisect.bisect_left(self.items, (end,))
        return any(b > start for _, b in self.items[lo:hi])


def _pass_names(doc: _Doc) -> None:
    """People, organizations and places named without a title: capitalized phrases,
    classified by lexicons (countries, regions, organization words, party and agency
    names) and by the words around them ("kata X", "Menurut X", "di X")."""
    lx, text = doc.lx, doc.text
    toks = doc.tokens
    n = len(toks)
    taken = _Spans(doc.mentions)
    speech = set(lx.speech_after)
    people = [e for e in doc.ents.values() if e.kind == "person"]
    countries = set(lx.countries)
    i = 0
    while i < n:
        if not (toks[i].is_cap and toks[i].is_word):
            i += 1
            continue
        j = i + 1
        while j < n and "\n" not in text[toks[j - 1].end:toks[j].start] and (
                toks[j].is_cap and toks[j].is_word or
                toks[j].text in lx.name_inner and j + 1 < n and toks[j + 1].is_cap):
            j += 1
        run, run_at, i = toks[i:j], i, j
        while run and (run[0].text in lx.start_words or run[0].text.lower() in lx.weekdays
                       or run[0].text.lower() in lx.months or run[0].text in lx.suffixes
                       or run[0].text in lx.prefixes or run[0].text in lx.office_words):
            run, run_at = run[1:], run_at + 1
        # a capitalized common word opening a sentence before a place's word: "Luapan [Sungai Cimanuk]"
        geo_at = next((x for x, t in enumerate(run) if x and t.text in lx.geo_words), None)
        if geo_at and run[0].text not in lx.geo_words and all(lx.is_common_word(t.text) for t in run[:geo_at]) and (
                run_at == 0 or toks[run_at - 1].text in (".", "!", "?", "“", '"', ":") or
                "\n" in text[toks[run_at - 1].end:run[0].start]):
            run, run_at = run[geo_at:], run_at + geo_at
        # a body known by one word before a name found already: "Ketua BK [Muhammad Prakosa]"
        covered = [x for x, t in enumerate(run) if taken.overlaps(t.start, t.end)]
        if covered and 0 < covered[0] <= 2 and all(
                t.text in lx.org_names or _is_acronym(t.text) and t.text not in lx.ranks for t in run[:covered[0]]):
            run, i = run[:covered[0]], run_at + covered[0]
        while run and (run[-1].text in lx.start_words or run[-1].text.lower() in lx.months
                       or run[-1].text.lower() in lx.weekdays or run[-1].text in ("Nomor", "No", "Lt")):
            run = run[:-1]  # (… "Jalan Merdeka Nomor 5", "Lt . 4": a number's word ends a name)
        title = lx.TITLE_RE.match(text, run[0].start) if run else None
        if title:  # "Ketua Umum Partai Demokrat Rudi …": the title is not part of a name
            cut = sum(1 for t in run if t.start < title.end())
            run, run_at = run[cut:], run_at + cut
        named = next((p for p in range(1, len(run) - 2) if run[0].text in lx.org_words and (
            run[p].text in lx.org_names or _is_acronym(run[p].text)) and any(
            not lx.is_common_word(t.text) for t in run[p + 1:]) and not any(
            t.text in lx.org_words or t.text in doc.agency_words or _is_acronym(t.text) for t in run[p + 1:])), None)
        # "DPC PDI Perjuangan Klaten Rudi …", "Kemarin DPD Partai X …": a party's board, with its
        # region, then maybe a person
        board_at = next((p for p, t in enumerate(run[:-1]) if t.text in _PARTY_BOARDS and
                         _party_at(doc, toks, run_at + p + 1) > run_at + p + 1 and
                         all(lx.is_common_word(w.text) for w in run[:p])), None)
        board = board_at is not None
        if board:
            run_at += board_at
            i = _org_tokens(doc, toks, run_at + 1, first_free=False)
            run = toks[run_at:i]
        elif run and run[0].text in lx.org_words and len(run) > 2 and run[1].text in lx.org_names:
            # "Partai Golkar Rudi Sastrowardoyo": the body, then the person
            i = run_at + 2
            run = run[:2]
        elif named:  # "Fraksi Partai Demokrat Rudi Sastrowardoyo": the body's name ends with the party's
            i = run_at + named + 1
            run = run[:named + 1]
        elif len(run) > 2 and (run[0].text in lx.org_names or _is_acronym(run[0].text) and run[0].text.isupper()) \
                and run[0].text not in lx.ranks and (run[1].text in lx.name_starts or not lx.is_common_word(run[1].text)):
            i = run_at + 1  # "PDIP Ahmad Basarah": the party, then the person
            run = run[:1]
        if not run:
            continue
        s, e = run[0].start, run[-1].end
        if taken.overlaps(s, e) and not board and not (
                len(run) > 2 and run[0].text in lx.org_words and not lx.VENUE_RE.match(text, s) and
                all(s < a and b <= e and k.startswith("place:") for (a, b), (k, _) in doc.mentions.items()
                    if a < e and s < b)):
            continue  # (a country or region inside a body's name stops no body: "Bursa Efek Malaysia")
        words = [t.text for t in run]
        phrase = text[s:e]
        if any(w in lx.suffixes for w in words) or (len(words) == 1 and words[0] in _DIRECTIONS):
            continue
        k = run_at
        known = next((x for x in doc.ents.values() if x.kind in ("place", "org") and x.name == phrase), None)
        if known:  # a place or body found before ("Bireuen" of the dateline)
            doc.mention(s, e, known.key)
            taken.add((s, e))
            continue
        # part of a longer capitalized expression, such as an acronym's expansion:
        # "Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM)", "… Pendapatan dan Belanja Kabupaten (RAPBK)"
        after = re.match(r"(?:\s+dan\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*\(([^()]{1,15})\)", text[e:e + 80])
        joined = re.search(r"[A-Z][\w-]*\s+dan\s+$", text[max(0, s - 40):s]) and \
            re.match(r"\s*\(", text[e:e + 3])  # "… Pendapatan dan Belanja Kabupaten (RAPBK)"
        if after or joined:
            acr = after.group(1).strip() if after else ""
            row = lx.acronyms.get(acr)
            if joined or not _is_acronym(acr.split()[0] if acr else "") or (row and row["kind"] in ("term", "complement")):
                continue
            after_org = True  # "Kerapatan Adat Nagari (KAN)": an acronym's expansion names a body
        else:
            after_org = False
        prev = toks[k - 1].text if k else ""
        prev2 = f"{toks[k - 2].text} {prev}" if k > 1 else ""
        at_start = k == 0 or prev in {".", "!", "?", "“", '"', "(", "–", "—", ":", "-"} or \
            "\n" in text[toks[k - 1].end:s]
        kind, listed_place = None, False
        uncommon = [w for w in words if not lx.is_common_word(w)]
        nxt = toks[k + len(run)].text if k + len(run) < n else ""
        if len(words) == 1 and (lx.acronyms.get(words[0], {}).get("kind") in ("term", "complement")
                                or words[0] in doc.term_acronyms):
            continue
        if after_org or board or phrase in lx.org_names or (len(words) > 1 and any(w in lx.org_words for w in words)):
            kind = "org"
        elif any(w in lx.business_cues for w in re.findall(r"[a-z]+", text[max(0, s - 30):s])[-3:]):
            kind = "business"  # "pemilik toko sembako Sumber Rezeki"
        elif phrase in countries or (_region_here(doc, phrase) and not (len(words) == 1 and at_start)):
            kind = "place"
        elif words[0] in lx.geo_words and len(words) > 1:
            kind = "place"
        # a kind read from a lexicon is sure; the guesses from context below are weak, and the
        # statistical tagger may overrule them (see _crf_verdict)
        strong = kind is not None
        if strong:
            pass
        elif len(words) == 1 and _is_acronym(words[0]) and len(words[0]) <= 8 and not any(c.isdigit() for c in words[0]) \
                and not re.fullmatch(r"[IVX]+", words[0]):  # "(KKB) II": a Roman numeral is no body
            row = lx.acronyms.get(words[0])
            if row and row["kind"] in ("term", "complement"):
                continue
            kind = "org"
        elif any(w in lx.thing_words or w.lower() in lx.months or any(c.isdigit() for c in w) for w in words) or \
                len(words) == 1 and len(phrase) > 1 and _ROMAN_RE.fullmatch(phrase):
            continue  # (a Roman numeral alone, "Muktamar ke VIII", is no name)
        elif prev in _MEMBER_NOUNS and uncommon and len(words) <= 3:
            kind, strong = "org", True  # "anggota Al-Falah", "kader Perindo": the body one belongs to
        elif prev in lx.person_cues or prev2 in lx.person_cues or prev in speech or \
                nxt in lx.speech_before or _resolve_short(doc, people, words, s) is not None:
            kind = "person"
        elif prev in ("di", "ke", "dari", "Di", "Ke", "Dari") and (len(words) <= 3 or lx.VENUE_RE.match(text, s)):
            kind = "place"
        elif len(words) <= 3 and (prev in lx.place_nouns or _in_place_list(doc, k, k + len(run))):
            kind, strong = "place", True  # "kota Misrata", "di Toledo , Tucson atau Topeka", "Cikini , Jakarta"
            listed_place = prev not in lx.place_nouns
        elif len(words) >= 2 and not at_start and words[0] in uncommon and \
                not any(any(c.isupper() for c in w[1:]) for w in words):
            kind = "person"
        elif len(words) == 1 and uncommon and words[0][1:].islower() and len(words[0]) > 2 and \
                (lx.SUBJECT_VERB_RE.match(nxt) or nxt in _AFTER_SUBJECT) and words[0][:5] not in lx.agency_stems and \
                words[0] not in lx.person_cues and \
                not any(rx.fullmatch(words[0]) for rx, _ in lx.events):
            kind = "person"  # "Jokowi mengatakan": an unknown word as the subject of a verb is a name
        elif len(words) >= 2 and at_start and words[0] in uncommon and 2 * len(uncommon) >= len(words) and (
                nxt in _AFTER_SUBJECT or nxt == "," or lx.SUBJECT_VERB_RE.match(nxt)):
            kind = "person"  # "Rudi Sastrowardoyo mengatakan …" at the start of a sentence
        elif len(words) == 1 and at_start and uncommon and words[0][1:].islower() and nxt == "," and \
                k + 2 < n and toks[k + 2].text in lx.person_cues and toks[k + 2].text.islower() and \
                toks[k + 2].text not in ("kepada", "oleh", "menurut", "bersama"):
            kind = "person"  # "Sastrowardoyo, mantan menteri …": a word set off by a person's role
        elif len(words) == 1 and uncommon and words[0][1:].islower() and len(words[0]) > 2 and not at_start and \
                not prev.isdigit() and words[0][:5] not in lx.agency_stems and words[0] not in lx.person_cues and (
                prev in _BEFORE_NAME or prev.islower() and prev.startswith(("me", "di")) or
                nxt in _AFTER_SUBJECT or nxt in (",", "dan")):
            kind = "person"  # "…, Rudi, …", "bersama Rudi dan …": an unknown word between names is a name
        if kind is None or kind == "person" and len(run) == 1 and _portfolio_word(doc, run[0], k + 1):
            continue
        if listed_place and _crf_verdict(doc, k, k + len(run)) == "person":
            kind = "person"  # "… Tiongkok dan Mongolia , Rudi Hartono bertekad …": the tagger knows a person
        if not after_org and not strong:
            verdict = _crf_verdict(doc, k, k + len(run))
            if verdict == "veto":
                continue
            if verdict not in (None, "veto"):  # the tagger's reading of a guess: its type
                kind = verdict
        if kind == "org" and after_org:
            defined_end = e + after.end()
            key = _register_org(doc, s, defined_end) or doc.add("org", phrase, s, kind="other").key
            doc.acr_defs.setdefault(after.group(1).strip(), key)
            doc.org_alias.setdefault(after.group(1).strip(), key)
            doc.ents[key].aliases.add(after.group(1).strip())
            doc.mention(s, e, key)
        else:
            _add_name(doc, kind, s, e, words, prev, people)
        taken.add((s, e))
    _short_forms(doc, people)


def _add_name(doc: _Doc, kind: str, s: int, e: int, words: list[str], prev: str, people: list[_Entity]) -> None:
    """The entity a name found without a title stands for (person, org, business or place),
    the one known already when there is one, and its mention."""
    phrase = doc.text[s:e]
    countries = doc.lx.countries
    if kind == "person":
        person = _resolve_short(doc, people, words, s)
        if person is None:
            person = doc.add("person", phrase, s)
            person.name = phrase
            person.data["untitled"] = True
            people.append(person)
        elif " ".join(words) != person.name:
            person.aliases.add(phrase)
        doc.mention(s, e, person.key)
    elif kind in ("org", "business"):
        key = doc.org_alias.get(phrase) or _find_org(doc, phrase)
        ent = doc.ents[key] if key else doc.add("org", phrase, s, kind=kind if kind == "business" else "other",
                                                 business=kind == "business")
        doc.org_alias.setdefault(phrase, ent.key)
        doc.mention(s, e, ent.key)
    else:
        same = next((p for p in doc.ents.values() if p.kind == "place" and p.name == phrase), None)
        region = None if same or phrase in countries else _region_here(doc, phrase)
        if region is None and not same and prev in ("di", "ke", "dari"):
            unique = doc.lx.region_candidates(phrase)  # "di Kuta": a place named once in the gazetteer
            region = unique[0] if len(unique) == 1 else None
        if same:
            ent = same
        elif region:
            ent = _region_place(doc, region, s)
        else:
            ent = doc.add("place", f"{phrase} {'country' if phrase in countries else 'other'}", s,
                          kind="country" if phrase in countries else "other", mentioned=True)
            ent.name = phrase
        doc.mention(s, e, ent.key)


_CRF_KIND = {"PER": "person", "ORG": "org", "LOC": "place"}
# the tagger's organizations and places cost more than they bring on our own articles (it
# takes terms such as "NIB", "QRIS" for bodies): it adds people, and bodies and places only
# when very sure (_CRF_OTHER), not a single acronym or common word, not at a sentence's start
_CRF_TYPES = frozenset({"PER"})
# a guess of the rules is dropped when the tagger gives each of its words at least this
# probability of being no name
_CRF_VETO = 0.9
# and the tagger's type replaces the rules' guess when it is at least this sure of it (chosen
# on a held-out fifth of the tagger's training corpus: 0.3, 0.6 and 0.8 score alike there;
# the highest keeps most of the rules' guesses)
_CRF_RETYPE = 0.8
# a person the tagger is at least this sure of is taken even when each word is a common word
# or a village's name ("… melihat Budi memiliki …")
_CRF_SURE_NAME = 0.8
# a body or a place the rules left alone is taken when the tagger is at least this sure of it
# (chosen on the held-out fifth: 0.8, 0.9 and 0.95 score alike there; 0.99 adds nothing)
_CRF_OTHER = 0.9
# the free words after a body's head stop where the tagger starts a person this surely
_CRF_PERSON_START = 0.5


def _plausible_name(lx: Lexicon, words: list[str], common_ok: bool = False) -> bool:
    """Whether words the tagger calls a name may be one: not all dictionary words
    ("Kekayaan Intelektual", unless ``common_ok``), no acronym ("NIB"), no title, honorific
    or cue word."""
    if not common_ok and all(lx.is_common_word(w) for w in words):
        return False
    cue_words = (lx.titles, lx.suffixes, lx.prefixes, lx.thing_words, lx.start_words, lx.office_words,
                 lx.person_cues, lx.org_words, lx.geo_words, lx.place_cues)
    return not any(w.isupper() or any(w in c for c in cue_words) or w[:5] in lx.agency_stems
                   for w in words if len(w) > 1)


def _crf_sentence(doc: _Doc, i: int) -> tuple[int, list[str], list[float], list[float]]:
    """The statistical tagger's reading of the sentence holding token ``i``: the index of its
    first token, and for each token its label, that label's probability and the probability
    of "O" (see :func:`graph.extract.ner.tag`). Each sentence is tagged once."""
    n = bisect.bisect_right(doc.sentence_starts, doc.tokens[i].start) - 1
    if n not in doc.crf:
        s0, e0 = doc.sentences[n]
        a0, b0 = bisect.bisect_left(doc.token_starts, s0), bisect.bisect_left(doc.token_starts, e0)
        doc.crf[n] = (a0, *ner.tag([t.text for t in doc.tokens[a0:b0]]))
    return doc.crf[n]


def _tagger_starts_person(doc: _Doc, i: int) -> bool:
    """Whether the statistical tagger reads a person's name starting at token ``i``."""
    a0, labels, probs, _ = _crf_sentence(doc, i)
    return labels[i - a0] == "B-PER" and probs[i - a0] >= _CRF_PERSON_START


def _crf_verdict(doc: _Doc, i: int, j: int):
    """What the tagger says of tokens i..j, a name the rules guessed from its context:
    "veto" when it is sure they are no name, a kind ("person", "org", "place") when it
    reads them as (part of) one name of a type, else None (the guess stands)."""
    a0, labels, probs, p_out = _crf_sentence(doc, i)
    inside = range(i - a0, j - a0)
    if all(labels[k] == "O" and p_out[k] >= _CRF_VETO for k in inside):
        return "veto"
    hits = [(a, b, label) for a, b, label, p in ner.spans_of(labels, probs)
            if p >= _CRF_RETYPE and a < j - a0 and i - a0 < b]
    if len(hits) != 1 or hits[0][0] + a0 > i or hits[0][1] + a0 < j:
        return None  # the tagger does not cut a guess down ("Budi Santoso" to "Santoso")
    return _CRF_KIND[hits[0][2]]


def _pass_crf(doc: _Doc) -> None:
    """Names the rules left alone, from the statistical tagger (:mod:`graph.extract.ner`).

    Each sentence is tagged; a span is taken when the tagger is confident of all its
    tokens, it starts with a capital, and no mention or title found by the rules overlaps
    it: the rules' decisions stand, the tagger only fills their gaps.
    """
    text, lx = doc.text, doc.lx
    taken = sorted([*doc.mentions, *doc.title_spans])
    people = [e for e in doc.ents.values() if e.kind == "person"]
    starts = doc.token_starts
    covered = set()  # tokens inside a rule's mention or a title
    heads = lx.crf_skip_heads
    for x, y in taken:
        covered.update(range(bisect.bisect_left(starts, x), bisect.bisect_left(starts, y)))
    for s0, e0 in doc.sentences:
        a0, b0 = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, e0)
        toks = doc.tokens[a0:b0]
        # the tagger only runs where the rules left a capitalized word that may start a name: no
        # dictionary word, or one right after a lowercase word or a comma ("melihat Budi memiliki …")
        if not any(t.is_cap and t.is_word and a0 + k not in covered and not t.text.isupper() and
                   (not lx.is_common_word(t.text) or k > 0 and t.text not in heads and (
                       toks[k - 1].text.isalpha() and toks[k - 1].text.islower() or toks[k - 1].text == ",")) and
                   t.text.lower() not in lx.weekdays and t.text.lower() not in lx.months and
                   _plausible_name(lx, [t.text], common_ok=True)
                   for k, t in enumerate(toks)):
            continue
        _, labels, probs, _ = _crf_sentence(doc, a0)
        for a, b, label, p in ner.spans_of(labels, probs):
            if p < ner.MIN_PROBABILITY or not toks[a].is_cap:
                continue
            run = toks[a:b]
            s, e = run[0].start, run[-1].end
            if any(x < e and s < y for x, y in taken) or lx.TITLE_RE.match(text, s):
                continue
            words = [t.text for t in run]
            phrase = text[s:e]
            known = next((x for x in doc.ents.values() if x.kind in ("place", "org")
                          and (x.name == phrase or phrase in x.aliases)), None)
            if known:  # "naik ke Dieng" made it a place: so it is in "dataran tinggi Dieng"
                doc.mention(s, e, known.key)
                taken.append((s, e))
                continue
            prev = toks[a - 1].text if a else ""
            at_start = prev in ("", "“", '"', "(", "-", "–", "—")
            # many given names are also common words or villages ("Budi", "Sri"): where the
            # tagger is sure of a person, a capitalized word that is one still names them
            sure = p >= _CRF_SURE_NAME and prev not in lx.place_nouns and prev.lower() not in ("di", "ke", "dari")
            if label in ("ORG", "LOC") and p >= _CRF_OTHER and not (len(words) == 1 and (
                    words[0].isupper() or lx.is_common_word(words[0]))) and not at_start and \
                    not any(w in lx.title_words or w in lx.person_cues for w in words):
                _add_name(doc, _CRF_KIND[label], s, e, words, prev, people)
                taken.append((s, e))
                continue
            if label not in _CRF_TYPES or not _plausible_name(lx, words, common_ok=sure) or \
                    at_start and lx.is_common_word(words[0]) and not sure or \
                    lx.region_candidates(phrase) and not sure or \
                    prev == ":" and len(toks) < 6:  # "Debit Cimanuk masih …", "Laporan: Annisa R."
                continue
            _add_name(doc, _CRF_KIND[label], s, e, words, prev, people)
            taken.append((s, e))


_COMPASS_AFTER_RE = re.compile(
    r" ([Bb]arat [Dd]aya|[Tt]imur [Ll]aut|[Bb]arat|[Tt]imur|[Uu]tara|[Ss]elatan|[Tt]enggara)\b")


def _parts_of_places(doc: _Doc) -> None:
    """A compass word after a place the gazetteer does not know with it names a part of that
    place: "di Inggris timur", "Afrika timur", "Libya Barat" are places of their own, within
    the place named ("Jawa Barat", "Korea Selatan" are read whole before)."""
    text = doc.text
    for (s, e), (key, _) in sorted(doc.mentions.items()):
        ent = doc.ents.get(key)
        if ent is None or ent.kind != "place" or ent.data.get("kind") == "venue":
            continue
        m = _COMPASS_AFTER_RE.match(text, e) if text.startswith(" ", e) else None
        if not m or m.group(1)[:1].isupper() and f"{ent.name} {m.group(1)}" in doc.lx.regions_by_name:
            continue
        end = m.end()
        region = _choose_region(doc, f"{ent.name} {m.group(1).title()}", None)
        if region is not None:  # "Sumatera selatan": the province, written in lowercase
            part = _region_place(doc, region, s)
            if not any(k == key and span != (s, e) for span, (k, _) in doc.mentions.items()) and \
                    not any(key in x.data.values() for x in doc.ents.values()):
                del doc.ents[key]  # "Sumatera" was read only there
        else:
            part = doc.add("place", f"{text[s:end]} other", s, kind="other", within=key, mentioned=True)
            part.name = text[s:end]
        del doc.mentions[(s, e)]
        doc.mention(s, end, part.key)


def _in_place_list(doc: _Doc, i: int, j: int) -> bool:
    """Whether tokens i..j stand in a list with a place: right after "<place> ," / "<place> dan",
    or right before ", <place>" ("Cikini , Jakarta")."""
    toks, text = doc.tokens, doc.text

    def place_at(s: int, e: int) -> bool:
        at = [(a, b, k) for (a, b), (k, _) in doc.mentions.items() if a == s or b == e]
        return any(k.startswith("place:") for a, b, k in at) and not any(  # not "Diskominfo Sintang"
            a < s or b > e for (a, b), (k, _) in doc.mentions.items()
            if not k.startswith("place:") and (a <= s < b if s >= 0 else a < e <= b))

    if any(t.text.isupper() or not t.is_cap for t in toks[i:j]):
        return False  # "BANYUWANGI, JATIMKINI.COM": the publisher after the dateline

    if i >= 2 and toks[i - 1].text in (",", "dan", "atau", "serta") and place_at(-1, toks[i - 2].end):
        return True
    return j + 1 < len(toks) and toks[j].text == "," and place_at(toks[j + 1].start, -1) and \
        not (j + 2 < len(toks) and toks[j + 2].text in (",", "dan"))


def _region_here(doc: _Doc, name: str):
    """The gazetteer region a bare name stands for: a province, regency or city, or a
    district of the article's own regency (a district name elsewhere is too often a word)."""
    region = _choose_region(doc, name, None)
    if region is None or region.kind != "district":
        return region
    home = doc.ents[doc.region].data.get("code") if doc.region else None
    return region if home and region.code.startswith(home + ".") else None


def _is_big_region(lx: Lexicon, word: str) -> bool:
    """A province, regency or city name (district names are too often also personal names)."""
    return any(r.kind != "district" for r in lx.region_candidates(word))


def _resolve_short(doc: _Doc, people: list[_Entity], words: list[str], pos: int) -> _Entity | None:
    """The person a short form ("Suryawan", "Ketut Sari") refers to, if any."""
    if not words:
        return None
    full = " ".join(words)
    matches = []
    for p in people:
        pw = p.name.split()
        if full == p.name or full in p.aliases:  # "… yang akrab disapa Mak Ijah": later "kata Mak Ijah"
            return p
        if any(pw[i:i + len(words)] == words for i in range(len(pw) - len(words) + 1)):
            matches.append(p)
    if not matches:
        return None
    if len(matches) == 1:
        return matches[0]
    introduced = [p for p in matches if p.first <= pos]
    return max(introduced, key=lambda p: p.first) if introduced else matches[0]


def _short_forms(doc: _Doc, people: list[_Entity]) -> None:
    """Find every later use of a name part ("Suryawan", "Sari") and link it to its person."""
    lx, text = doc.lx, doc.text
    parts: dict[str, list[_Entity]] = {}
    for p in people:
        for w in p.name.split():
            if len(w) >= 3 and w not in lx.name_starts and w not in lx.birth_names and w not in lx.name_inner \
                    and not _is_big_region(lx, w):
                parts.setdefault(w, []).append(p)
    if not parts:
        return
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(parts, key=len, reverse=True)) +
                    r")(?:\s+(?:" + "|".join(re.escape(w) for w in sorted(parts, key=len, reverse=True)) +
                    r"))*(?![\w-])")
    taken = [(s, e) for (s, e), (k, _) in doc.mentions.items()]
    titles_rx = lx.TITLE_BEFORE_RE
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        if text[max(0, s - 1):s].isalpha():
            continue
        words = m.group(0).split()
        person = _resolve_short(doc, people, words, s)
        if person is None:
            continue
        name_words = person.name.split()
        while True:  # "Teuku Hasan": take in the name parts just before
            prev = re.search(r"([A-Z][\w'.-]*)\s+$", text[max(0, s - 30):s])
            if not (prev and prev.group(1) in name_words and
                    _resolve_short(doc, people, [prev.group(1), *words], s) is person):
                break
            s = s - len(prev.group(0))
            words = [prev.group(1), *words]
        start = s
        tm = titles_rx.search(text[max(0, s - 60):s])
        if tm:
            cand_start = max(0, s - 60) + tm.start()
            seg = text[cand_start:s]
            if not re.search(r"[,.;“”\"]", seg):
                start = cand_start
        doc.mention(start, e, person.key)
        taken.append((start, e))
        if " ".join(words) != person.name:  # a title before the full name is no alias
            person.aliases.add(text[start:e])


# roles named with the division before the body: "Asisten Deputi Pemasaran Kementerian UMKM"
_DIVISION_ROLES = ("Kepala Bidang", "Kepala Seksi", "Asisten Deputi", "Deputi", "Manajer", "Direktur")


def _pass_posts(doc: _Doc) -> None:
    lx = doc.lx
    for ent in [e for e in doc.ents.values() if e.kind == "person"]:
        for post in ent.data.get("posts", []):
            row = lx.titles[post["title"]]
            role_id, role_en, rule = row["role"], row["role_en"], row["org"]
            comp, span = post["comp"], post["comp_span"]
            org_key = place_key = None
            if rule.startswith("gov"):
                level = rule.split(":")[1]
                place_key = _place_in(doc, span) or (doc.region if level in ("regency", "city", "region") else None)
                if level in ("district", "village", "nagari") and comp and not place_key:
                    kind = "district" if level == "district" else "village"
                    pl = doc.add("place", f"{comp} {kind}", span[0], kind=kind, within=doc.region, mentioned=True)
                    pl.name = comp
                    doc.mention(span[0], span[1], pl.key)
                    place_key = pl.key
                if level == "province" and place_key and doc.ents[place_key].data.get("kind") != "province":
                    place_key = doc.ents[place_key].data.get("within")
                org_key = _government_of(doc, place_key, "nagari" if level == "nagari" else None)
            elif rule.startswith("follows") and span and comp in _BODY_WORD:
                # "Ketua koperasi, …": the last body of that kind the article named before
                before = [k for (a, b), (k, _) in sorted(doc.mentions.items()) if b <= span[0] and
                          k.startswith("org:") and doc.ents[k].name.startswith(_BODY_WORD[comp] + " ")]
                org_key = before[-1] if before else None
                if org_key:
                    place_key = doc.ents[org_key].data.get("area")
            elif rule.startswith("follows") and span:
                head = rule.split(":")[1] if ":" in rule else None
                org_key = _org_at(doc, span)
                i0 = doc.token_at.get(span[0])
                b = _division_end(doc, doc.tokens, i0) if org_key is None and i0 is not None and \
                    role_id in _DIVISION_ROLES else i0
                if b != i0 and doc.tokens[b].start < span[1]:
                    # "Direktur Pemasaran Pertamina …": the body after the division
                    org_key = _register_org(doc, doc.tokens[b].start, span[1])
                if org_key is None and head and not comp.startswith(head):
                    org_key = _org_by_name(doc, head, comp, span)
                if org_key is None:
                    org_key = _register_org(doc, *span)
                if org_key is None and role_id in _DIVISION_ROLES:
                    # "Kepala Bidang Usaha Mikro": the division is part of the role; the body is
                    # the one the sentence is about
                    role_id = f"{role_id} {comp}"
                    s0, _ = doc.sentence_of(span[0])
                    before = [k for (a, b), (k, _) in sorted(doc.mentions.items())
                              if k.startswith("org:") and s0 - 300 <= a < span[0]]
                    org_key = before[-1] if before else None
                if org_key and role_id == "Kepala" and doc.ents[org_key].name.startswith("Dinas"):
                    role_id, role_en = "Kepala Dinas", "Head of Agency"
                if org_key and role_id in _DIVISION_ROLES:
                    org_start = min((a for (a, b), (k, _) in doc.mentions.items()
                                     if k == org_key and span[0] <= a < span[1]), default=span[0])
                    division = doc.text[span[0]:org_start].strip(" ,")
                    if division:
                        role_id = f"{role_id} {division}"
                unit = re.match(r"(Komisi\s+[A-Z0-9]{1,4})\s+(.+)$", doc.ents[org_key].name) if org_key else None
                if unit and doc.ents[org_key].data.get("parent"):
                    # "Ketua Komisi B" of the council: the commission names the role
                    role_id = f"{role_id} {unit.group(1)}"
                    org_key = doc.ents[org_key].data["parent"]
                if org_key:
                    place_key = doc.ents[org_key].data.get("area")
            elif rule.startswith(("national", "country")):
                place_key = _place_in(doc, span)
                if place_key and doc.ents[place_key].data.get("kind") != "country":
                    place_key = None
                body = rule.split(":", 1)[1] if ":" in rule else None
                if body and not place_key:
                    org_key = doc.org_alias.get(body) or _find_org(doc, body) or \
                        doc.add("org", body, 10**9, kind="government", implied=True).key
                elif place_key or rule == "national":
                    place_key = place_key or _country_place(doc, "Indonesia")
                    org_key = _government_of(doc, place_key)
            elif rule.startswith("unit"):
                unit = rule.split(":")[1]
                label = f"{unit} {comp}".strip() if comp else None
                if label:
                    key = f"org:{slug(label)}"
                    if key not in doc.ents:
                        doc.add("org", label, 10**9, kind="government", implied=True, area=_place_in(doc, span))
                    org_key = key
                    place_key = _place_in(doc, span) or doc.region
            if post.get("pre"):
                role_id = f"{lx.title_prefixes[post['pre']]} {role_id}"
                role_en = f"acting {role_en}" if role_en else None
            if org_key is None and place_key is None:
                continue
            where = doc.ents[place_key].name if place_key and rule.startswith(("gov", "unit", "national", "country")) else (
                "" if rule.startswith("national:") else  # "Jaksa Agung", not "… Kejaksaan Agung"
                doc.ents[org_key].name if org_key else "")
            label = f"{role_id} {where}".strip()
            last = role_id.split()[-1]
            if where.startswith(last + " ") and len(role_id.split()) > 1:
                label = f"{role_id.rsplit(' ', 1)[0]} {where}"
            minister = re.match(r".*\bMenteri\b", role_id)
            if minister and where.startswith("Kementerian "):
                # "Menteri Koperasi dan UKM", "Menteri Koordinator Perekonomian", not "Menteri Kementerian …"
                label = minister.group(0) + where[len("Kementerian"):]
            pkey = f"post:{slug(label)}"
            if any(p.key == pkey for p in doc.posts):
                continue
            doc.posts.append(Post(pkey, ent.key, Role(role_id, role_en), org_key, place_key, label))


def _place_in(doc: _Doc, span) -> str | None:
    if not span:
        return None
    found = [(s, k) for (s, e), (k, _) in doc.mentions.items()
             if span[0] <= s and e <= span[1] and k.startswith("place:")]
    return sorted(found)[-1][1] if found else None


def _org_at(doc: _Doc, span) -> str | None:
    found = [(e - s, k) for (s, e), (k, _) in doc.mentions.items()
             if span[0] <= s and e <= span[1] + 1 and k.startswith("org:")]
    return max(found)[1] if found else None


def _org_by_name(doc: _Doc, head: str, comp: str, span) -> str | None:
    """The body a title names by its complement only ("Kadis PMD" → "Dinas PMD")."""
    surface = f"{head} {comp}"
    key = doc.org_alias.get(surface) or doc.acr_defs.get(comp) or _find_org(doc, _canonical_org(doc, surface)[0])
    if key is None and comp[:1].isupper():
        # "Menteri Desa PDTT" of the "Kementerian Desa, Pembangunan Daerah Tertinggal, …" named before
        lead = f"{head} {comp.split()[0]}"
        named = [k for k, e in doc.ents.items() if e.kind == "org" and not e.data.get("implied")
                 and re.match(rf"{re.escape(lead)}\b", e.name)]
        if len(named) == 1:
            doc.mention(span[0], span[1], named[0])
            return named[0]
    field = False
    if key is None:
        name, info = _canonical_org(doc, surface)
        if info["regional"]:
            suffix = _region_suffix(doc, name)
            name = f"{name} {suffix}" if suffix else name
        # met only through the title ("Kadinkes Bone"): the post's body, not a body named
        ent = doc.add("org", name, span[0], kind=info["kind"], area=_area_of(doc, comp) or (
                          doc.region if info["regional"] else None),
                      business=info["business"], regional=info["regional"], parent_hint=info["parent_hint"],
                      implied=True)
        key = ent.key
        # "Menko Perekonomian", "Menteri Kelautan dan Perikanan": the field is part of the post's
        # label, no name of the body ("PMD" of "Kadis PMD" is one)
        lx = doc.lx
        words = comp.replace(",", " ").split()
        field = not any(w in lx.institutions for w in words) and all(
            w == "dan" or lx.is_common_word(w) or lx.acronyms.get(w, {}).get("kind") == "complement" for w in words)
    if comp != doc.ents[key].name and not doc.lx.region_candidates(comp):
        doc.ents[key].aliases.add(comp)  # "PMD" of "Kadis PMD", not the region of "Kadinkes Bone"
    if not field:
        doc.mention(span[0], span[1], key)
    return key


# ---- businesses ---------------------------------------------------------------------------

def _owned_by(doc: _Doc) -> None:
    """"galeri tenun “Sekar Ayu” milik Baiq Rohani": the business before, its owner after."""
    people = [e for e in doc.ents.values() if e.kind == "person"]
    for m in re.finditer(r"[”\"]?\s+milik\s+(?=[A-Z])", doc.text):
        i = doc.token_at.get(m.end())
        split = _split_name(doc, doc.tokens[i:_name_run(doc, doc.tokens, i)]) if i is not None else None
        if not split:
            continue
        prefixes, name_toks, suffixes = split
        words = [t.text for t in name_toks]
        owner = _resolve_short(doc, people, words, m.end())
        if owner is None:
            owner = doc.add("person", " ".join(words), name_toks[0].start)
            owner.name = " ".join(words)
            owner.data.setdefault("prefixes", list(prefixes))
            people.append(owner)
        doc.mention(name_toks[0].start, name_toks[-1].end, owner.key)
        before = doc.text[max(0, m.start() - 60):m.start() + 1]
        quoted = re.search(r"(?P<prod>[a-z][a-z ]{2,40}?)\s+[“\"](?P<name>[^”\"]{2,40})[”\"]$", before)
        if not quoted:
            continue
        start = max(0, m.start() - 60) + quoted.start("name")
        name = quoted["name"].strip()
        biz = doc.add("org", name, start, kind="business", business=True)
        biz.name = name
        biz.data.setdefault("products", []).append(quoted["prod"].strip())
        doc.mention(start, start + len(name), biz.key)
        key = f"membership:{slug(owner.key)}-{slug(biz.key)}"
        if not any(x.key == key for x in doc.memberships):
            doc.memberships.append(Membership(key, owner.key, biz.key, Role("pemilik", "owner")))


def _pass_businesses(doc: _Doc) -> None:
    lx, text = doc.lx, doc.text
    _owned_by(doc)
    # the owner ("pemilik"); who runs or makes a named product ("pengelola madu \"X\"", "perajin gula
    # semut cap X") owns its business too, when the name is quoted or carries a brand word
    for m in re.finditer(r"\b(?:[Pp]emilik|[Pp]engelola|[Pp]erajin|[Pp]rodusen)\s+(?:usaha\s+)?", text):
        pos = m.end()
        owner_word = m.group(0).lower().startswith("pemilik")
        biz_key, b_end, product = None, pos, None
        quoted = re.match(r"(?P<prod>[a-z][a-z ]{2,40}?)\s+[“\"](?P<name>[^”\"]{2,40})[”\"]", text[pos:pos + 90])
        if quoted:
            name = quoted["name"].strip()
            product = quoted["prod"].strip()
            start = pos + quoted.start("name")
            biz = doc.add("org", name, start, kind="business", business=True)
            biz.name = name
            doc.mention(start, start + len(name), biz.key)
            biz_key, b_end = biz.key, pos + quoted.end()
        else:
            org = next(((s, e, k) for (s, e), (k, _) in sorted(doc.mentions.items())
                        if s == pos and k.startswith("org:")), None)
            if org:
                biz_key, b_end = org[2], org[1]
            elif text[pos:pos + 1].islower():
                words = []
                for w in re.finditer(r"[a-z][\w-]*", text[pos:pos + 60]):
                    gap = text[pos + (words[-1].end() if words else 0):pos + w.start()]
                    if w.group(0) in _DETERMINERS or gap.strip():
                        break
                    words.append(w)
                branded = any(w.group(0) in ("cap", "merek", "merk") for w in words[1:-1])
                if (len(words) >= 2 and words[0].group(0) in lx.sectors or len(words) >= 3) and (owner_word or branded):
                    surface = text[pos:pos + words[-1].end()]
                    if words[0].group(0) in ("usaha", "desa", "kami", "warga", "mereka", "pemerintah"):
                        continue
                    name = " ".join(w.capitalize() for w in surface.split())
                    biz = doc.add("org", name, pos, kind="business", business=True)
                    biz.name = name
                    biz.aliases.add(surface)
                    biz.data["sector"] = words[0].group(0) if words[0].group(0) in lx.sectors else None
                    doc.mention(pos, pos + len(surface), biz.key)
                    biz_key, b_end = biz.key, pos + len(surface)
            elif text[pos:pos + 1].isupper() and owner_word:
                toks = _tokens_in(doc, pos, pos + 80)
                j = _org_tokens(doc, toks, 0, first_free=True)
                if j:
                    cap = text[pos:toks[j - 1].end]
                    if not lx.region_candidates(cap) and not cap.startswith(("Desa", "Kami")):
                        biz = doc.add("org", cap, pos, kind="business", business=True)
                        biz.name = cap
                        doc.mention(pos, toks[j - 1].end, biz.key)
                        biz_key, b_end = biz.key, toks[j - 1].end
        if not biz_key:
            continue
        biz = doc.ents[biz_key]
        if not biz.data.get("business") and biz.data.get("kind") not in ("business", "cooperative"):
            continue
        biz.data["business"] = True
        if product:
            biz.data.setdefault("products", []).append(product)
        owner = _owner_for(doc, m.start(), b_end)
        if owner:
            key = f"membership:{slug(owner)}-{slug(biz_key)}"
            if not any(x.key == key for x in doc.memberships):
                doc.memberships.append(Membership(key, owner, biz_key, Role("pemilik", "owner")))
            sector = doc.ents[owner].data.get("sector")
            if sector and not biz.data.get("sector"):
                biz.data["sector"] = sector
    _products(doc)


def _owner_for(doc: _Doc, start: int, end: int) -> str | None:
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


def _products(doc: _Doc) -> None:
    lx, text = doc.lx, doc.text
    heads = sorted(lx.products, key=len, reverse=True)
    head_rx = re.compile(r"(?:" + "|".join(re.escape(h) for h in heads) + r")\b(?:\s+(?!dan\b|di\b|yang\b|ke\b|dengan\b)[a-z]+){0,2}")
    for ms in doc.memberships:
        biz = doc.ents[ms.organization]
        owner = ms.member
        products = biz.data.setdefault("products", [])
        sector = biz.data.get("sector")
        if sector and lx.sectors.get(sector) and lx.sectors[sector] not in products:
            products.append(lx.sectors[sector])
        spans = [doc.sentence_of(s) for (s, e), (k, _) in doc.mentions.items() if k in (owner, biz.key)]
        spans += [(q.start, q.end) for q in doc.quotes_spans
                  if any(x.speaker == owner and x.start == q.start for x in doc.quotes)]
        for s, e in set(spans):
            seg = text[s:e]
            for vm in _MAKE_VERBS.finditer(seg):
                pm = head_rx.match(seg, vm.end())
                if not pm:
                    continue
                prod = pm.group(0).split()[0] if pm.group(0).split()[0] in lx.products else pm.group(0)
                mat = _MATERIAL.search(seg)
                if mat and mat["m"] in lx.sectors:
                    prod = f"{prod} {mat['m']}"
                if prod not in products:
                    products.append(prod)


# ---- quotes ---------------------------------------------------------------------------------

def _pass_quotes(doc: _Doc) -> None:
    lx, text = doc.lx, doc.text
    people = [e for e in doc.ents.values() if e.kind == "person"]
    for n, q in enumerate(doc.quotes_spans):
        speaker = None
        m = lx.SPEECH_AFTER_RE.match(text, q.close_at + 1)
        if m and m["who"] and m["who"].lower() not in _PRONOUNS and not m["nya"]:
            who = m["who"]
            words = [w.rstrip(".") if w.rstrip(".") not in lx.prefixes else w
                     for w in re.findall(r"[\w.'-]+", who) if w.rstrip(".") not in lx.titles]
            while words and (words[0] in lx.titles or words[0] in lx.prefixes):
                words = words[1:]
            for cut in range(len(words), 0, -1):
                person = _resolve_short(doc, people, words[:cut], q.start)
                if person:
                    speaker = person.key
                    doc.mention(m.start("who"), m.start("who") + len(" ".join(words[:cut])) +
                                (len(who) - len(" ".join(words)) if who.endswith(" ".join(words)) and False else 0),
                                person.key) if who.startswith(" ".join(words[:cut])) else None
                    break
        if speaker is None and m and m["who"] and m["who"].rstrip(".") in lx.titles:
            speaker = _title_holder(doc, m["who"].rstrip("."), q.open_at)  # "…,” tegas Kapolres.
        if speaker is None:
            speaker = _reported_person(doc, q.open_at)
        doc.quotes.append(Quote(f"quote:{n + 1}", text[q.start:q.end], q.start, q.end, speaker))


def _title_holder(doc: _Doc, title: str, pos: int) -> str | None:
    """The one person named before ``pos`` with this title ("Kapolres" → the Kapolres)."""
    holders = {k for s, e, k in doc.people_mentions() if s < pos and
               any(p["title"] == title for p in doc.ents[k].data.get("posts", []))}
    return holders.pop() if len(holders) == 1 else None


def _reported_person(doc: _Doc, pos: int) -> str | None:
    """The person being reported at ``pos``: the first named in the paragraph, else the last before."""
    p_start, _ = doc.paragraph_of(pos)
    people = [(s, k) for s, e, k in doc.people_mentions() if not doc.in_quote(s)]
    in_para = [k for s, k in people if p_start <= s < pos]
    if in_para:
        return in_para[0]
    before = [k for s, k in people if s < pos]
    return before[-1] if before else None


# ---- events ---------------------------------------------------------------------------------

def _tokens_in(doc: _Doc, start: int, end: int) -> list[Token]:
    """The article's tokens from ``start`` (a token start) up to ``end``."""
    i = doc.token_at.get(start)
    if i is None:
        return tokenize(doc.text, start, end)
    out = []
    while i < len(doc.tokens) and doc.tokens[i].end <= end:
        out.append(doc.tokens[i])
        i += 1
    return out


def _venue_end(doc: _Doc, pos: int, limit: int) -> int:
    """End of a venue's name starting at ``pos`` ("Lapangan H. Umar Said")."""
    lx = doc.lx
    toks = _tokens_in(doc, pos, limit)
    j = 0
    while j < len(toks) and (toks[j].is_cap or toks[j].text in ("H.", "dan") and j + 1 < len(toks)
                             and toks[j + 1].is_cap or toks[j].text.isdigit()):
        if toks[j].text.lower() in lx.weekdays or (j and "\n" in doc.text[toks[j - 1].end:toks[j].start]):
            break
        j += 1
    return toks[j - 1].end if j else pos


def _add_venue(doc: _Doc, pos: int, limit: int) -> str | None:
    """The venue named at ``pos``, and the venue it lies in when the text names one next
    ("Ruang Rapat Komisi A, Gedung DPRD Klaten, Klaten")."""
    end = _venue_end(doc, pos, limit)
    if end <= pos:
        return None
    name = doc.text[pos:end]
    within = None
    outer = re.match(r"\s*,\s*", doc.text[end:end + 4])
    if outer and doc.lx.VENUE_RE.match(doc.text, end + outer.end()):
        within = _add_venue(doc, end + outer.end(), limit)
    within = within or _place_in(doc, (pos, end)) or _place_after(doc, end) or doc.region
    ent = doc.add("place", f"{name} venue", pos, kind="venue", within=within, mentioned=True)
    ent.name = name
    for (a, b), (k, _) in list(doc.mentions.items()):
        # a piece of the venue's name read before as a place of its own ("SD Negeri" of "SD Negeri
        # 3 Sukamaju") is no place; a region in it ("Klaten" of "Alun-alun Klaten") is
        if pos <= a and b <= end and (a, b) != (pos, end) and k.startswith("place:") and \
                doc.ents[k].data.get("kind") == "other":
            del doc.mentions[(a, b)]
            if not any(k2 == k for k2, _ in doc.mentions.values()) and not any(
                    k in (ev.location, ev.organizer) for ev in doc.events) and not any(
                    e.data.get("within") == k for e in doc.ents.values()):
                del doc.ents[k]  # (nothing refers to it yet)
    doc.mention(pos, end, ent.key)
    return ent.key


def _venue_at(doc: _Doc, s: int, e: int) -> str | None:
    """The venue of an event sentence: "di/bertempat di" and a venue word, or the place a visit
    is to ("meninjau Pasar Induk …")."""
    for m in re.finditer(r"\b(?:di|bertempat di|dari|meninjau|mengunjungi|menyambangi)\s+(?=[A-Z])", doc.text[s:e]):
        pos = s + m.end()
        if doc.lx.VENUE_RE.match(doc.text, pos):
            key = _add_venue(doc, pos, e)
            if key:
                return key
    return None


def _place_after(doc: _Doc, end: int) -> str | None:
    m = re.match(r"\s*,\s*", doc.text[end:end + 4])
    if not m:
        return None
    pos = end + m.end()
    for (s, e), (k, _) in sorted(doc.mentions.items()):
        if s >= pos and s <= pos + 12 and k.startswith("place:"):
            return k
    return None


def _pass_events(doc: _Doc) -> None:
    lx, text, art = doc.lx, doc.text, doc.article
    events: list[dict] = []
    anchor: date | None = None
    for s, e in doc.sentences:
        if doc.in_quote(s) and doc.in_quote(e - 1):
            continue
        seg = text[s:e]
        trig = None
        quoted = [(q.open_at - s, q.close_at - s) for q in doc.quotes_spans if q.open_at < e and s <= q.close_at]
        # the reporting clause after a quote counts ("…,” kata Bagus saat meninjau lokasi …)
        mm = next((x for x in lx.EVENTS_SCAN_RE.finditer(seg) if not any(a <= x.start() <= b for a, b in quoted)), None)
        if mm:
            mm = lx.EVENTS_RE.match(seg, mm.start())
            trig = (mm, lx.event_rows[int(mm.lastgroup[1:])])
        if not trig:
            continue
        mm, row = trig
        found = [d for d in dates_mod.find_dates(text, s, e)
                 if not re.search(r"\b(?:hingga|sampai|s\.d\.?|sd)\s*$", text[max(s, d.start - 12):d.start])]
        if _PLANNED.search(seg[:mm.start()]):
            # a plan names its day ("akan digelar 5 Mei"); a weekday alone there is no past date
            found = [d for d in found if d.day or d.relative is not None]
            if not found:
                continue
        when, why = None, None
        for d in found:
            when, why = dates_mod.resolve(d, art.published, text, anchor)
            if when:
                break
        if not when and re.search(r"\bkeesokan\s+harinya\b", seg, re.I) and anchor:
            from datetime import timedelta
            when = anchor + timedelta(days=1)
        same = None
        for ev in reversed(events):  # a sentence without its own date continues the latest event
            if when is None or (ev["date"] in (None, when) and ev["type"]["type_id"] == row["type_id"]):
                same = ev
                break
        if same is None and not (when or _HOST_VERBS.search(seg)):
            continue
        if same is None:
            same = {"type": row, "date": None, "why": None, "sentences": [], "trigger": (s + mm.start(), s + mm.end()),
                    "online": False}
            events.append(same)
        if when and not same["date"]:
            same["date"], same["why"] = when, why
            anchor = when
        same["sentences"].append((s, e))
        if row["online"] == "yes" or _ONLINE.search(seg):
            same["online"] = True
    # sentences that only say who was there ("Hadir pula …", "… didampingi …") belong to the
    # event reported just before them
    firsts = sorted((ev["sentences"][0][0], i) for i, ev in enumerate(events))
    for s, e in doc.sentences:
        if doc.in_quote(s) or not _PRESENT.search(text[s:e]):
            continue
        owner = [i for start, i in firsts if start <= s]
        if owner and (s, e) not in events[owner[-1]]["sentences"]:
            events[owner[-1]]["sentences"].append((s, e))
    bounds = sorted(ev["sentences"][0][0] for ev in events) + [len(text)]
    for ev in events:
        start = ev["sentences"][0][0]
        ev["section"] = (doc.paragraph_of(start)[0] if start == bounds[0] else start,
                         next(b for b in bounds if b > start))
    for n, ev in enumerate(events, 1):
        doc.events.append(_finish_event(doc, n, ev))


def _finish_event(doc: _Doc, n: int, ev: dict) -> Event:
    text = doc.text
    organizer, attendees, venue, purpose = None, [], None, None
    for s, e in ev["sentences"]:
        seg = text[s:e]
        ents = doc.entity_mentions_in(s, e)
        if organizer is None:
            am = _ORGANIZER_ACTIVE.search(seg)
            if am:
                before = [k for a, b, k in ents if b <= s + am.start()]
                if before:
                    organizer = before[0]
            pm = _ORGANIZER_PASSIVE.search(seg)
            if organizer is None and pm:
                after = [k for a, b, k in ents if a >= s + pm.end() and a <= s + pm.end() + 3]
                if after:
                    organizer = after[0]
        for cm in _ATTEND_CUES.finditer(seg):
            if cm.group(0).lower() == "dan":
                continue
            for a, b, k in ents:
                if a >= s + cm.end() and not any(a < y and b > x for x, y in doc.title_spans):
                    attendees.append(k)
        venue = venue or _venue_at(doc, s, e)
    if venue is None:  # "… di Desa Sukamaju": the place itself
        for s, e in ev["sentences"][:1]:
            for dm in re.finditer(r"\bdi\s+", text[s:e]):
                at = [k for (a, b), (k, _) in sorted(doc.mentions.items())
                      if k.startswith("place:") and s + dm.end() <= a <= s + dm.end() + 12]
                if at:
                    venue = at[0]
                    break
    for s, e in doc.sentences:
        if purpose is None:
            seg = text[s:e]
            pm = _PURPOSE.search(seg)
            if pm and (any(s == x for x, _ in ev["sentences"]) or
                       any(rx.search(seg) for rx, row in doc.lx.events if row["type_id"] == ev["type"]["type_id"])
                       or re.search(r"\b(?:kegiatan|acara)\b", seg[:pm.start()], re.I)):
                purpose = seg[pm.end():].rstrip(" .")
                purpose = purpose[:1].upper() + purpose[1:]
    # everyone the article names in this event's part (up to the next event) took part in it
    for a, b, k in doc.entity_mentions_in(ev["section"][0], ev["section"][1], kinds=("person",)):
        if not doc.in_quote(a):
            attendees.append(k)
    if len(doc.events) == 0 and n == 1:
        attendees += sorted(doc.participant_people)
    if ev["type"]["type_en"] == "exhibition":  # at a fair, the businesses of those taking part exhibit
        attendees += [ms.organization for ms in doc.memberships if ms.member in attendees]
    seen, att = set(), []
    for k in attendees:
        if k != organizer and k not in seen and not (doc.ents.get(k) and doc.ents[k].kind == "place"):
            seen.add(k)
            att.append(k)
    t0, t1 = ev["trigger"]
    s0, e0 = ev["sentences"][0]
    name_end = re.search(r"(?:,|\.|\byang\b|\bpada\b|\bdi\b|\bitu\b|\bini\b|\btersebut\b|$)", text[t1:e0])
    raw = text[t0:t1 + (name_end.start() if name_end else 0)]
    # a capitalized event name around the trigger ("Klaten UMKM Expo 2022")
    left = re.search(r"((?:[A-Z][\w-]*\s+){1,4})$", text[s0:t0])
    if text[t0].isupper() and left:
        raw = left.group(1) + raw
    name = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    name = name[:1].upper() + name[1:]
    return Event(f"event:{n}", name, Role(ev["type"]["type_id"], ev["type"]["type_en"]), ev["date"], ev["why"],
                 venue, organizer, tuple(att), ev["online"], purpose, (s0, e0))


# ---- topics ---------------------------------------------------------------------------------

def _topics(doc: _Doc) -> list[Topic]:
    out, seen = [], set()
    places = [m.start() for m in doc.lx.TOPIC_AT_RE.finditer(doc.text)]
    for rx, row in doc.lx.topics:
        if row["label_id"] not in seen and any(rx.match(doc.text, at) for at in places):
            seen.add(row["label_id"])
            out.append(Topic(f"topic:{slug(row['label_id'])}", row["label_id"], row["label_en"] or None))
    return out


# ---- assembly -------------------------------------------------------------------------------

def _parents(doc: _Doc) -> None:
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
            gov = _government_of(doc, area)
            if gov and gov != ent.key:
                d["parent"] = gov


def extract(article: Article, lx: Lexicon | None = None) -> Extraction:
    """Everything one article says, as plain data.

    Parameters
    ----------
    article : Article
        A cleaned article (see :func:`graph.ingest.iter_articles`).

    Returns
    -------
    Extraction
        People, organizations (businesses included), places, posts, memberships,
        events, quotes, topics and the mentions that anchor them in ``article.text``.

    Examples
    --------
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Bupati Gianyar I Wayan Contoh meresmikan pasar."))
    >>> [p.name for p in x.people], [p.label for p in x.posts]
    (['I Wayan Contoh'], ['Bupati Gianyar'])
    """
    lx = lx or lexicon()
    doc = _Doc(article, lx)
    _pass_places(doc)
    _pass_orgs(doc)
    _pass_people(doc)
    _pass_names(doc)
    _pass_crf(doc)
    _parts_of_places(doc)
    _appositive_posts(doc)
    _faction_posts(doc)
    _pass_posts(doc)
    _parties_in_units(doc)
    _pass_quotes(doc)
    _pass_businesses(doc)
    _pass_events(doc)
    _parents(doc)
    _settle_mentions(doc)
    return _freeze(doc, _topics(doc))


_DEFINED_ACRONYM = re.compile(r"\s*\(\s*([^()]{1,24}?)\s*\)")


def _settle_mentions(doc: _Doc) -> None:
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
    for (s, e), (key, _) in sorted(doc.mentions.items()):
        if not key.startswith("org:") or (s, e) not in doc.mentions:
            continue
        legal = re.match(r"\s*\((?:Persero|Perum|Perseroda|Tbk)\)", text[e:e + 14])
        if legal:  # "PT Pertamina (Persero)": the legal form is part of the name as written
            del doc.mentions[(s, e)]
            doc.mentions[(s, e + legal.end())] = (key, text[s:e + legal.end()])
            continue
        m = _DEFINED_ACRONYM.match(text, e)
        if not m or not _is_acronym(m.group(1).split()[0]):
            continue
        inner = [span for span, (k, _) in doc.mentions.items() if k == key and m.start(1) <= span[0] < m.end()]
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
                 if k in doc.ents and doc.ents[k].data.get("kind") == "country"}
    for (s, e), (key, _) in list(doc.mentions.items()):
        ent = doc.ents.get(key)
        if ent is None or ent.kind != "place" or ent.data.get("kind") not in _REGION_KINDS:
            continue
        i = doc.token_at.get(s)
        prev = doc.tokens[i - 1].text if i else ""
        nested = any(a <= s and e <= b and (a, b) != (s, e) for a, b in org_spans)
        if nested and ent.data.get("kind") == "country":
            del doc.mentions[(s, e)]  # "Bank Rakyat Indonesia": a word of the body's name
        elif nested or prev in lx.title_ends and prev[:1].isupper():
            bound.setdefault(key, []).append((s, e))
        elif ent.data.get("kind") == "country" and i is not None and (
                _country_qualifies(doc, i) or _country_acts(doc, i, e, countries)):
            idle.append((s, e))  # "turis Jepang", "serangan yang dilancarkan Jepang": no place
        else:
            free.add(key)
    for span in idle:
        del doc.mentions[span]
    for key, spans in bound.items():
        if key in free:
            for span in spans:
                del doc.mentions[span]


_REGION_KINDS = frozenset({"country", "province", "regency", "city", "district", "village"})


# words that open a clause: a country right after one, before a verb, is its subject
_CLAUSE_OPENERS = frozenset({"", ",", "bahwa", "namun", "tetapi", "tapi", "kendati", "meski", "meskipun",
                             "sehingga", "karena", "jika", "kalau", "apakah", "sedangkan", "sementara",
                             "ketika", "saat", "setelah", "sebelum", "agar", "supaya", "sebab", "bila"})
# words that start a predicate, besides verbs with a verbal prefix
_PREDICATE_WORDS = frozenset({"telah", "akan", "sudah", "juga", "tidak", "tak", "belum", "masih", "harus",
                              "bisa", "dapat", "pun", "terus", "kembali", "mampu", "ingin", "sedang",
                              "tengah", "pernah", "segera", "hanya", "mulai", "berhasil", "menjadi", "tetap",
                              "perlu", "sempat", "lalu", "kemudian", "enggan", "siap", "bakal"})


def _country_qualifies(doc: _Doc, i: int) -> bool:
    """Whether the country at token ``i`` only qualifies the word before it: a lowercase word
    that takes no place ("turis Jepang", "militer Suriah", not "di Jepang" or "mengunjungi
    Jepang"), or a capitalized common word opening the sentence ("Tim Jepang …")."""
    if i == 0:
        return False
    lx, prev = doc.lx, doc.tokens[i - 1].text
    if not prev.isalpha() or prev.lower() in lx.place_cues or prev.startswith("me"):
        return False
    if prev.islower():
        return not (prev.startswith("di") and not _passive_verb(lx, prev))
    first = i == 1 or doc.tokens[i - 2].start < doc.sentence_of(doc.tokens[i].start)[0]
    return first and lx.is_common_word(prev) and prev not in lx.title_words


def _passive_verb(lx: Lexicon, word: str) -> bool:
    """A passive verb ("dilancarkan", "dikuasai"): a dictionary word with the prefix di-."""
    return len(word) > 4 and word.startswith("di") and word.islower() and lx.is_common_word(word)


def _country_acts(doc: _Doc, i: int, end: int, countries: set[tuple[int, int]]) -> bool:
    """Whether the country at token ``i`` (ending at ``end``) acts, as a state does, rather
    than being a place: the agent of a passive verb ("serangan yang dilancarkan Jepang", "…
    oleh Jepang") or the subject of a clause ("Jepang telah melarang …", "bahwa Jepang dan
    Korea Selatan juga mengikuti …"). ``countries``: the spans of the article's country mentions."""
    lx, toks = doc.lx, doc.tokens
    # a list of countries acts together ("Jepang dan Korea Selatan telah …"): from its first item
    while i >= 2 and toks[i - 1].text in ("dan", ",", "serta"):
        first = next((a for a, b in countries if b == toks[i - 2].end), None)
        if first is None:
            break
        i = doc.token_at[first]
    prev = toks[i - 1].text if i else ""
    if prev == "oleh" or _passive_verb(lx, prev):
        return True
    if i and prev not in _CLAUSE_OPENERS and toks[i - 1].start >= doc.sentence_of(toks[i].start)[0]:
        return False
    j = bisect.bisect_left(doc.token_starts, end)
    # over the list to the predicate
    while j + 1 < len(toks) and toks[j].text in ("dan", ",", "serta"):
        nxt = next((b for a, b in countries if a == toks[j + 1].start), None)
        if nxt is None:
            return False
        j = bisect.bisect_left(doc.token_starts, nxt)
    if j >= len(toks):
        return False
    w = toks[j].text
    return w in _PREDICATE_WORDS or w.islower() and len(w) > 4 and w not in lx.place_cues and \
        w.startswith(("me", "ber", "di")) and lx.is_common_word(w)


def _freeze(doc: _Doc, topics: list[Topic]) -> Extraction:
    people, orgs, places = [], [], []
    for e in sorted(doc.ents.values(), key=lambda x: (x.first, x.key)):
        aliases = tuple(sorted(a for a in e.aliases if a and a != e.name))
        if e.kind == "person":
            d = e.data
            people.append(Person(e.key, e.name, aliases, tuple(d.get("prefixes", ())),
                                 tuple(d.get("suffixes", ())), tuple(d.get("titles", ()))))
        elif e.kind == "org":
            d = e.data
            kind = d.get("kind") or "other"
            orgs.append(Organization(e.key, e.name, kind, aliases, d.get("parent"), d.get("area"),
                                     bool(d.get("business")), d.get("sector"), tuple(d.get("products", ())),
                                     bool(d.get("implied"))))
        else:
            d = e.data
            places.append(Place(e.key, e.name, d.get("kind", "other"), d.get("within"), aliases,
                                not d.get("mentioned")))
    mentions = tuple(Mention(s, e, t, k) for (s, e), (k, t) in sorted(doc.mentions.items()) if k in doc.ents)
    return Extraction(doc.article, tuple(people), tuple(orgs), tuple(places), tuple(doc.posts),
                      tuple(doc.memberships), tuple(doc.events), tuple(doc.quotes), tuple(topics), mentions)
