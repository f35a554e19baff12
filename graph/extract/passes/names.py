"""Capitalized names without a title: people, bodies, businesses and places.

Walks every run of capitalized words no earlier pass took, trims the words that start or
end no name (weekdays, months, start words, titles), and types the rest by the lexicons
(countries, regions, organization words, party names) or by the words around it ("kata
X", "Menurut X", "di X", "pemilik toko X"); a weak guess from the context is checked by
the statistical tagger (:mod:`..lookup.tagger`)::

    Menurut Pramesti Sumarsih, panen di Tirtamulya naik.
    → Pramesti Sumarsih a person ("Menurut"), Tirtamulya a place ("di")

Leaves to later passes: names the rules see no cue for (the crf pass).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..document import Document, Entity, Pass, Spans
from ..lookup.names import (add_name, are_initials, credited_names, hyphen_joins, names_a_body, names_a_thing,
                            particle_joins, resolve_short, short_forms)
from ..lookup.orgs import country_code, is_acronym, named_freely, org_tokens, party_at, register_org, spells_out
from ..lookup.places import in_place_list, region_here
from ..lookup.tagger import crf_verdict, tagger_reads_person, tagger_starts_person
from ..lookup.titles import portfolio_word
from ..text import Token, written_alone

__all__ = ["find_names", "PASS"]


_ROMAN_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_INITIAL_RE = re.compile(r"[A-Z]\.")
# the patterns the names ask of every run, compiled once (not looked up in re's cache each time)
_CLAUSE_MARK_RE = re.compile(r"[,.;:!?\"“”()]")
_LOWER_WORD_RE = re.compile(r"[a-z]+")
_ROMAN_LETTERS_RE = re.compile(r"[IVX]+")
_NUMBER_RE = re.compile(r"\d[\d.,]*")
_AGE_AFTER_RE = re.compile(r"\s*\(\s*\d{1,3}\s*(?:tahun\s*)?\)\s*(?:,|warga\b|asal\b|yang\b|dan\b|serta\b)")
_DEFINED_AFTER_RE = re.compile(
    r"(?:\s+dan\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*\((?!\s*\d{1,3}\s*(?:tahun\s*)?\))([^()]{1,15})\)")
_JOINED_BEFORE_RE = re.compile(r"[A-Z][\w-]*\s+dan\s+$")
_OPENING_RE = re.compile(r"\s*\(")
_LEAD_WORD_RE = re.compile(r"\w*")  # a token's first run of word characters (see Lexicon.title_heads)


def _next_run(doc: Document, i: int, taken: Spans) -> tuple[list[Token], int, int, bool]:
    """The capitalized run that may be a name, from token ``i`` (a capitalized word): trimmed
    of the words that start or end no name, and cut where a body's name ends and a person's
    begins. Returns the run, the index of its first token, the index to go on from, and
    whether the run is a party's board."""
    lx, text, toks, capw = doc.lx, doc.text, doc.tokens, doc.cap_words
    n = len(toks)
    j = i + 1
    while j < n and "\n" not in text[toks[j - 1].end:toks[j].start] and (
            capw[j] or
            (toks[j].text in lx.name_inner or _INITIAL_RE.fullmatch(toks[j].text) or
             _english_joint(lx, toks, i, j)) and j + 1 < n and
            capw[j + 1] or  # ("Rudi P. Wibisana": a middle initial)
            hyphen_joins(doc, toks, j, i) or  # ("Marco - Andre ter Sutejo", "Butar - butar")
            particle_joins(doc, toks, j, i)):  # ("Hisyam al - Farouk")
        if toks[j].text == "-":
            j += 2
            continue
        if toks[j].text in lx.name_particles:
            j += 3
            continue
        if _INITIAL_RE.fullmatch(toks[j].text) and j + 1 < n and toks[j + 1].text in lx.start_words:
            break  # "… oleh Rudi W. Ada pula …": the initial ends a sentence, the next word opens one
        if j == i + 1 and toks[i].text in lx.pool_heads and _INITIAL_RE.fullmatch(toks[j].text):
            j += 1
            break  # "… klasemen Grup H. Lorato FC …": a group's letter ends a sentence
        if toks[j].text in ("Selaku", "Sebagai", "Yang") or j + 1 < n and toks[j + 1].is_cap and \
                lx.TITLE_RE.match(text, toks[j].start) and not lx.is_common_word(toks[j - 1].text) and \
                not (toks[j].text in lx.english_head_words and toks[j - 1].text in lx.english_jobs):
            break  # "Sekjen Rudi Santoso Wasekjen Rina Wati", "Rudi Santoso Selaku Direktur …": a name ends
            # (not inside an English job title: "Marketing Director …" is one run)
        j += 1
    run, run_at, i = toks[i:j], i, j
    if len(run) > 1 and _INITIAL_RE.fullmatch(run[0].text) and run_at and toks[run_at - 1].text.isalpha() and \
            toks[run_at - 1].text.islower() and toks[run_at - 1].text not in lx.speech_words and \
            toks[run_at - 1].text not in lx.person_cues and lx.is_common_word(run[1].text):
        run, run_at = run[1:], run_at + 1  # "hepatitis B. Vaksin …": a letter ends a sentence, a word opens one
    while run:
        w, low = run[0].text, run[0].text.lower()
        if not (w in lx.start_words or low in lx.weekdays or low in lx.relative or low in lx.months or
                w in lx.suffixes or w in lx.prefixes or w in lx.office_words or
                len(run) > 1 and w in _citing_words(lx) and (
                    w not in lx.function_words["credit"] or not run_at or
                    "\n" in text[toks[run_at - 1].end:run[0].start])):
            break  # ("Via Warta Nusa" opening a line, "Dilaporkan Kabar Sukamaju": the cue before a medium,
            # trimmed; "Via" is also a given name: "dinyanyikan Via Wibisana")
        run, run_at = run[1:], run_at + 1
    # a capitalized common word opening a sentence before a place's word: "Luapan [Sungai Cimanuk]"
    geo_at = next((x for x, t in enumerate(run) if x and t.text in lx.geo_words), None) if len(run) > 1 else None
    if geo_at and run[0].text not in lx.geo_words and all(lx.is_common_word(t.text) for t in run[:geo_at]) and (
            run_at == 0 or toks[run_at - 1].text in (".", "!", "?", "“", '"', ":") or
            "\n" in text[toks[run_at - 1].end:run[0].start]):
        run, run_at = run[geo_at:], run_at + geo_at
    # a noun of an act opening a sentence before a body: "Lawatan [Sukamaju FC] ke …", "Pembukaan [Pekan …]"
    if len(run) > 2 and run[0].text.endswith("an") and lx.is_common_word(run[0].text) and \
            run[0].text not in lx.org_words and run[0].text not in lx.institutions and \
            run[0].text not in doc.agency_words and run[0].text not in lx.title_words and (
            run_at == 0 or toks[run_at - 1].text in (".", "!", "?", "“", '"', ":") or
            "\n" in text[toks[run_at - 1].end:run[0].start]) and any(
            t.text in lx.org_words or t.text in lx.org_names or is_acronym(t.text) for t in run[1:]):
        run, run_at = run[1:], run_at + 1
    # an English division or job word before a company: "Marketing [Sinar Finance]", "Head of Sales [X Group]"
    lead = next((x for x, t in enumerate(run) if t.text not in lx.english_jobs or t.text in lx.org_words),
                len(run)) if len(run) > 2 else 0  # (a run of two words or fewer has no division before a company)
    if 0 < lead <= len(run) - 2 and any(t.text in lx.org_words or t.text in lx.org_names for t in run[lead + 1:]):
        run, run_at = run[lead:], run_at + lead
    # a body known by one word before a name found already: "Ketua BK [Muhammad Prakosa]"
    # (only the first of the first three words matters)
    covered = next((x for x in range(min(len(run), 3)) if taken.overlaps(run[x].start, run[x].end)), None)
    if covered and all(t.text in lx.org_names or is_acronym(t.text) and t.text not in lx.ranks for t in run[:covered]):
        run, i = run[:covered], run_at + covered
    while run:
        w, low = run[-1].text, run[-1].text.lower()
        if not (w in lx.start_words or low in lx.months or low in lx.weekdays or w in lx.number_words) or \
                len(run) > 1 and lx.region_candidates(f"{run[-2].text} {w}"):
            break  # (a region's name may end in a weekday's: "Pasar Sabtu")
        run = run[:-1]  # (… "Jalan Merdeka Nomor 5", "Lt . 4": a number's word ends a name)
    title = lx.TITLE_RE.match(text, run[0].start) if run and _LEAD_WORD_RE.match(run[0].text).group() in \
        lx.title_heads else None
    if title:  # "Ketua Umum Partai Demokrat Rudi …": the title is not part of a name
        cut = sum(1 for t in run if t.start < title.end())
        run, run_at = run[cut:], run_at + cut
    named = next((p for p in range(1, len(run) - 2) if run[0].text in lx.org_words and (
        run[p].text in lx.org_names or is_acronym(run[p].text)) and any(
        not lx.is_common_word(t.text) for t in run[p + 1:]) and not any(
        t.text in lx.org_words or t.text in doc.agency_words or is_acronym(t.text) for t in run[p + 1:])), None) \
        if len(run) > 3 else None
    # "DPC PDI Perjuangan Klaten Rudi …", "Kemarin DPD Partai X …": a party's board, with its
    # region, then maybe a person
    board_at = next((p for p, t in enumerate(run[:-1]) if t.text in lx.party_boards and
                     party_at(doc, toks, run_at + p + 1) > run_at + p + 1 and
                     all(lx.is_common_word(w.text) for w in run[:p])), None) if len(run) > 1 else None
    board = board_at is not None
    if board:
        run_at += board_at
        i = org_tokens(doc, toks, run_at + 1, first_free=False)
        run = toks[run_at:i]
    elif run and run[0].text in lx.org_words and len(run) > 2 and run[1].text in lx.org_names:
        # "Partai Golkar Rudi Sastrowardoyo": the body, then the person
        i = run_at + 2
        run = run[:2]
    elif named:  # "Fraksi Partai Demokrat Rudi Sastrowardoyo": the body's name ends with the party's
        i = run_at + named + 1
        run = run[:named + 1]
    elif len(run) > 2 and run[0].text not in lx.ranks and (
            (run[0].text in lx.org_names or is_acronym(run[0].text) and run[0].text.isupper()) and
            (run[1].text in lx.name_starts or not lx.is_common_word(run[1].text)) or
            (run[0].text in doc.acr_defs or _defined_short_form(text, run[0].text, lx)) and not is_acronym(run[1].text)):
        i = run_at + 1  # "PDIP Ahmad Basarah", "Komdis Rudi …" after "Komisi Disiplin (Komdis)": the body, then the person
        run = run[:1]
    else:
        holder = _holder_after_body(doc, run, run_at) or _holder_after_form(doc, run, run_at)
        if holder:  # "Ketua Dewan Perwakilan Rakyat Rudi Wibisana": the body, then the person
            i = run_at + holder
            run = run[:holder]
            doc.memo.setdefault("holder_starts", set()).add(i)
    return run, run_at, i, board


def _english_joint(lx, toks: list[Token], i: int, j: int) -> bool:
    """Whether the lowercase English word at ``toks[j]`` joins the words of an English body's
    name that a run from ``toks[i]`` has begun ("Association of …", "University of …",
    "School of Medicine", "… of Arts and Sciences")."""
    return toks[j].text in lx.function_words["english_joint"] and \
        any(t.text in lx.org_words for t in toks[i:j])


def _holder_after_body(doc: Document, run: list[Token], run_at: int) -> int | None:
    """Where a person's name starts after a body's whole name in a run ("Dewan Perwakilan
    Rakyat [Rudi Wibisana]", "Majelis Permusyawaratan Rakyat [Rudi Wibisana]"): the run opens
    with a body's head after which no free name may follow, and past the words its complement
    reads ("Dewan [Pers]" too) come two to four words of a person's name: none a dictionary
    word, or read as a person by the tagger."""
    lx, text, toks = doc.lx, doc.text, doc.tokens
    last = run[-1].text if run else ""
    if len(run) < 3 or not last.isalpha() or last in doc.agency_words or is_acronym(last):
        return None
    inst = next((h for h in lx.institution_heads if text.startswith(h, run[0].start)), None) \
        if lx.INSTITUTION_RE.match(text, run[0].start) else None
    if inst is None and run[0].text not in lx.org_words or run[0].text in lx.english_common:
        return None  # (an English name reads otherwise: "United Sukamaju …")
    if lx.is_common_word(last) or lx.region_candidates(last):  # (the dictionary asked last: it costs the most)
        return None  # (most bodies' names end with a field, an acronym or a region: no name to read)
    skip = len(inst.split()) if inst else 1
    if named_freely(lx, run[0].text, inst) or skip >= len(run):
        return None
    end = max(org_tokens(doc, toks, run_at + skip, first_free=False) - run_at, skip, 2)
    for x in range(end, len(run) - 1):
        if any(t.text in lx.title_words or t.text in lx.person_nouns or t.text in lx.ranks or
               t.text in lx.prefixes or t.text in lx.english_common for t in run[1:x]):
            return None  # "Majelis Hakim …": a panel of people, no body; "Angkatan Laut Laksamana …"
        rest = [t.text for t in run[x:]]
        if not all(t.is_word and t.text.isalpha() for t in run[x:]) or re.search(r"\.\s", text[run[0].start:run[x].start]):
            return None  # "Liga Sukamaju Seri A. Skuat": an initial or a sentence's end, no name
        if len(rest) > 4 or not lx.may_name_a_person(rest) or any(
                w in lx.org_words or w in doc.agency_words or is_acronym(w) or w in lx.title_words or
                w in lx.country_names or w in lx.english_common or lx.region_candidates(w) for w in rest):
            continue
        if tagger_starts_person(doc, run_at + x, 0.5) or _stands_alone(doc, run[x - 1], run[x:]):
            return x
    return None


def _holder_after_form(doc: Document, run: list[Token], run_at: int) -> int | None:
    """Where a person's name starts after a club's or a company's name that a form word ends,
    inside one run ("penyerang Sukamaju United [Rudi Wibisana]", "pebalap Lorato Racing [Rudi
    Wibisana]", "Direktur Lorato Motor Corporation [Rudi Wibisana]"): after the run's last club
    form, legal form or body word (not its first word) come two to four words of a person's name,
    none a body's, a title's, a country's or an English common word, that the tagger reads as a
    person's or (none a dictionary word) the article writes alone elsewhere."""
    lx = doc.lx
    if len(run) < 3:
        return None
    clubs, legal = lx.function_words["club_form"], lx.legal_forms
    form = max((x for x in range(1, len(run) - 2) if run[x].text in clubs or run[x].text in legal or
                run[x].text in lx.org_words), default=None)
    if form is None or run[form].text in clubs and lx.is_common_word(run[form - 1].text):
        return None  # (a club's form after a common word opens the club's name: "Gelandang Real Lorato …")
    x = form + 1
    rest = [t.text for t in run[x:]]
    if len(rest) > 4 or not all(t.is_word and t.text.isalpha() and t.text[1:].islower() for t in run[x:]) or \
            not lx.may_name_a_person(rest) or any(
            w in lx.org_words or w in clubs or w in doc.agency_words or w in lx.title_words or
            w in lx.country_names or w in lx.english_common or lx.region_candidates(w) for w in rest):
        return None
    if tagger_starts_person(doc, run_at + x, 0.5) or not any(lx.is_common_word(w) for w in rest) and \
            _stands_alone(doc, run[x - 1], run[x:]):
        return x  # (a word of the dictionary after a body's word names the body's branch as often:
        # "… Club Centennial Cendrawasih"; the tagger must read a person there)
    return None


def _stands_alone(doc: Document, before: Token, words: list[Token]) -> bool:
    """Whether a word of ``words`` that is no dictionary word stands elsewhere in the article
    without the word ``before`` it ("… Rakyat Rudi Wibisana …", then "kata Wibisana"): a
    person is named again on their own, a body named after someone is not."""
    text = doc.text
    for w in words:
        if doc.lx.is_common_word(w.text):
            continue
        written = text[before.start:w.start]  # what stands before it here, from the body's last word
        for at in written_alone(text, w.text):
            if at != w.start and not text.endswith(written, 0, at):
                return True
    return False


def _defined_short_form(text: str, word: str, lx) -> bool:
    """Whether the article defines ``word`` as the short form of a body's name of two
    capitalized words before it in parentheses, taking their first letters ("Komisi Disiplin
    (Komdis)"): not a person's nickname ("Bambang Sutejo (Tejo)"), not a name set off by a
    parenthesis ("Rina Wati (Sukma)"), not a short term the lexicon knows ("Pelaksana Tugas (Plt)")."""
    if len(word) < 5 or f"({word})" not in text or word in lx.acronyms:
        return False
    m = _two_words_before(text, word)
    return bool(m) and word[0] == m.group(1)[0] and m.group(2).lower() in word[1:].lower() and (
        m.group(1) in lx.institutions or m.group(1) in lx.org_words or m.group(1) in lx.agency_words)


_TWO_WORDS_OPENING_RE = re.compile(r"([A-Z]\w*)\s+([A-Z])\w*\s*\(\s*")
_CLOSING_RE = re.compile(r"\s*\)")


def _two_words_before(text: str, word: str) -> re.Match | None:
    r"""The first two capitalized words before ``word`` (a token: no space opens it) in
    parentheses ("Komisi Disiplin (Komdis)"), as ``re.search(rf"([A-Z]\w*)\s+([A-Z])\w*\s*\(\s*{re.escape(word)}\s*\)", text)``
    finds them (group 1 the first word, group 2 the second's first letter), without compiling
    a pattern for each word: each part of that pattern can match only one way from a given
    start, so a match is the opening part's, followed by the word and the closing bracket.

    >>> _two_words_before("Ketua Komisi Disiplin ( Komdis ) hadir", "Komdis").groups()
    ('Komisi', 'D')
    """
    pos = 0
    while (m := _TWO_WORDS_OPENING_RE.search(text, pos)) is not None:
        if text.startswith(word, m.end()) and _CLOSING_RE.match(text, m.end() + len(word)):
            return m
        pos = m.start() + 1
    return None


def _initials_in_crime_report(doc: Document, word: str) -> bool:
    """Whether an unknown short acronym is a person's initials: police and prosecutors name
    suspects by their initials ("tersangka RW dan AS"), so in a crime or court report an
    acronym of two or three capitals that no lexicon knows and the article does not define
    ("… (ABC)") names no body."""
    if not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()):
        return False
    if word in doc.acr_defs or word in doc.org_alias:
        return False
    if "crime_report" not in doc.memo:  # (a search of the whole text: once an article)
        doc.memo["crime_report"] = doc.lx.CRIME_RE.search(doc.text) is not None
    return doc.memo["crime_report"]


@lru_cache(maxsize=4)
def _citing_words(lx) -> frozenset[str]:
    """Every word that may cite a medium before its name: ``attribution`` words, and the
    ``attribution_framed`` and ``credit`` ones in their frames."""
    fw = lx.function_words
    return fw["attribution"] | fw["attribution_framed"] | fw["credit"]


def _cites_a_medium(doc: Document, k: int, end: int) -> bool:
    """Whether the name starting at token ``k`` (ending at ``end``) is a medium the text cites:
    right after an attribution word ("dilansir X", "Mengutip X"), after "dari" that follows one
    with at most a medium's one-word name between ("dilansir dari X", "dikutip A.com dari X"),
    after "seperti dilaporkan", or after a "Via" that opens a line the name ends.

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> def cites(text, name):
    ...     doc = Document(Article("a", text), lexicon())
    ...     k = next(i for i, t in enumerate(doc.tokens) if t.start == text.index(name))
    ...     return _cites_a_medium(doc, k, text.index(name) + len(name))
    >>> cites("Harga naik, seperti dilaporkan Warta Sukamaju.", "Warta Sukamaju")
    True
    >>> cites("Surel itu dilaporkan Bambang Sutejo ke Polda Sukamaju.", "Bambang Sutejo")
    False
    >>> cites("Sumbangan itu dilaporkan berasal dari Bambang Sutejo.", "Bambang Sutejo")
    False
    >>> cites("Harga naik.\\n\\nVia Digital Sukamaju.", "Digital Sukamaju")
    True
    >>> cites("Lagu itu dinyanyikan Via Wibisana di panggung.", "Wibisana")
    False
    """
    toks, text, fw = doc.tokens, doc.text, doc.lx.function_words
    framed, credit, cites = fw["attribution_framed"], fw["credit"], _citing_words(doc.lx)
    if not k:
        return False
    cue = toks[k - 1].text
    if cue == "dari" and k > 1:
        k -= 1
        cue = toks[k - 1].text
        if cue not in cites and k > 1 and toks[k - 2].text in cites and (
                doc.lx.WEB_NAME_RE.fullmatch(cue) or cue[:1].isupper()):
            k -= 1  # "dikutip Kabarsukamaju.com dari X"
            cue = toks[k - 1].text
        if cue in framed or cue in credit:
            return False
    if cue not in cites:
        return False
    if cue in framed:
        return k > 1 and toks[k - 2].text in fw["attribution_frame"]
    if cue in credit:
        line_start = text.rfind("\n", 0, toks[k - 1].start) + 1
        line_end = text.find("\n", end)
        return not text[line_start:toks[k - 1].start].strip() and \
            not text[end:len(text) if line_end < 0 else line_end].strip(" .,")
    return True


def _kind_of(doc: Document, run: list[Token], k: int, after_org: bool, board: bool,
             people: list[Entity]) -> tuple[str, bool, bool] | None:
    """What the run starting at token ``k`` names, as (kind, sure, listed among places): the
    kind "person", "org", "business" or "place", sure when a lexicon says it (a guess from
    the words around it is not); None when it names nothing."""
    lx, text, toks = doc.lx, doc.text, doc.tokens
    fw, n = lx.function_words, len(toks)
    speech, countries = lx.speech_words, lx.country_names
    s, e = run[0].start, run[-1].end
    words = [t.text for t in run]
    phrase = text[s:e]
    prev = toks[k - 1].text if k else ""
    prev2 = f"{toks[k - 2].text} {prev}" if k > 1 else ""
    at_start = k == 0 or prev in {".", "!", "?", "“", '"', "(", "–", "—", ":", "-"} or \
        "\n" in text[toks[k - 1].end:s]
    kind, listed_place, weak = None, False, False
    known: list[Entity | None] = []  # the person the run names, asked once: up to three tests below ask
    unknown: list[list[str]] = []  # the run's words no dictionary holds, asked once: only the guesses ask

    def named_person() -> Entity | None:
        if not known:
            known.append(resolve_short(doc, people, words, s))
        return known[0]

    def uncommon() -> list[str]:
        if not unknown:
            unknown.append([w for w in words if not lx.is_common_word(w)])
        return unknown[0]

    nxt = toks[k + len(run)].text if k + len(run) < n else ""
    if len(words) == 1 and lx.WEB_NAME_RE.fullmatch(words[0]):
        return "org", True, False  # "kata Rudi kepada Kabarsukamaju.com": a site, not a person
    if len(words) == 1 and are_initials(doc, words[0], k, e):
        return "person", True, False  # "AG (45), warga …", "pelaku berinisial MU dan JY": a person's initials
    if len(words) == 1 and len(words[0]) >= 4 and words[0][1:].islower() and \
            lx.acronyms.get(words[0].upper(), {}).get("kind") not in (None, "term", "complement"):
        return "org", True, False  # "Unesco" written as a word: the body's acronym
    if len(words) == 1 and not words[0].isupper() and _defined_short_form(text, words[0], lx):
        return "org", True, False  # "Komdis" after "Komisi Disiplin (Komdis)"
    if len(words) == 1 and lx.acronyms.get(words[0], {}).get("kind") in ("term", "complement") or \
            words[0] in doc.term_acronyms:
        return None  # (also a term's acronym opening a longer name: "KLP Plus" of "Kartu Lorato Pintar (KLP)")
    if phrase in lx.thing_words or phrase in lx.ranks:
        return None  # "Tanah Air": the homeland, said so; "Marsekal Madya": a rank alone; no place
    if len(words) == 1 and words[0].endswith("nya") and words[0][:-3] in lx.start_words:
        return None  # "Baginya, …", "Menurutnya": a sentence's opening word with its pronoun
    if words[0] in lx.event_heads or lx.names_a_pool(words):
        return None  # "Sidang Majelis Umum", "Liga Champions", "Grup H": a session, a competition or its group, no body
    if after_org or board or phrase in lx.org_names or (len(words) > 1 and any(w in lx.org_words for w in words)):
        kind = "org"
    elif len(words) > 1 and (len(words) == 2 and words[0] in fw["club_form"] or words[-1] in fw["club_form"]) and \
            prev not in ("di", "Di") and prev.lower() not in lx.place_nouns and words[0] not in lx.venue_heads and \
            not any(w in lx.english_common for w in words[1:-1] if w not in fw["club_form"]):
        kind = "org"  # "Sukamaju City", "AC Garuda", "Lorandia Rovers": a club's name by its form word
        # (a form word first only before one word: "Inter Lorandia Rudi Wibisana" is a club and its coach;
        # not "di Sukamaju City", "kota Sukamaju City": a mall's or a city's; nor "Sukamaju Sport City",
        # "Lorandia Garden City": a common English word inside names a venue or an estate)
    elif len(words) <= 4 and (phrase in credited_names(doc) or _cites_a_medium(doc, k, e)):
        kind = "org"  # "dilansir dari Warta Nusa", "Mengutip Kabar Sukamaju", "Via Digital Sukamaju", "Sumber: Lorato",
        # "dikutip Kabarsukamaju.com dari Warta Nusa": a medium, whatever its words
    elif prev not in speech and prev not in lx.person_cues and any(
            w in lx.business_cues for w in _LOWER_WORD_RE.findall(_CLAUSE_MARK_RE.split(text[max(0, s - 30):s])[-1])[-3:]):
        kind = "business"  # "pemilik toko sembako Sumber Rezeki" (not "… di toko, ujar Rudi")
    elif phrase in countries or (region_here(doc, phrase) and not (len(words) == 1 and at_start)):
        kind = "place"
    elif words[0] in lx.geo_words and len(words) > 1:
        kind = "place"
    # a kind read from a lexicon is sure; the guesses from context below are weak, and the
    # statistical tagger may overrule them (see crf_verdict)
    strong = kind is not None
    if strong:
        pass
    elif len(words) == 1 and is_acronym(words[0]) and len(words[0]) <= 8 and not any(c.isdigit() for c in words[0]) \
            and not _ROMAN_LETTERS_RE.fullmatch(words[0]):  # "(KKB) II": a Roman numeral is no body
        row = lx.acronyms.get(words[0])
        if row and row["kind"] in ("term", "complement"):
            return None
        if row is None and len(words[0]) >= 4 and words[0].isupper() and lx.is_common_word(words[0]):
            if not _capitals_apart(doc, k, words[0]):
                return None  # "JANGANLAH KAMU …": a word in capitals, shouted, is no body's acronym
            strong = True  # (the tagger reads the dictionary's word, none of a name: the capitals say more)
        if row is None and _NUMBER_RE.fullmatch(prev):
            return None  # "4 GB", "30 MW": a unit after a number
        if row is None and len(words[0]) == 2 and words[0] not in doc.acr_defs and words[0] not in doc.org_alias:
            return None  # "HR", "GP": two capitals no lexicon knows and the article explains name no body
        if row is None and _initials_in_crime_report(doc, words[0]):
            return None
        kind = "org"
    elif any(w in lx.thing_words or w.lower() in lx.months or any(c.isdigit() for c in w) for w in words) or \
            len(words) == 1 and len(phrase) > 1 and _ROMAN_RE.fullmatch(phrase):
        return None  # (a Roman numeral alone, "Muktamar ke VIII", is no name)
    elif prev in fw["member_noun"] and len(words) <= 3 and uncommon():
        kind, strong = "org", True  # "anggota Al-Falah", "kader Perindo": the body one belongs to
    elif len(words) <= 4 and (names_a_body(doc, k) or nxt == "," and k + len(run) + 1 < n and
                              toks[k + len(run) + 1].text in fw["body_noun"]) and \
            named_person() is None:
        kind, strong = "org", True  # "perusahaan Sinar Teknika", "klub Garuda Raya dan Nusa Jaya", "X, startup …"
        # (not the holder of "presiden klub Rudi Wibisana")
    elif len(words) <= 4 and (prev in fw["match_side"] or nxt in fw["match_joint"] and not (
            at_start and lx.is_common_word(words[0]))) and named_person() is None:
        kind = "org"  # "menjamu Garuda Muda", "kontra Rajawali FC": a side of a match (a guess: a player
        # may be one; a person the article already names stays one: "Pelatih X …, menjamu X")
    elif len(words) <= 3 and not any(w.isupper() for w in words) and \
            _AGE_AFTER_RE.match(text[e:e + 24]):
        kind, strong = "person", True  # "Zul (47), warga …": a name with its age
    elif prev in lx.person_cues or prev2 in lx.person_cues or prev in speech or \
            nxt in lx.speech_before or named_person() is not None:
        kind = "person"
    elif prev in ("di", "ke", "dari", "Di", "Ke", "Dari") and (len(words) <= 3 or lx.VENUE_RE.match(text, s)):
        kind = "place"
    elif len(words) <= 3 and (prev in lx.place_nouns or in_place_list(doc, k, k + len(run))):
        kind, strong = "place", True  # "kota Misrata", "di Toledo , Tucson atau Topeka", "Cikini , Jakarta"
        listed_place = prev not in lx.place_nouns
    # (below, the dictionary is asked last: its test of a new word, the stemmer's, costs the most)
    elif len(words) >= 2 and not at_start and not any(any(c.isupper() for c in w[1:]) for w in words) and \
            not lx.is_common_word(words[0]):
        kind = "person"
    elif len(words) == 1 and words[0][1:].islower() and len(words[0]) > 2 and \
            (lx.SUBJECT_VERB_RE.match(nxt) or nxt in fw["after_subject"]) and \
            words[0][:5] not in lx.agency_stems and \
            words[0] not in lx.person_cues and uncommon() and \
            not any(rx.fullmatch(words[0]) for rx, _ in lx.events):
        kind, weak = "person", True  # "Jokowi mengatakan": an unknown word as the subject of a verb is a name
    elif len(words) >= 2 and at_start and (nxt in fw["after_subject"] or nxt == "," or lx.SUBJECT_VERB_RE.match(nxt)) and \
            words[0] in uncommon() and 2 * len(uncommon()) >= len(words):
        kind = "person"  # "Rudi Sastrowardoyo mengatakan …" at the start of a sentence
    elif len(words) == 1 and at_start and words[0][1:].islower() and nxt == "," and \
            k + 2 < n and toks[k + 2].text in lx.person_cues and toks[k + 2].text.islower() and \
            toks[k + 2].text not in ("kepada", "oleh", "menurut", "bersama") and uncommon():
        kind = "person"  # "Sastrowardoyo, mantan menteri …": a word set off by a person's role
    elif len(words) == 1 and words[0][1:].islower() and len(words[0]) > 2 and not at_start and \
            not prev.isdigit() and words[0][:5] not in lx.agency_stems and words[0] not in lx.person_cues and (
            prev in fw["before_name"] or prev.islower() and prev.startswith(("me", "di")) or
            nxt in fw["after_subject"] or nxt in (",", "dan")) and uncommon():
        kind, weak = "person", True  # "…, Rudi, …", "bersama Rudi dan …": an unknown word between names is a name
    if kind is None or kind == "person" and (len(run) == 1 and portfolio_word(doc, run[0], k + 1) or
                                             names_a_thing(doc, k)):
        return None  # ("Menteri Kesehatan", "lagu Way Back Home")
    if weak and not tagger_reads_person(doc, k) and not _after_a_listed_person(doc, k):
        return None  # one unknown word with no cue but its place: the tagger must read a person there too,
        # or it follows a person in a list ("dihadiri Sukamto, Jayadi dan Hermawan")
    return kind, strong, listed_place


def _capitals_apart(doc: Document, k: int, word: str) -> bool:
    """Whether a dictionary word in capitals at token ``k`` ("ISIS") is a body's acronym, not a
    shout nor a thing's name: no word in capitals beside it ("JANGANLAH KAMU"), the article writes
    it so twice or more (a word shouted once opens a text: "GRUP idol …") and never otherwise
    ("ORANG-ORANG" of a verse where "orang" is written too), and no mention of it follows a thing's
    noun or verb ("produk bermerek X", "kertas X") or comes before a number ("X Nomor 4": a
    regulation). On the pool (105 articles with such a word twice): 28 bodies, 24 of them "ISIS"."""
    memo = doc.memo.setdefault("capitals_apart", {})
    if word not in memo:
        toks, text, fw = doc.tokens, doc.text, doc.lx.function_words
        spots = [doc.token_at.get(at) for at in written_alone(text, word)]
        memo[word] = len(spots) >= 2 and None not in spots and not re.search(  # (written otherwise: "Isis")
            rf"(?<![\w-]){re.escape(word)}(?![\w-])", text.replace(word, ""), re.IGNORECASE) and not any(
            names_a_thing(doc, x) or x and toks[x - 1].text in fw["thing_verb"] or
            x + 1 < len(toks) and toks[x + 1].text in ("Nomor", "No", "Nomer") for x in spots)
    toks = doc.tokens
    return memo[word] and not any(
        0 <= x < len(toks) and len(toks[x].text) > 1 and toks[x].text.isupper() and toks[x].text.isalpha()
        for x in (k - 1, k + 1))


def _one_of_a_pair(doc: Document, i: int, j: int) -> bool:
    """Whether the name of tokens i..j, guessed a person, is one side of a pair of people
    joined by a spaced hyphen, the other side a person to the tagger or to the article
    ("gubernur terpilih Rudi Wibisana - Agus Santoso", "pasangan Rudi - Agus"): the tagger
    reads such a side as a body, the pair being a ticket, but each side is a person. A
    body's or a route's name ("PT Sinar - Jaya", "Jakarta - Bandung") is typed by a
    lexicon, never guessed a person, and never comes here."""
    toks, text, n = doc.tokens, doc.text, len(doc.tokens)

    def spaced_hyphen(h: int) -> bool:
        return 0 < h < n - 1 and toks[h].text == "-" and \
            text[toks[h - 1].end:toks[h].start] == " " == text[toks[h].end:toks[h + 1].start]

    def a_person(o: int) -> bool:
        if not (toks[o].is_cap and toks[o].is_word):
            return False
        return tagger_reads_person(doc, o) or any(
            e.kind == "person" and toks[o].text in e.name.split() for e in doc.ents.values())

    return spaced_hyphen(j) and a_person(j + 1) or spaced_hyphen(i - 1) and a_person(i - 2)


def _after_a_listed_person(doc: Document, k: int) -> bool:
    """Whether token ``k`` follows a person's name and a list's joint ("…, Rudi", "… dan Rudi")."""
    toks = doc.tokens
    if k < 2 or toks[k - 1].text not in doc.lx.list_joints:
        return False
    end = toks[k - 2].end
    return any(b == end and key.startswith("person:")
               for _, b, key in doc.mentions.starting_between(end - doc.mentions.longest, end))


def find_names(doc: Document) -> None:
    """People, organizations and places named without a title: capitalized phrases,
    classified by lexicons (countries, regions, organization words, party and agency
    names) and by the words around them ("kata X", "Menurut X", "di X")."""
    lx, text = doc.lx, doc.text
    toks = doc.tokens
    n = len(toks)
    taken = Spans(doc.mentions)
    people = [e for e in doc.ents.values() if e.kind == "person"]
    guessed_orgs: set[str] = set()  # the names typed a body by a guess from their context
    headless = _headless_names(doc)
    guessed_places: dict[tuple[int, int], str] = {}  # the spans typed a place by a guess ("dari X"), their word before
    capw = doc.cap_words
    i = 0
    while i < n:
        if not capw[i]:
            i += 1
            continue
        run, run_at, i, board = _next_run(doc, i, taken)
        if not run:
            continue
        s, e = run[0].start, run[-1].end
        if doc.claimed(s, e):
            continue  # a legal reference ("Perda itu", "Ranperda")
        side = len(run) > 1 and run_at and toks[run_at - 1].text in lx.function_words["match_side"]
        overlap = taken.overlaps(s, e) and not board
        cue = toks[run_at - 1].text if overlap and 1 < len(run) <= 4 and run_at else ""
        cited = bool(cue) and (cue == "dari" or cue in _citing_words(lx)) and \
            _cites_a_medium(doc, run_at, e)  # (a cheap look at the word before first: most runs follow none)
        if overlap and not (
                (len(run) > 2 and (run[0].text in lx.org_words or run[-1].text in lx.legal_forms) or side or cited) and
                not lx.VENUE_RE.match(text, s) and
                all((s < a or cited) and b <= e and (a, b) != (s, e) and k.startswith("place:")
                    for a, b, k in doc.mentions.starting_between(s - doc.mentions.longest, e) if a < e and s < b)):
            continue  # (a country or region inside a body's name stops no body: "Bursa Efek Malaysia",
            # "Sinar Indonesia Tbk";
            # nor inside a team's: "menjamu Persiku Sukamaju"; nor the first word of a medium's
            # the text cites: "dikutip Asia Lorato")
        words = [t.text for t in run]
        phrase = text[s:e]
        if any(w in lx.suffixes for w in words) or (len(words) == 1 and words[0] in lx.directions):
            continue
        k = run_at
        known = doc.named(phrase, ("place", "org"))
        if not known and phrase in headless and (" " in phrase or phrase in lx.org_names or not lx.is_common_word(
                phrase) or not _opens_a_sentence(doc, run_at)):
            known = doc.ents[headless[phrase]]  # a body by its name without its head ("Demokrat" of
            known.aliases.add(phrase)  # "Partai Demokrat": see _headless_names)
        if known:  # a place or body found before ("Bireuen" of the dateline)
            doc.mention(s, e, known.key)
            if known.kind == "place":
                guessed_places[(s, e)] = toks[k - 1].text if k else ""  # (as sure as its first reading)
            taken.add((s, e))
            continue
        # part of a longer capitalized expression, such as an acronym's expansion:
        # "Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM)", "… Pendapatan dan Belanja Kabupaten (RAPBK)"
        after = _DEFINED_AFTER_RE.match(text[e:e + 80])  # (not a person's age: "Zul (47)")
        if after and after.group(0).lstrip().startswith("dan ") and \
                lx.TITLE_RE.match(text, e + after.group(0).index("dan ") + 4):
            after = None  # "ketua umum PAN dan Ketua Dewan Perwakilan Rakyat (DPR)": a title opens another name
        joined = _JOINED_BEFORE_RE.search(text[max(0, s - 40):s]) and \
            _OPENING_RE.match(text[e:e + 3])  # "… Pendapatan dan Belanja Kabupaten (RAPBK)"
        if after or joined:
            acr = after.group(1).strip() if after else ""
            row = lx.acronyms.get(acr)
            if joined or not is_acronym(acr.split()[0] if acr else "") or (row and row["kind"] in ("term", "complement")):
                continue
            if acr in doc.term_acronyms:
                taken.add((s, e))
                continue  # "Program Keluarga Harapan (PKH)", "Bantuan Langsung Tunai (BLT)": a thing's acronym
            # "Kerapatan Adat Nagari (KAN)": an acronym's expansion names a body; a name that spells
            # none of what its brackets hold is typed by itself ("Rudi Wibisana (KSP)": a person and
            # their body, "Liu Wei (CHN)": a player and their country)
            after_org = joined or spells_out(acr.split()[0], text[s:e + after.start(1)])
            if not after_org and country_code(lx, acr.split()[0]):
                taken.add((e + after.start(1), e + after.end(1)))  # "Rudi Wibisana (INA / 6)": a player's country
        else:
            after_org = False
        prev = toks[k - 1].text if k else ""
        if k in doc.memo.get("holder_starts", ()):
            found = ("person", True, False)  # the name after a body's whole name in one run
        else:
            found = _kind_of(doc, run, k, after_org, board, people)
        if found is None:
            continue
        kind, strong, listed_place = found
        if listed_place and crf_verdict(doc, k, k + len(run)) == "person":
            kind = "person"  # "… Tiongkok dan Mongolia , Rudi Wibisana bertekad …": the tagger knows a person
        if not after_org and not strong:
            verdict = crf_verdict(doc, k, k + len(run))
            if verdict == "veto":
                continue
            if verdict not in (None, "veto") and not (
                    verdict == "org" and kind == "person" and _one_of_a_pair(doc, k, k + len(run))):
                kind = verdict  # the tagger's reading of a guess: its type
        if kind == "org" and after_org:
            defined_end = e + after.end()
            key = register_org(doc, s, defined_end) or doc.add("org", phrase, s, category="other").key
            doc.acr_defs.setdefault(after.group(1).strip(), key)
            doc.org_alias.setdefault(after.group(1).strip(), key)
            doc.ents[key].aliases.add(after.group(1).strip())
            doc.mention(s, e, key)
        else:
            if kind == "org" and not strong and not after_org:
                guessed_orgs.add(phrase)
            if kind == "place" and (not strong or listed_place):
                guessed_places[(s, e)] = prev
            add_name(doc, kind, s, e, words, prev, people)
        taken.add((s, e))
    _one_reading(doc, guessed_orgs)
    _places_that_are_people(doc, guessed_places, people)
    _short_bodies(doc)
    short_forms(doc, people)


def _headless_names(doc: Document) -> dict[str, str]:
    """The bodies found so far by a head that is no government's ("Partai", "PT", "Bank",
    "Yayasan", "Universitas" …) whose name after the head may be written alone for the body
    ("Partai Lorandia Raya" … "kader Lorandia Raya"): that rest, to the body's key. Not when the
    rest is a place or holds one the article names ("Universitas Sukamaju", "Bank Indonesia"), or
    two bodies share it; a rest of one dictionary word ("Demokrat") only where no sentence opens
    with it (checked by the caller)."""
    lx, out, shared = doc.lx, {}, set()
    for e in doc.ents.values():
        if e.kind != "org" or " " not in e.name:
            continue
        head, rest = e.name.split(" ", 1)
        row = lx.institutions.get(head)
        words = rest.split()
        if row is None or row["kind"] == "government" or len(words) > 3 or not rest[:1].isupper() or \
                rest in lx.country_names or lx.region_candidates(rest) or \
                any(doc.all_named(w, ("place",)) for w in words):
            continue
        if out.setdefault(rest, e.key) != e.key:
            shared.add(rest)
    for rest in shared:
        del out[rest]
    return out


def _opens_a_sentence(doc: Document, k: int) -> bool:
    """Whether token ``k`` opens a sentence, a line or a quotation."""
    toks = doc.tokens
    return k == 0 or toks[k - 1].text in (".", "!", "?", "“", '"', ":") or "\n" in doc.text[toks[k - 1].end:toks[k].start]


def _one_reading(doc: Document, guessed: set[str]) -> None:
    """A name the words around it only suggested was a body's, which the article elsewhere
    reads as a person's, is that person (one reading per discourse): "mengapresiasi Rudi
    Wibisana dan …" is not a body when "Rudi Wibisana" is a person in the next sentence."""
    for phrase in guessed:
        org = next((x for x in doc.ents.values() if x.kind == "org" and x.name == phrase and not x.aliases), None)
        person = next((x for x in doc.ents.values() if x.kind == "person" and x.name == phrase), None)
        if org is None or person is None or any(x.refers_to(org.key) for x in doc.ents.values()):
            continue
        for span, (key, written) in list(doc.mentions.items()):
            if key == org.key:
                doc.mentions[span] = (person.key, written)
        for table in (doc.org_alias, doc.acr_defs):
            for form, key in list(table.items()):
                if key == org.key:
                    del table[form]
        del doc.ents[org.key]


def _places_that_are_people(doc: Document, guessed: dict[tuple[int, int], str], people: list[Entity]) -> None:
    """A name guessed a place only from the words before it ("dari X", "…, X") that stands in a
    list with a person of two words or more ("dari Rudi Wibisana dan Bambang Sutejo", "yakni Rudi
    Wibisana, Bambang Sutejo, Agus Salim, …"), and whose first word the tagger reads as a
    person's (however unsure), is that person: a place the gazetteer does not know is seldom
    listed among people. So is one of two words or more whose first or last word the article
    names a person by, alone ("Panitia Lomba Sukamaju, Rina Wati" then "ujar Rina"). Only a place
    every mention of which is such a guess (or the same name again); a list read so may turn the
    name before it too."""
    lx, toks, text = doc.lx, doc.tokens, doc.text
    joints = lx.list_joints

    def person_ending_at(b: int) -> int | None:  # where a person's name of two words or more ending at b starts
        return next((x for x, y, key in doc.mentions.starting_between(b - doc.mentions.longest, b)
                     if y == b and key.startswith("person:") and " " in text[x:y]), None)

    def person_starting_at(a: int) -> int | None:
        return next((y for x, y, key in doc.mentions.starting_between(a, a + 1)
                     if key.startswith("person:") and " " in text[x:y]), None)

    def word_at(pos: int, step: int) -> str:  # the token starting at pos (step 0) or ending at pos (step -1)
        i = bisect.bisect_left(doc.token_starts, pos) + step
        return toks[i].text if 0 <= i < len(toks) else ""

    def in_a_list_with_a_person(k: int, j: int) -> bool:  # the name is tokens k..j-1
        if k >= 2 and toks[k - 1].text in joints:
            start = person_ending_at(toks[k - 2].end)
            if start is not None and (toks[k - 1].text != "," or word_at(start, -1) in joints or
                                      j < len(toks) and toks[j].text in joints):
                return True
        if j + 1 < len(toks) and toks[j].text in joints:
            end = person_starting_at(toks[j + 1].start)
            # "X dan Rudi Wibisana", "…, X, Rudi Wibisana, …" (not "di X, Rudi Wibisana menyatakan …"
            # nor "pemain X, Rudi Wibisana, mencetak …", a player of the club X)
            if end is not None and (toks[j].text != "," or word_at(end, 0) in joints and
                                    k >= 1 and toks[k - 1].text in joints):
                return True
        return False

    def named_alone(words: list[str]) -> bool:  # the article names a person by the first or last word alone
        return any(p.name in (words[0], words[-1]) for p in people if p.key in doc.ents)

    changed = True
    while changed and guessed:
        changed = False
        for (s, e) in list(guessed):
            got = doc.mentions.get((s, e))
            place = doc.ents.get(got[0]) if got else None
            if place is None or place.kind != "place" or place.level != "other" or \
                    any(span not in guessed for span in doc.mentions.spans_of(place.key)):
                del guessed[(s, e)]
                continue
            words = text[s:e].split()
            k = doc.token_at.get(s)
            j = bisect.bisect_left(doc.token_starts, e)
            if k is None or len(words) < 2 or not (named_alone(words) or tagger_reads_person(doc, k) and
                                                   in_a_list_with_a_person(k, j)):
                continue
            spans = list(doc.mentions.spans_of(place.key))
            for span in spans:
                del doc.mentions[span]
            del doc.ents[place.key]
            for a, b in spans:
                add_name(doc, "person", a, b, text[a:b].split(), guessed.pop((a, b)), people)
            changed = True
            break


def _short_bodies(doc: Document) -> None:
    """A body named by one word that is another body's name without its company form or
    head ("Garansindo" and "Garansindo Group", "Sinar" and "PT Sinar"), or a club's name
    without its form word ("Sukamaju" and "Sukamaju City", "La Lorandia" and "Deportivo La
    Lorandia"), is that body: its mentions go to it and the short name becomes an alias. Only a
    body nothing else refers to yet and exactly one longer name fits."""
    lx = doc.lx
    orgs = [e for e in doc.ents.values() if e.kind == "org"]
    if len(orgs) < 2:
        return
    clubs = lx.function_words["club_form"]
    for short in orgs:
        words = short.name.split()
        if short.aliases or short.implied or len(words) > 3:
            continue
        longer = [e for e in orgs if e is not short and e.key in doc.ents and (_club_short_form(e.name.split(), words, clubs) or
            len(words) == 1 and (
            e.name.startswith(short.name + " ") and len(e.name.split()) == 2 and e.name.split()[1] in lx.org_words or
            e.name.endswith(" " + short.name) and len(e.name.split()) == 2 and e.name.split()[0] in lx.institutions and
            lx.institutions[e.name.split()[0]].get("business") == "yes"))]
        if len(longer) != 1 or any(x.refers_to(short.key) for x in doc.ents.values() if x is not short):
            continue
        body = longer[0]
        for span, (key, _) in list(doc.mentions.items()):
            if key == short.key:
                doc.mentions[span] = (body.key, doc.text[span[0]:span[1]])
        for table in (doc.org_alias, doc.acr_defs):
            for form, key in list(table.items()):
                if key == short.key:
                    table[form] = body.key
        body.aliases.add(short.name)
        del doc.ents[short.key]



def _club_short_form(name: list[str], short: list[str], clubs: frozenset[str]) -> bool:
    """Whether ``short`` is the club's name ``name`` without the form word that opens or ends
    it ("Sukamaju" of "Sukamaju City", "Lorandia" of "AC Lorandia")."""
    return len(name) == len(short) + 1 and (name[-1] in clubs and name[:-1] == short or
                                            name[0] in clubs and name[1:] == short)

PASS = Pass("names", find_names,
            reads=("ents", "mentions", "region", "org_alias", "acr_defs", "law_spans"),
            assigns=("ents", "mentions", "org_alias", "acr_defs"))
