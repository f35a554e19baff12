"""Events: type, date, venue, organizer, attendees and purpose.

A sentence with an event word of ``events.tsv`` starts an event when it has a date (or a
hosting verb); later sentences of the same type without their own date continue it. Its
venue is a place after "di"/"bertempat di", its organizer the body before an active
hosting verb or after a passive one, its attendees those named after attendance cues and
in its part of the article::

    Dinas Perikanan menggelar pelatihan di Balai Desa Tirtamulya, Senin (3/5).
    → a training event on that Monday, at the venue Balai Desa Tirtamulya

A trigger of the article's lead without a date of its own takes the story's date (the
first date the lead gives), as a reader does ("Sidang … kembali digelar." … ", Senin
(21/8)"). A disaster or an incident (``kind`` disaster or incident in ``events.tsv``: "Gempa
mengguncang …", "Perampokan itu terjadi …") is an event with a date and a place but no
organizer and no attendees. A statement given at a place on a day ("…," kata Kapolres X di
Mapolres Contoh, Senin.) is a statement event of its speaker when no other event of the
article falls on that day, and gives its venue to the event of that day that has none. A
date that dates only the report ("Menurut X, Senin, …") is not the event's::

    Tanah longsor menerjang Desa Sukamaju, Sabtu (1/4).
    → a disaster on that Saturday, at Sukamaju, with no organizer

Leaves to later passes: nothing of events; the mention spans are settled later.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from ...types import Event, Role
from .. import dates as dates_mod
from ..document import Document, Pass, Spans, is_country, tokens_in
from ..lexicon import _alternation, top_level_alternatives
from ..lookup.heads import head_places
from ..lookup.places import place_in

__all__ = ["find_events", "PASS"]


def _venue_end(doc: Document, pos: int, limit: int) -> int:
    """End of a venue's name starting at ``pos`` ("Lapangan H. Umar Said"); a region after its
    own name ends it ("Hotel Contoh Menteng Jakarta": the hotel)."""
    lx = doc.lx
    toks = tokens_in(doc, pos, limit)
    head = lx.LOWER_VENUE_RE.match(doc.text, pos)
    j = 0
    while j < len(toks) and head and toks[j].end <= head.end():
        j += 1  # "gedung" of "di gedung KPK"
    first_name = j if head else 1
    while j < len(toks) and (toks[j].is_cap or toks[j].text in ("H.", "dan") and j + 1 < len(toks)
                             and toks[j + 1].is_cap or toks[j].text.isdigit()):
        if toks[j].text.lower() in lx.weekdays or (j and "\n" in doc.text[toks[j - 1].end:toks[j].start]):
            break
        if j > first_name and _region_ends_venue(doc, toks[j - 1], toks[j]):
            break
        j += 1
    return toks[j - 1].end if j else pos


def _region_ends_venue(doc: Document, prev, tok) -> bool:
    """Whether the region named at ``tok`` follows a venue's name rather than being part of it:
    not after a body's or office's word ("Gedung DPRD Klaten", "Kantor Bupati Klaten",
    "Mapolres Belu") or a number ("SD Negeri 7 Turikale"), nor when the word before and the region make a name the article
    writes elsewhere too ("Pasar Induk Muara Bungo" … "Kecamatan Pasar Muara Bungo")."""
    lx, text = doc.lx, doc.text
    region = next((b for (a, b), (k, _) in doc.mentions.items()
                   if a == tok.start and k.startswith("place:") and doc.ents.get(k) is not None
                   and doc.ents[k].level in ("regency", "city", "district", "province", "country")), None)
    if region is None:  # (a venue read whole by an earlier pass hides the region's mention)
        m = lx.REGION_RE.match(text, tok.start)
        region = m.end() if m else None
    if region is None:
        return False
    if any(a <= prev.start and region <= b for a, b, k in doc.mentions.within(max(0, prev.start - 80), region, ("org",))):
        return False  # the region ends a body's name the venue holds ("kantor DPD Partai X Jawa Timur")
    w = prev.text
    if w.isupper() or w.isdigit() or w in lx.titles or w in lx.institutions or w in lx.level_words or lx.VENUE_RE.fullmatch(w):
        return False
    joined = text[prev.start:region]
    return text.lower().count(joined.lower()) < 2


def _add_venue(doc: Document, pos: int, limit: int) -> str | None:
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
    within = within or place_in(doc, (pos, end)) or _place_after(doc, end) or doc.region
    ent = doc.add("place", f"{name} venue", pos, level="venue", within=within, mentioned=True)
    ent.name = name
    for (a, b), (k, _) in list(doc.mentions.items()):
        # a piece of the venue's name read before as a place of its own ("SD Negeri" of "SD Negeri
        # 3 Sukamaju") is no place; a region in it ("Klaten" of "Alun-alun Klaten") is
        if pos <= a and b <= end and (a, b) != (pos, end) and k.startswith("place:") and \
                doc.ents[k].level == "other":
            del doc.mentions[(a, b)]
            if not any(k2 == k for k2, _ in doc.mentions.values()) and not any(
                    k in (ev.location, ev.organizer) for ev in doc.events) and not any(
                    e.kind == "place" and e.within == k for e in doc.ents.values()):
                del doc.ents[k]  # (nothing refers to it yet)
    doc.mention(pos, end, ent.key)
    return ent.key


def _venue_at(doc: Document, s: int, e: int) -> str | None:
    """The venue of an event sentence: "di/bertempat di" and a venue word, or the place a visit
    is to ("meninjau Pasar Induk …")."""
    for m in doc.lx.EVENT_CUE_RE["venue"].finditer(doc.text[s:e]):
        pos = s + m.end()
        if doc.lx.VENUE_RE.match(doc.text, pos):
            key = _add_venue(doc, pos, e)
            if key:
                return key
    for m in re.finditer(r"\b(?:di|ke)\s+", doc.text[s:e]):  # (also "mengembalikan formulir ke kantor DPD …")
        pos = s + m.end()
        if doc.lx.LOWER_VENUE_RE.match(doc.text, pos):
            key = _add_venue(doc, pos, e)
            if key:
                return key
    for m in re.finditer(r"\bdi\s+", doc.text[s:e]):  # "di Jakarta Convention Center": its last word says so
        tail = doc.lx.TAIL_VENUE_RE.match(doc.text, s + m.end())
        if tail and tail.end() <= e:
            key = _add_venue(doc, tail.start(), tail.end())
            if key:
                return key
    # a venue named after a few words of where in it ("di salah satu kamar Hotel Contoh", "di rumahnya
    # Kompleks Contoh")
    for m in _DI_WHERE_IN_RE.finditer(doc.text, s, e):
        if doc.lx.VENUE_RE.match(doc.text, m.end()):
            key = _add_venue(doc, m.end(), e)
            if key:
                return key
    return None


# "di" and one to three lower-case words that are no verb nor a relative clause, before a capital
_DI_WHERE_IN_RE = re.compile(r"\bdi\s+(?:(?!yang\b|(?:me|ber|di)[a-z])[a-z]\w*\s+){1,3}(?=[A-Z])")


def _place_after_di(doc: Document, s: int, e: int) -> str | None:
    """The first place named just after a "di" in ``s:e`` ("di ruas Jalan Contoh")."""
    for dm in re.finditer(r"\bdi\s+", doc.text[s:e]):
        at = [k for a, b, k in doc.mentions.starting_between(s + dm.end(), s + dm.end() + 13)
              if k.startswith("place:") and not is_country(doc.ents.get(k))]  # ("terbesar di Indonesia": no venue)
        if at:
            return at[0]
    return None


def _place_after(doc: Document, end: int) -> str | None:
    m = re.match(r"\s*,\s*", doc.text[end:end + 4])
    if not m:
        return None
    pos = end + m.end()
    for s, e, k in doc.mentions.starting_between(pos, pos + 13):
        if k.startswith("place:"):
            return k
    return None


# the kinds of ``events.tsv`` that strike rather than being held: a date and a place, no organizer,
# no attendees
STRIKING = frozenset({"disaster", "incident"})
# the type of a word that names any occurrence ("Acara … digelar …, Rabu"): on the day of an event the
# article told already, it is that event
ANY_OCCURRENCE = "event"

_STILL_RE = re.compile(r"\bmasih\s+(?:[a-z]\w*\s+)?$")
_RELATIVE_RE = re.compile(r"\byang\s+(?:[a-z]\w*\s+){0,2}$")
_FOR_RE = re.compile(r"\b(?:untuk|bagi|guna|demi)\s+$")
# a verb of an occurrence right after "untuk/agar/supaya" (and "segera"): the purpose or a demand
_WANTED_RE = re.compile(r"\b(?:untuk|agar|supaya|guna)\s+(?:segera\s+)?$")
_UNTIL_RE = re.compile(r"\b(?:hingga|sampai|s\.d\.?|sd)\s*$")  # the last day of a range
_STATEMENT_AT = (r"\bdi\s+(?:(?=[A-Z]|(?:gedung|kantor|markas)\s+[A-Z])|(?P<area>(?:{within})\s+(?=[A-Z]))|"
                 r"(?P<own>(?:kantor|rumah|kediaman|ruang\s+kerja)nya,?\s+))")


@lru_cache(maxsize=4)
def _statement_at_re(lx) -> re.Pattern:
    """"di" and where a statement was given: a name, a body's building, a part of a place named after
    it (``said_within``: "di kawasan Senayan") or the speaker's own office."""
    return re.compile(_STATEMENT_AT.format(within="|".join(lx.event_cues["said_within"])))
_CLAUSE_RE = re.compile(r"[^.;:]{0,80}")
_BEFORE_IT_RE = re.compile(r"\bsebelum\b")
_WHICH_RE = re.compile(r"\byang\s+$")


@lru_cache(maxsize=256)
def _dates_in(text: str, s: int, e: int) -> tuple[dates_mod.DateExpr, ...]:
    """The date expressions of ``text[s:e]``, found once (a sentence is read for a trigger, a
    statement and the story's date)."""
    return tuple(dates_mod.find_dates(text, s, e))


# a date that names its day beats a weekday, which beats "hari ini" ("hari ini, Senin (24/10/2016)")
def _specificity(d: dates_mod.DateExpr) -> int:
    return 0 if d.day else 1 if d.weekday is not None else 2


def _ahead_of(doc: Document, after: int, at: int) -> bool:
    """Whether a word between an event's word (ending at ``after``) and a date at ``at`` names a
    later occurrence the event comes before (``ahead_of``: "laga uji coba jelang Liga Contoh …
    15 April"): the date is that occurrence's, not the event's."""
    return after < at and doc.lx.EVENT_CUE_RE["ahead_of"].search(doc.text, after, at) is not None


def _date_of(doc: Document, s: int, e: int, anchor: date | None,
             today: Callable[[], date | None] | None = None,
             trigger: tuple[int, int] | None = None) -> tuple[date | None, str | None]:
    """The date a sentence gives: its most specific date expression that resolves. "hari ini"
    is ``today()`` (the day the article was written) when known, else the publication day.
    Given the event word's span, not a date that only dates the report of it (``_reported``), nor
    one after "jelang" that dates the later occurrence it comes before (``ahead_of``)."""
    text = doc.text
    found = [d for d in _dates_in(text, s, e)
             if not _UNTIL_RE.search(text, max(s, d.start - 12), d.start) and not doc.in_quote(d.start)
             and not _in_a_name(doc, s, d) and not (trigger and _reported(doc, s, d.start, trigger))
             and not (trigger and _ahead_of(doc, trigger[1], d.start))]
    for d in sorted(found, key=_specificity):
        written = today() if d.relative is not None and today else None
        base = written or doc.article.published
        when, why = dates_mod.resolve(d, base, text, anchor)
        if when:
            return when, why
    return None, None


_NAME_BEFORE_RE = re.compile(r"\b([A-Z][\w-]*)\s+$")
_DAY_MONTH_RE = re.compile(r"\d{1,2}\s+[A-Z]")


def _in_a_name(doc: Document, s: int, d: dates_mod.DateExpr) -> bool:
    """Whether a day and month are part of a name ("Stadion 17 Mei", "Universitas 17 Agustus"):
    right after a capitalized word that is not a weekday, inside its sentence. A day of prose
    follows "pada", a weekday or a comma.

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> text = "Kedua tim bersua di Stadion 17 Mei, Jumat (19/5)."
    >>> doc = Document(Article("a", text), lexicon())
    >>> [_in_a_name(doc, 0, d) for d in dates_mod.find_dates(text)]
    [True, False]
    """
    if not d.day or d.weekday is not None or not _DAY_MONTH_RE.match(doc.text, d.start):
        return False  # ("Mingu (17/9)": a misspelt weekday, no name)
    m = _NAME_BEFORE_RE.search(doc.text, max(s, d.start - 30), d.start)
    return bool(m) and m.start(1) > s and m.group(1).lower() not in doc.lx.weekdays


# words between a reporting verb and the date of the report ("kata Kepala Bidang Humas Polda X
# Komisaris Besar Y, Senin"): at most this many
REPORT_WORDS = 10


def _reported(doc: Document, s: int, at: int, trigger: tuple[int, int]) -> bool:
    """Whether the date at ``at`` dates the report, not the event whose word is at ``trigger``:
    it follows a reporting verb or phrase of its sentence with no more than a name, a title and
    "di" between them, and the event's word is not among them ("Menurut Kapolres X, Senin
    (3/5), penangkapan itu …", "mengutip keterangan Menteri X, Rabu (4/1), … pelatihan …").
    The day the news was told is not the day of what it tells.

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> text = "Menurut Kapolres Rudi Wibisana, Senin (3/5), penangkapan itu berdasarkan laporan warga."
    >>> doc = Document(Article("a", text), lexicon())
    >>> _reported(doc, 0, text.index("Senin"), (text.index("penangkapan"), text.index(" itu")))
    True
    >>> text = "Polisi menangkap Rudi Wibisana, Senin (3/5), kata Kapolres."
    >>> doc = Document(Article("a", text), lexicon())
    >>> _reported(doc, 0, text.index("Senin"), (text.index("menangkap"), text.index(" Rudi")))
    False
    """
    text, lx = doc.text, doc.lx
    lo = max(s, at - 120)
    cues = [m for rx in (lx.STATEMENT_RE, lx.EVENT_CUE_RE["said"], lx.EVENT_CUE_RE["reporting"])
            for m in rx.finditer(text, lo, at) if not doc.in_quote(m.start())]
    if not cues:
        return False
    cue = max(cues, key=re.Match.end)
    between = text[cue.end():at]
    if cue.end() <= trigger[0] < at or re.search(r"[.;:!?]", between):
        return False
    return len(between.split()) <= REPORT_WORDS


# how many days before its publication an article may have been written ("hari ini" of the
# day before, when the article dates its statements "Rabu (31/5)" and appears on Thursday)
WRITTEN_BEFORE_DAYS = 3
# an event dated this long before the publication is history told as background, not news; or a
# day and month written without a year and meant to come ("15 April mendatang", "rencana unjuk
# rasa pada 2 Desember"), read back into the past year (no event of the golds is dated even half
# a year before its article; of 600 real articles, all six events so dated were such)
BACKGROUND_DAYS = 180
# an event dated more than a month before the publication is the story's background ("Novel disiram air
# keras pada 11 April 2017" in a report of July, "Sebelumnya, Argentina ditahan imbang Venezuela, 6 September
# lalu"): the news a reader lists is of the last weeks (of 2,629 events found in 3,214 pool articles, 76 were
# so dated, nearly all background or a day read into the wrong month; no event of the development golds
# dated so is found)
NEWS_DAYS = 30


def _writing_day(doc: Document) -> date | None:
    """The day the article was written, when its dated statements say it was before the
    publication day: the latest weekday-and-date ("Rabu (31/5)") of the few days before
    publication, unless a date of the publication day itself is given."""
    pub = doc.article.published
    if pub is None:
        return None
    days = set()
    for d in dates_mod.find_dates(doc.text):
        if d.day and d.weekday is not None and not doc.in_quote(d.start):
            when, _ = dates_mod.resolve(d, pub, doc.text)
            if when:
                days.add(when)
    if pub in days:
        return None
    recent = [d for d in days if pub - timedelta(days=WRITTEN_BEFORE_DAYS) <= d < pub]
    return max(recent) if recent else None


# the lead: its paragraphs give the story's date to a trigger that gives none
LEAD_PARAGRAPHS = 3

# an occurrence dated this many days or more before the day the lead gives is an earlier one, told
# as the story's background, not the lead's news told again with its own day
EARLIER_DAYS = 7

# an event whose word names one only with its own day (``dated`` "own" in events.tsv) dated this
# long before the publication is background
OWN_DAY_BACKGROUND_DAYS = 60
# the ``dated`` values of such words: "lead" is "own" but for a verb of the first paragraph, which may
# tell the article's news with no day ("Penyanyi X merilis dua single …": an occurrence of no day)
OWN_DAY = ("own", "lead")


def _story_date(doc: Document, today: Callable[[], date | None] | None = None) -> tuple[date | None, str | None]:
    """The first date the article's lead gives, outside quotations ("siang ini" is the day the
    article was written, as for any event: ``today``) and not after "sejak"; none when that date is
    background (``BACKGROUND_DAYS`` before publication or more: "… pada 29 September nanti",
    written without its year, read back a year), as an event of that date would be."""
    if not doc.paragraphs:
        return None, None
    lead_end = doc.paragraphs[min(LEAD_PARAGRAPHS, len(doc.paragraphs)) - 1][1]
    for s, e in doc.sentences:
        if s >= lead_end:
            break
        when, why = _date_of(doc, s, e, None, today)
        if when and _only_since(doc, s, e):
            continue  # ("Gugatan … yang dilayangkan sejak 22 Maret kemarin akhirnya diputuskan": when a state began)
        if when:
            if doc.article.published and when < doc.article.published - timedelta(days=BACKGROUND_DAYS):
                return None, None
            return when, why
    return None, None


def _only_since(doc: Document, s: int, e: int) -> bool:
    """Whether every date of the sentence follows "sejak": it dates when a state began, not the
    story's news."""
    text = doc.text
    return all(_SINCE_RE.search(text, max(s, d.start - 10), d.start) for d in _dates_in(text, s, e))


def _story_sentence(doc: Document, story: date | None,
                    today: Callable[[], date | None] | None = None) -> tuple[int, int] | None:
    """The sentence of the lead that gives the story's date (``_story_date``)."""
    if story is None or not doc.paragraphs:
        return None
    lead_end = doc.paragraphs[min(LEAD_PARAGRAPHS, len(doc.paragraphs)) - 1][1]
    return next(((s, e) for s, e in doc.sentences if s < lead_end and _date_of(doc, s, e, None, today)[0] == story),
                None)


def _venue_said_in(doc: Document, ev: _Draft, day: date,
                   today: Callable[[], date | None] | None = None) -> str | None:
    """Where a statement of the event's part was given, when its reporting clause names a place
    and no other day (:func:`_statement_in`): the first such, not in a country named alone. (Not of
    an arrest or a search, whose police speak at their seat, nor of a match, whose sides speak
    anywhere: the caller leaves those.)"""
    lo, hi = ev.section
    for s, e in doc.sentences:
        if s < lo or s >= hi:
            continue
        st = _statement_in(doc, s, e, day, today, on=day)
        if st and st.venue and not is_country(doc.ents.get(st.venue)):
            return st.venue
    return None


def _venue_pointed_back_to(doc: Document, ev: _Draft) -> str | None:
    """The venue the sentence before names, when the event's first sentence opens with words that
    point back to it (``there`` in event_cues.tsv: "Di sana", "Di tempat itu")."""
    s, e = ev.sentences[0]
    m = doc.lx.EVENT_CUE_RE["there"].match(doc.text, s)
    i = bisect_left(doc.sentence_starts, s)
    if not m or i == 0:
        return None
    before = doc.sentences[i - 1]
    for dm in re.finditer(r"\bdi\s+", doc.text[before[0]:before[1]]):
        at = before[0] + dm.end()
        body = next(((a, b, k) for a, b, k in doc.mentions.starting_between(at, at + 1) if k.startswith("org:")), None)
        if body and not doc.in_quote(at):  # ("… di Pusat Kajian Contoh (PKC)": the body's seat)
            a, b, k = body
            return _seat(doc, a, a + len(doc.ents[k].name) if doc.text.startswith(doc.ents[k].name, a) else b)
    return _venue_at(doc, *before) or _place_after_di(doc, *before)


def _body_behind_its_team(doc: Document, a: int, key: str) -> str:
    """The body a team or a unit named at ``a`` acts for, when its name opens with an agent's noun
    (the ``agent`` nouns of event_cues.tsv) and ends with a name the article gives a body elsewhere
    ("Tim Satgas BPOS menangkap …": BPOS), else ``key``."""
    ent = doc.ents.get(key)
    if not key.startswith("org:") or ent is None or not _agent_re(doc.lx).match(doc.text, a):
        return key
    end = next((b for x, b, k in doc.mentions.starting_between(a, a + 1) if k == key), None)
    words = doc.text[a:end].split() if end else []
    named = {doc.text[x:b]: k for (x, b), (k, _) in doc.mentions.items() if k.startswith("org:") and k != key}
    return next((named[" ".join(words[i:])] for i in range(1, len(words)) if " ".join(words[i:]) in named), key)


@lru_cache(maxsize=4)
def _agent_re(lx) -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(lx.event_cues['agent'])})\s", re.I)


def _lead_tells_it_as_background(doc: Document, ev: _Draft) -> bool:
    """Whether the lead's sentence of the event ``ev`` tells it as background ("Sebelumnya ia
    ditangkap …") or as the case the news is about ("Kasus penangkapan X kini memasuki babak baru")."""
    s, e = ev.sentences[0]
    cue = doc.lx.EVENT_CUE_RE
    if cue["background"].search(doc.text, s, e):
        return True
    t0 = ev.trigger[0]
    return any(m.end() == t0 for m in cue["about"].finditer(doc.text, max(s, t0 - 30), t0 + 1)) or \
        any(not doc.text[m.end():t0].strip() for m in cue["about"].finditer(doc.text, max(s, t0 - 30), t0))


def _story_day_is_a_report(doc: Document) -> bool:
    """Whether the lead's first date dates a report ("kata Rudi dalam rilis …, Jumat (28/10)"), not
    an occurrence the lead tells ("Juventus … menang 2-1 di kandang Bologna, Sabtu (27/5)"): only
    then is an undated event of the lead that took it the one told later with a day of its own;
    the lead's occurrence keeps its day.

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> _story_day_is_a_report(Document(Article("a", "Sukamaju FC menang 2-1, Sabtu (27/5/2017)."), lexicon()))
    False
    """
    if not doc.paragraphs:
        return False
    lead_end = doc.paragraphs[min(LEAD_PARAGRAPHS, len(doc.paragraphs)) - 1][1]
    lx = doc.lx
    for s, e in doc.sentences:
        if s >= lead_end:
            break
        if _date_of(doc, s, e, None)[0]:
            return any(rx.search(doc.text, s, e) for rx in (lx.STATEMENT_RE, lx.EVENT_CUE_RE["said"],
                                                             lx.EVENT_CUE_RE["reporting"]))
    return False


def _dateline_end(doc: Document) -> int:
    """Where the dateline ("Jakarta (ANTARA News) -", "Suara.com -") ends: a body named there
    is the publisher, not the organizer of anything."""
    m = _DATELINE_RE.match(doc.text)
    if not m:
        return 0
    head = m["head"].strip()
    pub = (doc.article.publisher or "").replace(" ", "").lower()
    if "(" in head or "," in head or re.search(r"\.(?:com|co\.id|id|net)$", head) or \
            (pub and head.replace(" ", "").lower() == pub):
        return m.end()
    return 0


def _dateline_city(doc: Document) -> str | None:
    """The city the dateline names ("Sukamaju (ANTARA News) -", "KOTA.NET, SUKAMAJU -"): where the
    reporter was, and so where the occurrence the first paragraph tells took place when that paragraph
    names no place for it (``find_events``). A province or a country is no such city (``_DATELINE_LEVELS``).

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Sukamaju (ANTARA News) - Bus rombongan atlet mengalami kecelakaan, Senin "
    ...                     "(21/8/2017).", published=date(2017, 8, 22)))
    >>> [p.name for p in x.places if p.key == x.events[0].location]
    ['Sukamaju']
    """
    end = _dateline_end(doc)
    return next((k for a, b, k in doc.entity_mentions_in(0, end, kinds=("place",))
                 if getattr(doc.ents.get(k), "level", None) in _DATELINE_LEVELS), None) if end else None


def _other_place(doc: Document, city: str, start: int, end: int) -> bool:
    """Whether ``start:end`` names a place other than ``city`` and countries (whose teams, delegations
    or products a lead names: "Bus tim squash Thailand …"): the occurrence may have been there."""
    return any(k != city and not is_country(doc.ents.get(k)) for a, b, k in doc.entity_mentions_in(start, end, kinds=("place",)))


# the places a dateline names that a reporter was in: a city or a regency; not a province, which is
# where the national desks write from whatever they report ("Jakarta, CNN Indonesia -": DKI Jakarta)
_DATELINE_LEVELS = frozenset({"city", "regency", "district", "village"})


_DATELINE_RE = re.compile(r"(?P<head>[^\n]{1,50}?)\s+(?:-\s*-|--|[–—-])\s")


# lowercase words between a statement's speaker (or its verb) and the "di" of the place it was
# given at, unless they say when or how it was given
SAID_AT_WORDS = 3
_CIRCUMSTANCE_RE = re.compile(r"[\s,]*(?:saat|ketika|usai|seusai|setelah|sebelum|sesudah|dalam|seraya|sambil)\b")


@dataclass
class _Statement:
    """A statement given at a place on a day ("kata X di Mapolres Contoh, Senin")."""

    date: date
    why: str | None
    venue: str | None  # key of the place
    speaker: str | None  # key of the person
    sentence: tuple[int, int]
    after: tuple[int, int] | None = None  # its clause from "usai menghadiri" up to "di": the event it followed


def _statement_in(doc: Document, s: int, e: int, anchor: date | None,
                  today: Callable[[], date | None] | None = None, on: date | None = None) -> _Statement | None:
    """The statement a sentence's reporting clause places and dates, if it does; given ``on``, also
    one it places without a day, or on that day (one of an event's part, given at the event)."""
    lx, text = doc.lx, doc.text
    if "di " not in text[s:e]:
        return None
    # (a passive report says so too: "Hal itu disampaikan Kapuspen X di Jakarta, Rabu")
    for m in sorted((*lx.STATEMENT_RE.finditer(text, s, e), *lx.EVENT_CUE_RE["said"].finditer(text, s, e)),
                    key=re.Match.start):
        if doc.in_quote(m.start()):
            continue
        stop = next((q.open_at for q in doc.quotes_spans if m.end() <= q.open_at < e), e)
        clause = text[m.end():stop]
        at = _statement_at_re(lx).search(clause)
        # (those who accompany the speaker lengthen the clause: "kata X didampingi Y, Z, di lokasi banjir, di …")
        told = clause[:at.start()] if at else ""
        company = lx.EVENT_CUE_RE["accompanied"].search(told)
        if not at or lx.EVENT_CUE_RE["remote"].search(told) or len(told[:company.start()] if company else told) > 90:
            continue
        pos = m.end() + at.end()
        people = [(a, b, k) for a, b, k in doc.entity_mentions_in(m.end(), pos, kinds=("person",))]
        # "di" right after the speaker (titles, a few words, or when and how: "saat ditemui usai …"),
        # not a place in what was said ("Agus mengatakan X terpisah dari rombongannya setelah … di
        # Masjidil Haram")
        between = text[people[-1][1] if people else m.end():m.end() + at.start()]
        if sum(w[0].islower() for w in between.split()) > SAID_AT_WORDS and not _CIRCUMSTANCE_RE.match(between):
            continue
        when, why = _date_of(doc, pos, stop, anchor, today)
        if not when and on is None or on is not None and when not in (None, on):
            continue
        if not when and (not people or sum(w[0].islower() for w in text[m.end():people[0][0]].split()) > 2
                         or _BEFORE_IT_RE.search(text, m.end(), stop)
                         or _WHICH_RE.search(text, max(s, m.start() - 5), m.start())):
            # (without a day, only a speaker named right after the verb: "Ia menegaskan tak sembarang orang bisa
            # mengunjungi X di Rutan Y" tells where others go; and not before the event: "ungkap X saat ditemui
            # di Ruang Y beberapa jam sebelum acara berlangsung" was given elsewhere; nor a relative clause, "materi
            # kuliah yang disampaikan X di Sukamaju", which names what was said, not a report of it)
            continue
        # "ujar X di kantornya, Jakarta, Sabtu": the city its office is in
        venue = _venue_or_place(doc, pos, stop)
        if venue is None and at.group("area"):  # ("di area Car Free Day Jalan X Bandung": the place it names)
            venue = next((k for a, b, k in doc.entity_mentions_in(pos, min(stop, pos + 60), kinds=("place",))
                          if not is_country(doc.ents.get(k))), None)
        # ("kata X usai menghadiri pembukaan pameran di Gedung Y, Senin": given after the event it attended)
        follow = lx.EVENT_CUE_RE["said_after"].search(told)
        after = (m.end() + follow.start(), m.end() + at.start()) if follow else None
        if after:  # (not one named in the event it followed: "katanya usai menghadiri peluncuran buku X di …")
            people = [p for p in people if p[1] <= after[0]]
        speaker = people[0][2] if people else next(
            (q.speaker for q in doc.quotes if q.speaker and s <= q.end <= m.start() + 3), None)
        return _Statement(when or on, why, venue, speaker, (s, e), after)
    return _statement_before(doc, s, e, anchor, today) if on is None else None


# the place and day of a statement told between its speaker and the verb ("Menteri X di Kota Contoh,
# Minggu, mengatakan …", the style of a news agency)
_PLACE_DAY_BEFORE_RE = re.compile(r"\s+di\s+(?P<place>[A-Z][^,.;:]{1,60}?)(?:,\s*[A-Z][^,.;:]{1,40}?)?,\s*"
                                  r"(?P<day>[A-Z][^,.;:]{2,30}?),\s*$")
_PLACE_DAY_SHAPE_RE = re.compile(r"\sdi\s+[A-Z][^,.;:]{1,60},[^,.;:]{2,50},")  # (its shape, looked for first)


def _statement_before(doc: Document, s: int, e: int, anchor: date | None,
                      today: Callable[[], date | None] | None = None) -> _Statement | None:
    """A statement whose place and day stand between its speaker and the verb of saying
    ("Menteri Perhubungan Rudi Wibisana di Kota Sukamaju, Minggu, mengatakan …"): the speaker's
    name ends right before "di", the day is a weekday or a date, the verb follows its comma.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Menteri Perhubungan Rudi Wibisana di Kota Sukamaju, Minggu, mengatakan jalur kereta "
    ...                     "api segera dibangun.", published=date(2017, 10, 9)))
    >>> [(ev.event_type.label_en, str(ev.start)) for ev in x.events]
    [('press conference', '2017-10-08')]
    """
    text = doc.text
    if not _PLACE_DAY_SHAPE_RE.search(text, s, e):
        return None
    for m in doc.lx.STATEMENT_RE.finditer(text, s, e):
        if doc.in_quote(m.start()):
            continue
        at = _PLACE_DAY_BEFORE_RE.search(text, max(s, m.start() - 120), m.start())
        if not at or at.end() != m.start():
            continue
        people = [k for a, b, k in doc.entity_mentions_in(max(s, at.start() - 80), at.start() + 1, kinds=("person",))
                  if b == at.start()]
        if not people:
            continue
        when, why = _date_of(doc, at.start("day"), at.end("day"), anchor, today)
        if not when:
            continue
        venue = _venue_or_place(doc, at.start("place"), at.end("place"))
        return _Statement(when, why, venue, people[0], (s, e))
    return None


def _apart(doc: Document, st: _Statement, ev: _Draft) -> bool:
    """Whether a statement given on the day of the event ``ev`` is one of its own rather than
    given at that event: nobody holds a disaster ("Banjir merendam …" … "kata Kepala BPBD di
    lokasi banjir"); two people speaking at two places give two statements; and a statement given
    away from where the event took place ("Polisi menangkap X di Desa A, Jumat." … "kata Kapolres
    di Mapolres B, Jumat."), a body named there being its seat ("X masih menjalani pemeriksaan di
    BNN" … "ujar Rudi di Gedung DPR").

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Bambang Sutejo menjalani pemeriksaan di Kejaksaan Negeri Sukamaju, Rabu "
    ...                     '(14/6/2017). "Kami prihatin," ujar Rudi Wibisana di Gedung Contoh, Rabu (14/6/2017).'))
    >>> [ev.event_type.label_en for ev in x.events]
    ['examination', 'press conference']
    """
    if ev.type["kind"] in STRIKING:
        return True
    if st.after and st.after[0] <= ev.trigger[0] < st.after[1]:
        return True  # (given after the event its speaker attended: "kata X usai menghadiri pembukaan …, Senin")
    if ev.statement:
        return ev.statement.speaker not in (None, st.speaker) and ev.statement.venue != st.venue
    if st.venue is None or st.sentence in ev.sentences:
        return False
    s, e = ev.sentences[0]
    where = _place_after_di(doc, s, e) or next(
        (k for dm in re.finditer(r"\bdi\s+", doc.text[s:e])
         for a, b, k in doc.mentions.starting_between(s + dm.end(), s + dm.end() + 1) if k.startswith("org:")), None)
    return where not in (None, st.venue)


def _venue_or_place(doc: Document, pos: int, limit: int) -> str | None:
    """The venue named at ``pos``, else the place mentioned there."""
    if doc.lx.VENUE_RE.match(doc.text, pos) or doc.lx.LOWER_VENUE_RE.match(doc.text, pos):
        key = _add_venue(doc, pos, limit)
        if key:
            return key
    at = [k for (a, b), (k, _) in sorted(doc.mentions.items())
          if k.startswith("place:") and pos <= a <= pos + 2]
    return at[0] if at else None


@dataclass
class _Draft:
    """An event while its sentences are gathered."""

    type: dict[str, str]  # its row of events.tsv
    trigger: tuple[int, int]  # the event word that started it
    date: date | None = None
    why: str | None = None  # how the date was inferred, when it was
    sentences: list[tuple[int, int]] = field(default_factory=list)
    online: bool = False
    section: tuple[int, int] = (0, 0)  # its part of the article: up to the next event
    venue: str | None = None  # the venue a statement of that day gave
    aside: bool = False  # only where a statement was given ("kata dia di sela-sela acara …")
    statement: _Statement | None = None  # a press conference: the statement it was read from
    told: set[str] = field(default_factory=set)  # the types its sentences' event words name
    dated: list[tuple[int, int]] = field(default_factory=list)  # its sentences that give its day
    ahead: bool = False  # told as still to come: only its own sentences tell who will take part
    # the sentences of events still to come inside its part, which tell nobody of it
    elsewhere: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _earlier_re(months: tuple[str, ...]) -> re.Pattern:
    month = "|".join(months)
    return re.compile(rf"\s+(?:[a-z]\w*\s+){{0,2}}?(?:(?:pekan|minggu|bulan|tahun)\s+(?:lalu|silam|sebelumnya)|"
                      rf"(?:{month})\s+(?:lalu|silam)|sebelumnya)\b", re.I)


def _earlier(doc: Document, end: int, limit: int) -> bool:
    """Whether the event word ending at ``end`` is dated to a past other than a day ("dalam persidangan
    April lalu", "saat bersaksi dalam persidangan pekan lalu", "pada pemeriksaan sebelumnya"): another,
    earlier event of its kind, which continues none told with its day.

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> text = "Dalam persidangan April lalu, Rudi mengaku mengenal Bambang."
    >>> _earlier(Document(Article("a", text), lexicon()), text.index(" April"), len(text))
    True
    """
    return bool(_earlier_re(tuple(doc.lx.months)).match(doc.text, end, limit))


def _is_trigger(doc: Document, s: int, seg: str, m: re.Match) -> bool:
    """Whether an event word found in a sentence starts an event there: not inside a body's or
    a person's name. A disaster word does
    when the disaster strikes in its clause ("Gempa … mengguncang …", "terjadi banjir"),
    not when it only names a body ("Satgas Penanganan Darurat Banjir") or a consequence
    ("korban tertimbun tanah longsor")."""
    row = doc.lx.event_rows[int(m.lastgroup[1:])]
    a, b = s + m.start(), s + m.end()
    if _in_name(doc, a, b):
        return False
    if row["kind"] not in STRIKING:
        return True
    strike = doc.lx.EVENT_CUE_RE["strike"]
    after = _CLAUSE_RE.match(seg, m.end()).group(0)
    return bool(strike.fullmatch(m.group(0)) or strike.search(after) or strike.search(seg[max(0, m.start() - 25):m.start()]))


def _in_name(doc: Document, a: int, b: int) -> bool:
    """Whether ``a:b`` lies inside the name of a body or a person ("Badan Musyawarah DPRD",
    "Forum Kerukunan Umat Beragama", "Satgas Penanganan Darurat Banjir"): an event word there
    names no event."""
    return any(x <= a and b <= y and (x, y) != (a, b) and k.split(":")[0] in ("org", "person")
               for x, y, k in doc.mentions.starting_between(a - doc.mentions.longest, a + 1))


def _trie(words: list[str]) -> str:
    """A regular expression that matches any of ``words``, as a tree of their letters (the engine
    then tries each letter once instead of each word); a space ending a word is the word's end."""
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [(r"\b" if c == " " else re.escape(c)) + pattern(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        one = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{one})?" if "" in node else one
    return pattern(tree)


@lru_cache(maxsize=4)
def _trigger_starts(patterns: tuple[str, ...]) -> re.Pattern | None:
    """The letters every event word starts with, for all rows of events.tsv at once ("penembakan",
    "rapat", "tele" of "tele-?conference"), as one pattern: an event word starts only where it
    matches, and the rows' pattern is tried there only, not at every word of every sentence. None
    when a row's alternative starts with no letters to know it by (then every word is tried).

    >>> _trigger_starts(("rapat|sidang (?:a|b)", "tele-?conference")).pattern
    '\\\\b(?=[a-z])(?:rapat\\\\b|sidang\\\\b|tele)'
    """
    prefixes = set()
    for pattern in patterns:
        for alt in top_level_alternatives(pattern):
            m = re.match(r"[A-Za-z]+", alt)
            prefix = m.group(0) if m else ""
            if alt[len(prefix):len(prefix) + 1] in ("?", "*", "{"):  # ("tele-?": the last letter may be missing)
                prefix = prefix[:-1]
            if len(prefix) < 2:
                return None
            # (a whole word ends there: "buka" of "buka bersama" starts no "bukan")
            # (not when the space may be missing: "halal ?bihalal")
            rest = alt[len(prefix):]
            gap = " " if rest.startswith(" ") else "\\s" if rest.startswith("\\s") else ""
            whole = not rest or bool(gap) and rest[len(gap):len(gap) + 1] not in ("?", "*", "{")
            prefixes.add(prefix.lower() + (" " if whole else ""))
    return re.compile(r"\b(?=[a-z])" + _trie(sorted(prefixes)))  # (over the lower-cased text: faster than re.I)


def _starts_of_triggers(doc: Document) -> list[int] | None:
    """Where an event word may start in the article (None: anywhere)."""
    rx = _trigger_starts(tuple(row["pattern"] for row in doc.lx.event_rows))
    if rx is None:
        # (a row's alternative opens with a group: where the scan's heads start, found once for
        # the whole text, not sentence by sentence)
        return head_places(doc.lx.EVENTS_SCAN_RE, doc.text)
    lower = doc.text.lower()
    if len(lower) != len(doc.text):  # (a letter whose lower case is two: the places would shift)
        return [m.start() for m in re.compile(rx.pattern, re.I).finditer(doc.text)]
    return [m.start() for m in rx.finditer(lower)]


def _triggers_in(lx, seg: str, s: int, e: int, starts: list[int] | None) -> Iterator[re.Match]:
    """The event words of the sentence ``seg`` (at ``s:e`` of the text), left to right, none
    inside another: those the rows' scan finds, tried only where an event word may start."""
    if starts is None:
        yield from (lx.EVENTS_RE.match(seg, x.start()) for x in lx.EVENTS_SCAN_RE.finditer(seg))
        return
    end = 0
    for i in range(bisect_left(starts, s), bisect_left(starts, e)):
        at = starts[i] - s
        if at < end:
            continue
        # (the scan's pattern first: it fails at most places, three times as fast as EVENTS_RE)
        m = lx.EVENTS_RE.match(seg, at) if lx.EVENTS_SCAN_RE.pattern.match(seg, at) else None
        if m:
            end = m.end()
            yield m


def _each_with_its_day(doc: Document, s: int, e: int, first: re.Match, told: list[re.Match], ev: _Draft,
                       anchor: date | None) -> Iterator[_Draft]:
    """The other occurrences a sentence tells after its event ``ev``, each with a day of its own: the
    day and month nearest an event word after the first, between the words before and after it, when
    it is not the first one's ("pada 8 Januari dibuka pendaftaran calon, 12 Februari penetapan
    pasangan calon, dan kampanye mulai 15 Februari"). A weekday alone, or a day the first one has,
    starts no other.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "KPU Sukamaju membuka pendaftaran calon pada 8 Januari 2018, menetapkan "
    ...                     "pasangan calon pada 12 Februari 2018 dan memulai masa kampanye pada 15 Februari 2018."))
    >>> [(ev.event_type.label_en, str(ev.start)) for ev in x.events]
    [('candidate registration', '2018-01-08'), ('determination', '2018-02-12'), ('campaign', '2018-02-15')]
    """
    text = doc.text
    after = [t for t in told if t.start() >= first.end()]
    days = [d for d in _dates_in(text, s, e) if d.day and not doc.in_quote(d.start) and not _in_a_name(doc, s, d)
            and not _UNTIL_RE.search(text, max(s, d.start - 12), d.start)]
    if not after or not days:
        return
    used = {d.start for d in days if ev.date and
            dates_mod.resolve(d, doc.article.published, text, anchor)[0] == ev.date}
    for i, t in enumerate(after):
        lo = s + (after[i - 1].end() if i else first.end())
        hi = s + (after[i + 1].start() if i + 1 < len(after) else e - s)
        here = [d for d in days if lo <= d.start and d.end <= hi and d.start not in used]
        if not here:
            continue
        d = min(here, key=lambda d: min(abs(d.start - s - t.start()), abs(d.start - s - t.end())))
        if _ahead_of(doc, s + t.end(), d.start):
            continue  # (the day of the occurrence it comes before: "laga pertama jelang Liga … 15 April")
        when, why = dates_mod.resolve(d, doc.article.published, text, anchor)
        if not when or when == ev.date or (doc.article.published and when < doc.article.published - timedelta(
                days=OWN_DAY_BACKGROUND_DAYS)):
            continue
        used.add(d.start)
        yield _Draft(doc.lx.event_rows[int(t.lastgroup[1:])], (s + t.start(), s + t.end()), when, why, [(s, e)],
                     told={doc.lx.event_rows[int(t.lastgroup[1:])]["type_en"]}, dated=[(s, e)])


_SINCE_RE = re.compile(r"\bsejak\s+$", re.I)


@lru_cache(maxsize=4)
def _several_re(lx) -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(lx.event_cues['several'])})\s+$", re.I)


def _fall_back(doc: Document, fallback: list[_Draft], row: dict[str, str], mm: re.Match, s: int, e: int,
               first_end: int, undated: list[_Draft] | None = None) -> None:
    """Keep the first occurrence the article's first paragraph tells with no day of its own: the
    news of an article whose first paragraph no dated event claims (``find_events``). Not a word
    of a clause that tells the background ("paslon yang telah mendaftarkan diri") or a purpose
    ("berjalan kaki ke Jakarta untuk menemui …"), as for the lead's trigger that takes the
    story's day, or the start of a state ("Sejak diluncurkan dua tahun silam, fitur itu …"); nor of a sentence that tells what did not happen, recurs or is planned (a word
    ``not_done``, ``habit`` or ``planned`` anywhere in it: "Topan biasanya melanda …"), which
    an occurrence told with its day may, not one told without; nor a word a hope, a power or a
    readiness stands right before ("siap meluncurkan": ``_wished``); nor a word counted ("dua konser
    terakhir", "beberapa peretasan": ``several``), which names no one occurrence. Only in a
    dated article: a text of no publication day (a sentence, a document) tells no news.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> text = "Kebakaran melanda sebuah ruko di Pasar Sukamaju. Pemiliknya rugi Rp 60 juta."
    >>> x = extract(Article("a", text, published=date(2021, 5, 4)))
    >>> [(ev.event_type.label_en, ev.start) for ev in x.events]
    [('fire', None)]
    >>> extract(Article("a", text)).events
    ()
    >>> extract(Article("a", "Topan biasanya melanda pesisir Sukamaju.", published=date(2021, 5, 4))).events
    ()
    """
    seg = doc.text[s:e]
    cue = doc.lx.EVENT_CUE_RE
    if not doc.article.published or _RELATIVE_RE.search(seg, max(0, mm.start() - 30), mm.start()) or \
            _FOR_RE.search(seg, max(0, mm.start() - 10), mm.start()) or \
            _SINCE_RE.search(seg, max(0, mm.start() - 10), mm.start()) or \
            any(cue[c].search(seg) for c in ("not_done", "habit", "planned")) or \
            _several_re(doc.lx).search(seg, max(0, mm.start() - 20), mm.start()) or \
            _wished(doc, seg, mm):
        return
    if s >= first_end or fallback:
        if undated is not None and _reported_done(doc, seg, mm):
            undated.append(_Draft(row, (s + mm.start(), s + mm.end()), sentences=[(s, e)]))
        return
    fallback.append(_Draft(row, (s + mm.start(), s + mm.end()), sentences=[(s, e)]))


def _wished(doc: Document, seg: str, mm: re.Match) -> bool:
    """Whether a word that hopes, can, must or will (``hedge``) stands right before the event's word
    (at most one word between: "siap meluncurkan", "bakal segera digelar"): the occurrence is not told
    as done."""
    hedge = doc.lx.EVENT_CUE_RE["hedge"].search(seg, max(0, mm.start() - 25), mm.start())
    return hedge is not None and len(seg[hedge.end():mm.start()].split()) <= 1


# an undated occurrence told outside the first paragraph is kept only when its sentence reports it
# as done: its word a verb ("menangkap", "ditembak") or a noun after a verb of undergoing or doing
# ("mengalami kecelakaan"), not after a subordinating word
_VERB_RE = re.compile(r"(?:me|di(?!skusi|alog)|ber|ter)[a-z]")
_WORD_BEFORE_RE = re.compile(r"(\w+)\s+$")
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
# words on each side of the word in which the occurrence's doer or undergoer is named or counted
_NEAR_WORDS = 3


@lru_cache(maxsize=4)
def _subordinators(lx) -> frozenset[str]:
    """The words that make the clause of the verb after them a subordinate one (``subordinate`` cues)."""
    return frozenset(lx.event_cues["subordinate"])


def _told_as_news(doc: Document, seg: str, mm: re.Match) -> bool:
    """Whether the verb ``mm`` of a sentence of the first paragraph tells the article's news: not a time
    gone by or a habit before it (``told_since``: "Sudah hampir sebulan X merilis …", "X kerap merilis …"),
    no hope, power or duty (``hedge``), no subordinating word right before it ("Setelah merilis album …, X
    kini …"), no year before the article's ("… merilis album pertamanya pada 1999").

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> def news(text):
    ...     doc = Document(Article("a", text, published=date(2021, 5, 4)), lexicon())
    ...     return _told_as_news(doc, text, doc.lx.EVENTS_RE.search(text))
    >>> news("Band Contoh merilis album keduanya."), news("Setelah merilis album, Band Contoh kini bermain film.")
    (True, False)
    """
    cue = doc.lx.EVENT_CUE_RE
    head = seg[:mm.start()]
    before = _WORD_BEFORE_RE.search(head[:cue["done_adverb"].search(head).start()])
    return not (cue["told_since"].search(head) or cue["hedge"].search(head)
                or before is not None and before.group(1).lower() in _subordinators(doc.lx)
                or doc.article.published and any(int(y) < doc.article.published.year for y in _YEAR_RE.findall(seg)))


def _reported_done(doc: Document, seg: str, mm: re.Match) -> bool:
    """Whether the sentence ``seg`` reports the occurrence its event word ``mm`` names as done, by
    the sentence's structure: the word is its verb ("Polisi menangkap tiga orang", "X ditembak
    mati") or a noun after a verb of undergoing or doing ("X mengalami kecelakaan"), not after a
    subordinating word ("sebelum diluncurkan", "untuk melakukan demonstrasi") nor inside the
    description of a speaker ("Mantan atlet menembak X itu mengatakan"); its doer or undergoer
    is named or counted next to it (a capitalized word or a number: "menahan tiga orang"; a
    figure of speech names none: "menundukkan wajah"); and the sentence neither hedges
    ("berharap", "bakal", "bisa": ``hedge``), tells background ("pernah", a year before the
    article's) nor is a heading (no final stop).

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> def done(text):
    ...     doc = Document(Article("a", text, published=date(2017, 5, 4)), lexicon())
    ...     return _reported_done(doc, text, doc.lx.EVENTS_RE.search(text))
    >>> done("Penyidik menangkap tiga orang dalam perkara ini."), done("Dia berharap peluncuran itu lancar.")
    (True, False)
    """
    cue = doc.lx.EVENT_CUE_RE
    head = seg[:mm.start()]
    adverbs = cue["done_adverb"]
    before = _WORD_BEFORE_RE.search(head[:adverbs.search(head).start()])
    light = before is not None and cue["undergo"].fullmatch(before.group(1)) is not None
    if light:  # (the word before the verb of undergoing counts: "untuk melakukan demonstrasi")
        head = head[:before.start()]
        before = _WORD_BEFORE_RE.search(head[:adverbs.search(head).start()])
    if not (light or _VERB_RE.match(mm.group(0).lower())) or not seg.rstrip().endswith((".", "!", '"', "”")):
        return False
    if cue["hedge"].search(seg) or cue["background"].search(seg) or any(
            int(y) < doc.article.published.year for y in _YEAR_RE.findall(seg)):
        return False
    tail = seg[mm.end():]
    comma = tail.find(",")
    if doc.lx.STATEMENT_RE.search(tail[:comma if comma >= 0 else len(tail)]):
        return False
    if before is not None and before.group(1).lower() in _subordinators(doc.lx):
        return False
    several = _several_re(doc.lx)
    near = head.split()[1:][-_NEAR_WORDS:] + tail.split()[:_NEAR_WORDS]  # (the first word is capitalized)
    return any(w[:1].isupper() or w[:1].isdigit() or several.search(w + " ") for w in near)


_PER_RE = re.compile(r"\bper\s+$")
_LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-z]\w+")


@lru_cache(maxsize=4)
def _day_words_re(lx) -> re.Pattern:
    """A weekday or a month, over the lower-cased text: a sentence without one, nor a day written
    in numbers (``_DAY_NUMBER_RE``), names no day (read before its dates are looked for)."""
    return re.compile(r"\b(?=[a-z])" + _trie([w + " " for w in sorted((*lx.weekdays, *lx.months))]))


_DAY_NUMBER_RE = re.compile(r"\d/\d")  # a day written in numbers ("16/2")


def _day_word_starts(doc: Document) -> list[int]:
    """Where a weekday, a month or a day in numbers is written in the article (the words and the
    numbers scanned apart: the engine leaves every place without a digit at once, where an
    alternation of both is tried at each)."""
    lower = doc.text.lower()
    text, rx = (lower, _day_words_re(doc.lx)) if len(lower) == len(doc.text) else \
        (doc.text, re.compile(_day_words_re(doc.lx).pattern, re.I))
    return sorted([m.start() for m in rx.finditer(text)] + [m.start() for m in _DAY_NUMBER_RE.finditer(text)])


def _dated_occurrence(doc: Document, s: int, e: int, anchor: date | None,
                      today: Callable[[], date | None], day_words: list[int]) -> _Draft | None:
    """The occurrence a sentence with no event word reports on a day of its own, as a news
    article dates what happened ("Klub itu resmi merekrut X sebagai pelatih, Kamis (16/2)."): an
    event of that day, of no known kind, when the sentence has a verb, names its day (a weekday
    or a day of a month, not only "hari ini", not "per Sabtu (26/1)", which dates a state), the
    day is not a report's ("kata X, Senin") nor after the publication or long before it, the
    sentence says nothing of a statement, plan, hope, habit or what was called off, and no word
    of not happening stands right before its verb ("belum merekrut X"; "orang tidak dikenal"
    elsewhere in it negates nothing). Kept only when no event or statement of the article falls
    on that day (``find_events``).

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> def day(text):
    ...     doc = Document(Article("a", text, published=date(2017, 2, 18)), lexicon())
    ...     ev = _dated_occurrence(doc, 0, len(text), None, lambda: None, _day_word_starts(doc))
    ...     return ev.date if ev else None
    >>> day("Klub Sukamaju resmi merekrut Rudi Wibisana sebagai pelatih, Kamis (16/2).")
    datetime.date(2017, 2, 16)
    >>> day("Klub Sukamaju akan merekrut Rudi Wibisana sebagai pelatih, Kamis (23/2).") is None
    True
    >>> day("Kemarin (17/2), Harian Sukamaju melaporkan kenaikan harga cabai.") is None
    True
    """
    lx, text = doc.lx, doc.text
    pub = doc.article.published
    i = bisect_left(day_words, s)
    if not pub or i == len(day_words) or day_words[i] >= e or doc.in_quote(s) or doc.in_quote(e - 1):
        return None
    seg, cue = text[s:e], lx.EVENT_CUE_RE
    if any(rx.search(seg) for rx in (lx.STATEMENT_RE, cue["said"], cue["reporting"], cue["planned"], cue["hedge"],
                                      cue["habit"], cue["called_off"], cue["state"],
                                      cue["news_report"])):
        return None
    # (a verb: "me-", "di-", "ber-" or a verb of occurring; "ter-" also makes adjectives, "terakhir"):
    # the occurrence is named from it ("merekrut Rudi Wibisana sebagai pelatih"), not from its day
    verb = next((m for m in _LOWER_WORD_RE.finditer(text, s, e) if _VERB_RE.match(m.group())
                 and not m.group().startswith("ter") or cue["undergo"].fullmatch(m.group())), None)
    if verb is None:
        return None
    # (a word that says it did not happen negates the verb it stands before, as it does an event's word:
    # "belum menangkap X", not "dilempari batu oleh orang tidak dikenal")
    undone = cue["not_done"].search(text, max(s, verb.start() - 30), verb.start())
    if undone and len(text[undone.end():verb.start()].split()) <= 1:
        return None
    days = [d for d in _dates_in(text, s, e) if (d.day or d.weekday is not None) and not doc.in_quote(d.start)
            and not _PER_RE.search(text, max(s, d.start - 5), d.start)]
    if not days:
        return None
    when, why = _date_of(doc, s, e, anchor, today, (s, s))
    if not when or when > pub or when < pub - timedelta(days=OWN_DAY_BACKGROUND_DAYS):
        return None
    # (no kind: who took part is only who its sentence names; its day and place are known)
    row = dict(next(r for r in lx.event_rows if r["type_en"] == ANY_OCCURRENCE), attendees="none")
    return _Draft(row, verb.span(), when, why, [(s, e)])


def find_events(doc: Document) -> None:
    lx, text = doc.lx, doc.text
    events: list[_Draft] = []
    statements: list[_Statement] = []
    anchor: date | None = None
    written: list[date | None] = []

    def today() -> date | None:  # (read the whole article for it only when "hari ini" is met)
        if not written:
            written.append(_writing_day(doc))
        return written[0]
    story, story_why = _story_date(doc, today)
    inherited: set[int] = set()  # the events that took the story's date (by id)
    nouns: list[tuple[int, ...]] = []
    lead_end = doc.paragraphs[min(LEAD_PARAGRAPHS, len(doc.paragraphs)) - 1][1] if doc.paragraphs else 0
    starts = _starts_of_triggers(doc)
    # the news an article tells in its first paragraph, when no dated event of it does
    first_end = doc.paragraphs[0][1] if doc.paragraphs else 0
    fallback: list[_Draft] = []
    undated: list[_Draft] = []
    dated_only: list[_Draft] = []  # occurrences of a day no event word names
    day_words: list[list[int]] = []  # (where days are written, found once when first needed)
    for s, e in doc.sentences:
        if doc.in_quote(s) and doc.in_quote(e - 1):
            continue
        seg = text[s:e]
        said = _statement_in(doc, s, e, anchor, today)
        if said:
            statements.append(said)
        quoted = [(q.open_at - s, q.close_at - s) for q in doc.quotes_in(s, e)]
        # the reporting clause after a quote counts ("…,” kata Bagus saat meninjau lokasi …)
        # a crime named beside its arrest, search or hearing is the case, not the news ("Pelaku
        # pencurian itu ditangkap …"): an incident's word starts an event only alone
        # (so does a word that names an occurrence only with its own day: any other event word of its
        # sentence names it better, "resmi membuka pameran …", "KPU menetapkan … dalam rapat pleno")
        trig = incident = weak = None
        told = [t for t in _triggers_in(lx, seg, s, e, starts)
                if not any(a <= t.start() <= b for a, b in quoted) and _is_trigger(doc, s, seg, t)]
        for t in told:
            row = lx.event_rows[int(t.lastgroup[1:])]
            if row["dated"] in OWN_DAY:
                # ("Grup X merilis dua single …" opening the article: its news, told with no day)
                weak = weak or (t if _dates_in(text, s, e) or row["dated"] == "lead" and s < first_end
                                and _VERB_RE.match(t.group(0).lower()) else None)
            elif row["kind"] != "incident":
                trig = t
                break
            else:
                incident = incident or t
        trig = trig or incident or weak
        if not trig:
            if events and not nouns:  # (the event nouns of the whole text, found once)
                nouns.append(tuple(m.start() for m in lx.EVENT_CUE_RE["event_noun"].finditer(text)))
            later = _later_day(doc, s, e, events, anchor, today, nouns[0] if nouns else ())
            if later:
                events.append(later)
            else:
                if not day_words:
                    day_words.append(_day_word_starts(doc))
                occurred = _dated_occurrence(doc, s, e, anchor, today, day_words[0])
                if occurred:
                    dated_only.append(occurred)
            continue
        mm, row = trig, lx.event_rows[int(trig.lastgroup[1:])]
        undone = lx.EVENT_CUE_RE["not_done"].search(seg, max(0, mm.start() - 30), mm.start())
        if undone and len(seg[undone.end():mm.start()].split()) <= 1 or \
                lx.EVENT_CUE_RE["called_off"].search(_CLAUSE_RE.match(seg, mm.end()).group(0)[:40]):
            continue  # "belum ditahan", "agar tidak ditangkap", "rapat … batal digelar": nothing happened
        # "tuntutan untuk segera menangkap X": what was wanted, not what happened; its sentence may go on
        # telling the event before it, never starts one nor dates one (a match's result is told so too:
        # "bangkit untuk mengalahkan X 71 - 59")
        wanted = bool(_WANTED_RE.search(seg, max(0, mm.start() - 20), mm.start())) and \
            _VERB_RE.match(mm.group(0).lower()) is not None and row["organizer"] != "sides"
        if lx.EVENT_CUE_RE["planned"].search(seg[:mm.start()]):
            # a plan names its day ("akan digelar 5 Mei"); a weekday alone there is no past date
            found = [d for d in _dates_in(text, s, e) if d.day or d.relative is not None]
            if not found:
                continue
        when, why = _date_of(doc, s, e, anchor, today, (s + mm.start(), s + mm.end())) if not wanted else (None, None)
        if when and doc.article.published and when < doc.article.published - timedelta(days=BACKGROUND_DAYS):
            continue
        if not when and _earlier(doc, s + mm.end(), e):
            continue  # "Dalam persidangan April lalu, …": another, earlier one, told as background
        if not when and _wished(doc, seg, mm):
            continue  # "… mereka sekarang siap meluncurkan pembaruan": not told as done, and no day
        after = _told_after_re(lx).search(seg) if not when and anchor and not wanted else None
        if after:  # "Keesokan harinya …", "Tiga hari kemudian, pelaku kembali …": from the day told last
            when = anchor + timedelta(days=lx.told_after[re.sub(r"\s+", " ", after.group(0).lower())])
        if not when and statements and _STILL_RE.search(seg, max(0, mm.start() - 20), mm.start()):
            # "X masih menjalani pemeriksaan": going on the day the last statement was given
            when, why = statements[-1].date, statements[-1].why
        disaster = row["kind"] in STRIKING
        if disaster and wanted:
            continue
        if disaster and not when:
            _fall_back(doc, fallback, row, mm, s, e, first_end, undated)
            continue  # a disaster is told with its day; without one it is background ("banjir … merendam")
        took_story = False
        # (not a word of a clause that tells the background: "paslon yang telah mendaftarkan diri", nor one
        # that only says what something is for: "Sulitnya akses menjadi persoalan untuk penyaluran bantuan")
        # a word that names an occurrence only with its own day ("KPU menetapkan …, Senin"); months
        # before the article, such a day tells how the story came to be ("Kamis, 5 April, KPK
        # menetapkan X sebagai tersangka" in a report of August), not its news
        own_day = row["dated"] in OWN_DAY
        if own_day and lx.EVENT_CUE_RE["habit"].search(_CLAUSE_RE.match(seg, mm.end()).group(0)[:40]):
            continue  # ("Peringatan Hari X yang jatuh setiap tanggal 21 April": the calendar's, not the news')
        if own_day and (not when or doc.article.published and
                        when < doc.article.published - timedelta(days=OWN_DAY_BACKGROUND_DAYS)):
            # (a verb the first paragraph tells as done with no day at all: not "… merilis album pertamanya pada
            # 1999", "Setelah merilis album …, X kini …", "Sudah hampir sebulan X merilis …")
            if not when and row["dated"] == "lead" and s < first_end and not _dates_in(text, s, e) and \
                    _told_as_news(doc, seg, mm):
                _fall_back(doc, fallback, row, mm, s, e, first_end, undated)
            continue
        if not when and not wanted and s < lead_end and story and not events and \
                not _RELATIVE_RE.search(seg, max(0, mm.start() - 30), mm.start()) and \
                not _FOR_RE.search(seg, max(0, mm.start() - 10), mm.start()):
            when, why, took_story = story, story_why, True  # the lead's trigger happened on the story's day
        same = None
        named = {lx.event_rows[int(t.lastgroup[1:])]["type_en"] for t in told}
        # a sentence without its own date continues the latest event (a statement's sidelines continue nothing),
        # one already held when it tells no plan ("… laga terakhir akan diadakan Senin (24/4)." "SM memang tampil
        # buruk di laga tersebut": the match played, not the one to come)
        for ev in (ev for ev in reversed(events) if not ev.aside and (
                when or not _after_the_report(doc, ev) or all(_after_the_report(doc, x) for x in events)
                or lx.EVENT_CUE_RE["planned"].search(seg))):
            # (or of the type a sentence of it told with no date of its own: "… mendatangi kediaman X." "Dalam
            # pertemuan tersebut …" … "usai mengikuti pertemuan di Y, Rabu": the visit is that meeting; or one
            # whose word the sentence also names on that day: "… saat meninjau pameran itu …, Minggu (20/8)" is
            # the exhibition of that Sunday, one occurrence per kind and day)
            if when is None or (ev.date in (None, when) and ev.type["type_en"] == row["type_en"]) or \
                    (ev.date == when and (row["type_en"] in ev.told or row["type_en"] == ANY_OCCURRENCE
                                          or ev.type["type_en"] in named)):
                same = ev
                break
        if when is None and same is not None and same.type["type_en"] != row["type_en"]:
            # (of its own type, when one was told: "… OTT …", a gathering, "… diciduk dalam OTT …")
            same = next((ev for ev in reversed(events) if ev.type["type_en"] == row["type_en"] and not ev.aside), same)
            if same.type["attendees"] == "sentences" and row["attendees"] != "sentences" and \
                    same.type["type_en"] != row["type_en"]:
                continue  # (a meeting told in a hearing's story is the case's background: "Andi menemui X di …")
        if same is None and wanted:
            continue
        host = lx.EVENT_CUE_RE["host"].search(seg)
        if same is None and not (when or host):
            _fall_back(doc, fallback, row, mm, s, e, first_end, undated)
            continue
        if same is None:
            same = _Draft(row, (s + mm.start(), s + mm.end()),
                          aside=bool(lx.EVENT_CUE_RE["aside"].search(seg, max(0, mm.start() - 40), mm.start())))
            events.append(same)
            if took_story:
                inherited.add(id(same))
        if when and not same.date:
            same.date, same.why = when, why
            anchor = when
        same.sentences.append((s, e))
        same.told.add(row["type_en"])
        if when and when == same.date:
            same.dated.append((s, e))
        if row["online"] == "yes" or lx.EVENT_CUE_RE["online"].search(seg):
            same.online = True
        for extra in _each_with_its_day(doc, s, e, mm, told, same, anchor):
            if not any(ev.date == extra.date and ev.type["type_en"] == extra.type["type_en"] for ev in events):
                events.append(extra)
    # (nor when an event of its kind has the story's day, or any day when the lead gives none: the first
    # paragraph's undated "kala menjamu X pada laga lanjutan" is the match told later "Sabtu (10/6)")
    if fallback and not any(ev.sentences[0][0] < first_end for ev in events) and not any(
            (story is None or ev.date == story) and ev.type["type_en"] == fallback[0].type["type_en"] for ev in events):
        if not _story_day_is_a_report(doc):  # (the day of a report of it is not its own: no day)
            fallback[0].date, fallback[0].why = story, story_why
        events.append(fallback[0])
    for ev in undated:
        if not any(x.type["type_en"] == ev.type["type_en"] for x in events):
            events.append(ev)
    # an event of the lead that took the story's date is the one told later with its own date,
    # when the article tells one of its type ("Festival … digelar di Poso." … "Festival … akan
    # digelar 2 hingga 5 November")
    # (not one told weeks before the day the lead gives, when the lead tells its own as news: "Hakim menunda
    # sidang praperadilan X …" … "Dalam persidangan di Pengadilan Y pada Kamis (23/3) lalu, X menyebut …" is an
    # earlier hearing; but "Sebelumnya ia ditangkap …", "Kasus penangkapan X …" tell the one dated later)
    for ev in [ev for ev in events if id(ev) in inherited]:
        news = story and not _lead_tells_it_as_background(doc, ev)
        later = next((x for x in events if x is not ev and id(x) not in inherited
                      and x.type["type_en"] == ev.type["type_en"] and x.date
                      and not (news and x.date < story - timedelta(days=EARLIER_DAYS))), None)
        if later and _story_day_is_a_report(doc):
            later.sentences[:0] = ev.sentences
            later.trigger = ev.trigger
            events.remove(ev)
    # a statement gives its venue to the event of its day, or is a press conference of its own
    for st in statements:
        day = [ev for ev in events if ev.date == st.date]
        if day and not all(_apart(doc, st, ev) for ev in day):
            if not any(st.sentence in ev.sentences for ev in day):  # (said at an event: its venue)
                for ev in day:
                    if ev.type["kind"] not in STRIKING and not ev.venue:
                        ev.venue = st.venue
            continue
        if st.venue and is_country(doc.ents[st.venue]):
            continue  # ("kata X di Indonesia, Minggu": no place where it was said)
        # (a body or an occasion named after "di" is where it was said, though no venue is made of it:
        # "kata X di Polda Sukamaju, Senin", "jelas X di sela-sela Jambore Partai Contoh, Sabtu")
        ev = _Draft(lx.statement_row, (st.sentence[0], st.sentence[0]), st.date, st.why, [st.sentence],
                    venue=st.venue, statement=st)
        events.append(ev)
    events.sort(key=lambda ev: ev.sentences[0][0])
    # sentences that only say who was there ("Hadir pula …", "… didampingi …") belong to the
    # event reported just before them
    firsts = sorted((ev.sentences[0][0], i) for i, ev in enumerate(events))
    for s, e in doc.sentences:
        owner = [i for start, i in firsts if start <= s]
        if not owner or doc.in_quote(s) or not lx.EVENT_CUE_RE["present"].search(text[s:e]):
            continue  # (no event told before the sentence, looked at first: it is cheaper than the cue)
        if (s, e) not in events[owner[-1]].sentences:
            events[owner[-1]].sentences.append((s, e))
    # the people a sentence of an arrest counts are named in the sentence after it ("… menangkap tiga
    # orang lainnya. Mereka di antaranya …")
    for ev in events:
        if ev.type["attendees"] == "sentences":
            for s, e in list(ev.sentences):
                nxt = bisect_left(doc.sentence_starts, e)  # the first sentence starting at its end or after
                after = doc.sentences[nxt] if nxt < len(doc.sentences) else None
                if after and after not in ev.sentences and lx.EVENT_CUE_RE["counted"].search(text, s, e) and (
                        lx.EVENT_CUE_RE["naming"].match(text, after[0]) or any(
                            not text[after[0]:a].strip()
                            for a, b, k in doc.entity_mentions_in(*after, kinds=("person",)))):
                    ev.sentences.append(after)
    # (a statement's sidelines end no part: the story goes on with the event before them; nor does
    # a later event still to come, "…, yang baru akan melakoni laga pamungkas pada Minggu (28/5)":
    # nothing after it can tell who took part in it)
    # (the first event too, when its day is after the report's: "Timnas akan menjalani laga … 13 Juni")
    ahead = {i for i, ev in enumerate(events) if (i or _after_the_report(doc, ev)) and _still_to_come(doc, ev)}
    bounds = sorted(ev.sentences[0][0] for i, ev in enumerate(events)
                    if not ev.aside and i not in ahead) + [len(text)]
    for i, ev in enumerate(events):
        start = ev.sentences[0][0]
        if ev.aside or i in ahead:
            ev.section, ev.ahead = ev.sentences[0], i in ahead
            continue
        ev.section = (doc.paragraph_of(start)[0] if start == bounds[0] else start,
                         next(b for b in bounds if b > start))
    for ev in events:
        ev.elsewhere = [x for i in sorted(ahead) if events[i] is not ev for x in events[i].sentences
                        if ev.section[0] <= x[0] < ev.section[1]]
    # an occurrence no event word names is kept on a day no event or statement of the article has,
    # one a day; it gives no part of the article to any other event
    for ev in dated_only:
        if not any(x.date == ev.date for x in events) and not any(st.date == ev.date for st in statements):
            ev.section = ev.sentences[0]
            events.append(ev)
    if doc.article.published:
        events = [ev for ev in events if not ev.date or ev.date >= doc.article.published - timedelta(days=NEWS_DAYS)]
    spokespeople = _spokespeople(doc) if events else frozenset()
    city = _dateline_city(doc) if events else None
    for n, ev in enumerate(events, 1):
        done = _finish_event(doc, n, ev, spokespeople)
        if done.location is None and id(ev) in inherited and not done.online and ev.type["kind"] not in STRIKING:
            # (the lead's occurrence took place where the sentence that gave its day says: "MU tumbang … di
            # Stadion X, Kamis (1/2)." "Pada laga ini …")
            told = _story_sentence(doc, story, today)
            # (not where a report of it was given: "… kata Rudi lewat keterangannya di Jakarta, Rabu")
            if told and told not in ev.sentences and not any(
                    rx.search(doc.text, *told) for rx in (lx.STATEMENT_RE, lx.EVENT_CUE_RE["said"],
                                                          lx.EVENT_CUE_RE["reporting"])):
                done = replace(done, location=_place_after_di(doc, *told))
        if done.location is None and not done.online and done.start and ev.type["kind"] not in STRIKING and (
                ev.type["attendees"] != "sentences" or ev.type["holder"]) and ev.type["organizer"] != "sides" \
                and not ev.statement:
            # (a statement its part gives at a place with no other day: given at the event, "Badan Contoh …
            # kala bertemu Menko X, Jumat (2/6)." … "…," kata Rudi di Kantor Menko X, Jakarta.)
            done = replace(done, location=_venue_said_in(doc, ev, done.start, today))
        if city and done.location is None and not done.online and ev.sentences[0][0] < first_end and \
                not _other_place(doc, city, _dateline_end(doc), first_end):
            done = replace(done, location=city)  # (the lead's occurrence took place where it was reported from)
        doc.events.append(done)


@lru_cache(maxsize=4)
def _told_after_re(lx) -> re.Pattern:
    """The words that date a sentence from the day the text told last (``told_after`` of dates.tsv)."""
    forms = sorted(lx.told_after, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")(?!\w)", re.I)


@lru_cache(maxsize=8)
def _court_title_re(lx, *cues: str) -> re.Pattern:
    """A title of the ``cues`` of event_cues.tsv up to the name after it: a prosecutor's or a
    judge's ("prosecutor", "judge"), with the other parties' of a hearing ("court_party":
    "Jaksa Penuntut Umum KPK ", "terdakwa ", "jaksa penuntut umum KPK, "); then only the
    body's capitalized words, or an acronym in brackets."""
    alts = "|".join(form for cue in cues for form in lx.event_cues[cue])
    return re.compile(rf"\b(?i:{alts})(?:\s+\([A-Z]+\))?(?:\s+[A-Z][\w.]*){{0,4}},?\s+$")


# the space and a short form in brackets between a prosecutor's title and the body ("JPU (KPK) …")
_SHORT_FORM_AFTER_RE = re.compile(r"\s*(?:\(\w+\)\s*)?")


def _court_officers(doc: Document, ev: _Draft, spokespeople: frozenset[str]) -> list[str]:
    """Who acts for the court or the prosecution in a hearing, wherever its sentences or its part
    of the article name them: the prosecutors and judges ("… tanya jaksa penuntut umum KPK, Rudi
    Wibisana, kepada saksi"), and the body the prosecutors are of ("Jaksa Penuntut Umum KPK …").

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). "
    ...         "Saksi mengaku ditekan. \\"Siapa yang menekan?\\" tanya jaksa penuntut umum Kejaksaan Negeri "
    ...         "Sukamaju, Rudi Wibisana, kepada saksi.")
    >>> doc = prepared(Article("a", text), "events")
    >>> ev = _Draft(doc.lx.statement_row, (0, 5), None, None, [doc.sentences[0]], section=(0, len(text)))
    >>> _court_officers(doc, ev, frozenset())
    ['person:rudi-wibisana', 'org:kejaksaan-negeri-sukamaju']
    """
    out, officer, prosecutor = [], _court_title_re(doc.lx, "prosecutor", "judge"), doc.lx.EVENT_CUE_RE["prosecutor"]
    for s, e in dict.fromkeys([*ev.sentences, ev.section]):
        for a, b, k in doc.entity_mentions_in(s, e, kinds=("person",)):
            if not doc.in_quote(a) and officer.search(doc.text, max(doc.sentence_of(a)[0], a - 60), a) \
                    and not _bystander(doc, a, k, spokespeople):
                out.append(k)
        for m in prosecutor.finditer(doc.text, s, e):  # (the body right after the title)
            if doc.in_quote(m.start()):
                continue
            after = _SHORT_FORM_AFTER_RE.match(doc.text, m.end()).end()
            out += [k for a, b, k in doc.entity_mentions_in(after, e, kinds=("org",))[:1] if a == after]
    return out


_AHEAD_WORDS = 2  # words that may stand between "akan" and the event's word ("akan melakoni laga")


def _after_the_report(doc: Document, ev: _Draft) -> bool:
    """Whether the event's day is after the article's publication day."""
    published = doc.article.published
    return bool(ev.date and published and ev.date > published)


def _still_to_come(doc: Document, ev: _Draft) -> bool:
    """Whether the event is told as one still to come: on a day after the report's ("… final
    yang digelar 4 - 7 Mei" in a report of April), or on the report's own day with the cue
    "akan" at most two words before the event's word ("… Persikas Sukamaju, yang baru akan melakoni laga
    pamungkas pada Minggu (28/5)"). Nothing told after such an event can say who took part in it."""
    s, t = ev.sentences[0][0], ev.trigger[0]
    published = doc.article.published
    if not ev.date or not published or ev.date < published:
        return False
    if _after_the_report(doc, ev):
        return True
    cue = doc.lx.EVENT_CUE_RE["planned"]
    return any(len(doc.text[m.end():t].split()) <= _AHEAD_WORDS and m.group(0).lower() != "menjelang"
               for m in cue.finditer(doc.text, max(s, t - 60), t))


def _purpose_sentences(doc: Document) -> list[tuple[int, int]]:
    """The sentences that say a purpose ("… untuk …"), each event's purpose is looked for among
    them: found once, not again for every event."""
    if "purpose_sentences" not in doc.memo:
        purpose = doc.lx.EVENT_CUE_RE["purpose"]
        doc.memo["purpose_sentences"] = [(s, e) for s, e in doc.sentences if purpose.search(doc.text[s:e])]
    return doc.memo["purpose_sentences"]


def _title_spans(doc: Document) -> Spans:
    """The titles' complements (assigned before this pass), to ask what overlaps them."""
    memo = doc.memo.get("title_spans")
    if memo is None or memo[0] != len(doc.title_spans):
        memo = doc.memo["title_spans"] = (len(doc.title_spans), Spans(doc.title_spans))
    return memo[1]


def _later_day(doc: Document, s: int, e: int, events: list[_Draft], anchor: date | None,
               today: Callable[[], date | None], nouns: tuple[int, ...]) -> _Draft | None:
    """Another day of the event told last, when a sentence with no event word holds it on a day
    of its own ("Acara … digelar …, Sabtu (27/5)" after a festival's Friday): an event of the
    same type on that day. Not when the day is that of what came before it ("Kegiatan itu
    digelar menyusul penggagalan … Sabtu malam": ``before_it`` cues)."""
    if not events or not events[-1].date or events[-1].type["kind"] in STRIKING or events[-1].aside:
        return None
    i = bisect_left(nouns, s)
    if i == len(nouns) or nouns[i] >= e:
        return None
    cue, seg = doc.lx.EVENT_CUE_RE, doc.text[s:e]
    noun = cue["event_noun"].search(seg)
    if not noun or doc.in_quote(s + noun.start()) or not cue["host"].search(seg, noun.end()):
        return None
    when, why = _date_of(doc, s, e, anchor, today)
    last = events[-1]
    if not when or not last.date or when == last.date:
        return None
    # "Kegiatan itu digelar menyusul penggagalan … Sabtu malam": the day of what came before it
    first = next((d.start for d in _dates_in(doc.text, s, e) if d.start > s + noun.end()), e)
    if cue["before_it"].search(doc.text, s + noun.end(), first):
        return None
    return _Draft(last.type, (s + noun.start(), s + noun.end()), when, why, [(s, e)])


# a title before a name: capitalized words only ("Presiden ", "Bupati Sukamaju ")
_TITLE_RUN_RE = re.compile(r"(?:[A-Z][\w.'-]*\s+){1,5}")


def _finish_event(doc: Document, n: int, ev: _Draft, spokespeople: frozenset[str]) -> Event:
    if ev.statement:
        return _press_conference(doc, n, ev)
    if ev.type["kind"] in STRIKING:
        return _disaster(doc, n, ev, spokespeople)
    text, cue = doc.text, doc.lx.EVENT_CUE_RE
    organizer, attendees, venue, purpose = None, [], None, None
    dateline = _dateline_end(doc)
    for s, e in ev.sentences:
        seg = text[s:e]
        ents = [(a, b, k) for a, b, k in doc.entity_mentions_in(s, e) if a >= dateline]
        if organizer is None:
            ams = list(cue["organizer"].finditer(seg))
            am = ams[0] if ams else None
            if am:
                before = [(a, k) for a, b, k in ents if b <= s + am.start() and _may_be_subject(doc, a, b, s + am.start())]
                for nxt in ams[1:] if not before else ():
                    # ("Selain menangkap X, anggota Satres Narkoba Polres Y meringkus Z": the subject of the
                    # next such verb, named after the comma that closes the clause of the one before)
                    comma = seg.rfind(",", am.end(), nxt.start())
                    if comma >= 0:
                        before = [(a, k) for a, b, k in ents if s + comma < a and b <= s + nxt.start()
                                  and _may_be_subject(doc, a, b, s + nxt.start())]
                    am = nxt
                    if before:
                        break
                if before:
                    organizer = _body_behind_its_team(doc, before[0][0], before[0][1])
                    # "Polres Contoh melalui Polsek Contoh menangkap …": the unit it acts through
                    via = re.search(r"\bmelalui\s+", text[before[0][0]:s + am.start()])
                    if via:
                        organizer = next((k for a, k in before if a >= before[0][0] + via.end()), organizer)
            elif (s, e) == ev.sentences[0]:  # "Menteri Rudi usai membesuk korban …": the event's own verb
                organizer = _doer_of_verb_trigger(doc, ev, ents)
            pm = cue["organizer_passive"].search(seg)
            if organizer is None and pm:
                # ("dilantik oleh Presiden Rudi …": the agent's title may stand before the name)
                after = [k for a, b, k in ents if s + pm.end() <= a <= s + pm.end() + 3 or a > s + pm.end() and
                         k.startswith("person:") and _TITLE_RUN_RE.fullmatch(text, s + pm.end(), a)]
                if after:
                    organizer = after[0]
        for cm in cue["attend"].finditer(seg):
            if cm.group(0).lower() == "dan":
                continue
            at_venue = _at_venue(doc, s + cm.end(), e)
            for a, b, k in ents:
                if a >= s + cm.end() and not _title_spans(doc).overlaps(a, b) and a not in at_venue:
                    attendees.append(k)
            break  # (a later cue would add again those named after this one)
        if organizer is None and (s, e) == ev.sentences[0]:
            organizer = _named_organizer(doc, ev, ents)
        venue = venue or _venue_at(doc, s, e)
        if venue is None and (s, e) == ev.sentences[0]:  # "… di Desa Sukamaju": the place itself
            venue = _place_after_di(doc, ev.trigger[0], e)
    if venue is None:  # (before the event's word, when nothing after it names a place)
        venue = _place_after_di(doc, *ev.sentences[0])
    if venue is None:  # "… tamu kehormatan di Pusat Kajian Contoh. Di sana, ia memberikan kuliah umum …"
        venue = _venue_pointed_back_to(doc, ev)
    for s, e in ev.dated[1:] if venue is None else ():  # (a later sentence giving its day: "… pertemuan di Y, Rabu")
        venue = venue or _place_after_di(doc, s, e)
    venue = venue or ev.venue
    if organizer is None:  # "… diciduk dalam OTT yang dilakukan KPK"
        organizer = _held_by(doc, ev)
    if organizer is None and ev.type["attendees"] != "sentences" and ev.type["organizer"] != "sides":
        organizer = _body_named_after(doc, ev)  # "Rapat Pleno DPD Partai Contoh Klaten"
    if organizer is None:  # "Pihak Apkomindo selaku penyelenggara pameran …"
        organizer = _organizer_before(doc, ev)
    if organizer is None and ev.type["attendees"] != "sentences":  # "… mendatangi kediaman X": X receives them
        organizer = _resident(doc, ev)
    if ev.type["holder"] and (organizer is None or _court_in_part(doc, ev, organizer)):
        # a hearing is held by its court, at its court (not by a party the sentence names first: "KPK …")
        held, seat = _holder(doc, ev)
        organizer, venue = held or organizer, venue or seat
    if organizer is None and ev.type["attendees"] == "sentences" and not ev.type["holder"]:
        # an examination, an arrest, a search: by the story's actor, at the seat of the body it took
        # place at ("KPK menggeledah …" … "Pemeriksaan dilakukan di Polda Jambi"); else by that body
        # ("masih menjalani pemeriksaan di BNN")
        organizer, at = _story_actor(doc), _body_at(doc, ev)
        if at and organizer and at[0] != organizer:
            venue = _seat(doc, *at[1])
        organizer = organizer or (at and at[0]) or _police_named(doc, ev)
    if organizer is None and ev.type["organizer"] != "sides" and doc.paragraphs and \
            ev.sentences[0][0] < doc.paragraphs[0][1]:
        organizer = _story_actor(doc)  # (the lead's occurrence: by the body the lead opens with, acting)
    for s, e in _purpose_sentences(doc):
        if purpose is None:
            seg = text[s:e]
            pm = cue["purpose"].search(seg)
            if pm and (any(s == x for x, _ in ev.sentences) or
                       any(rx.search(seg) for rx, row in doc.lx.events if row["type_id"] == ev.type["type_id"])
                       or cue["event_noun"].search(seg[:pm.start()])):
                purpose = seg[pm.end():].rstrip(" .")
                purpose = purpose[:1].upper() + purpose[1:]
    # everyone the article names in this event's part (up to the next event) took part in it;
    # of an arrest, a search or a hearing only those its own sentences name (the rest of its
    # part tells the case: earlier verdicts, others involved, who commented)
    own = ev.type["attendees"] == "sentences"
    court = own and bool(ev.type["holder"])
    # (of an event still to come, too, only its own sentences say who will take part: who speaks of it
    # there comments, "Bambang menyatakan kongres … harus netral"; but the players a tournament's part
    # names played in it, as a match's do, "Dari nomor tunggal putri, Rudi melaju ke babak kedua …")
    told = own and ev.type["organizer"] != "sides" or ev.ahead
    apart = _first_told_apart(doc, ev) if not told and ev.type["organizer"] != "sides" else frozenset()
    for s, e in ev.sentences if told else [ev.section]:
        if own and told and (s, e) != ev.sentences[0] and _told_as_before(doc, s, e):
            continue  # ("Dalam perkara ini, X telah divonis …": an earlier step of the case)
        for a, b, k in doc.entity_mentions_in(s, e, kinds=("person",)):
            if any(x <= a < y for x, y in ev.elsewhere):
                continue  # ("… tuntutan untuk menangkap X yang akan pulang 21 Februari": of what is to come)
            # ("Sebelumnya, tim asuhan X sudah mendatangkan Y …": of an earlier time; of a match or a
            # tournament, though, "Sebelumnya, X dikartu merah …" and a player's word of another day tell it)
            # (nor one the tagger alone read unsurely, named outside the event's own sentences)
            if not told and ev.type["organizer"] != "sides" and (
                    _unsure(doc, k) and not any(x <= a < y for x, y in ev.sentences) or k in apart
                    or _told_earlier(doc, ev, a) or _of_another_day(doc, ev, a)):
                continue
            # (of an arrest's own sentences, who says something of it comments: "Ketua KPK X mengatakan OTT …";
            # of a hearing's, a party speaks in it: "Jaksa Penuntut Umum KPK X menyebut …")
            # (of an arrest, an examination, a hearing, the one it is done to: "pemeriksaan terhadap X")
            # (nor, but of a hearing, the one the case it tells of ensnares: "kasus suap yang menjerat Rudi")
            if not doc.in_quote(a) and (not (_bystander(doc, a, k, spokespeople) or not court and
                                             doc.lx.EVENT_CUE_RE["case_of"].search(_clause_before(doc, a)))
                                        or own and _object_of(doc, ev, a)) \
                    and (not (told and (_speaks_of(doc, b, e) or _reports(doc, a))) or
                         court and _court_title_re(doc.lx, "prosecutor", "judge", "court_party").search(doc.text, max(s, a - 60), a)) \
                    and (told or not _speaks_remotely(doc, a, b)):
                attendees.append(k)
    attendees += _other_parties(doc, ev)
    if court:
        attendees += _court_officers(doc, ev, spokespeople)
    if told:  # "Keduanya diciduk KPK …", "Ia akan tampil pada konser …": those the pronoun points back to
        attendees += [k for s, e in ev.sentences for k in _pronoun_subjects(doc, s, e, spokespeople)]
    if ev.aside:  # who spoke on its sidelines was there
        attendees += [q.speaker for q in doc.quotes if q.speaker and ev.sentences[0][0] <= q.end <= ev.sentences[0][1]]
    if len(doc.events) == 0 and n == 1:
        # (not one only talked about wherever named: "menerima uang dari pengusaha X")
        attendees += sorted(k for k in doc.participant_people if not all(
            _bystander(doc, a, k, spokespeople) for (a, b), (k2, _) in doc.mentions.items() if k2 == k))
    if ev.type["type_en"] == "exhibition":  # at a fair, the businesses of those taking part exhibit
        attendees += [ms.organization for ms in doc.memberships if ms.member in attendees]
    if ev.type["organizer"] == "sides":  # the teams named before and after its word play; none organizes it
        s0, _ = ev.sentences[0]
        sides = [k for a, b, k in doc.entity_mentions_in(max(s0, dateline), ev.trigger[0])]
        # ("… menahan seri Persib Sukamaju …": the side named right after its word)
        other = [k for a, b, k in doc.entity_mentions_in(ev.trigger[1], ev.sentences[0][1])[:1]
                 if a <= ev.trigger[1] + 1]
        attendees[:0] = [k for k in (organizer, *sides[-1:], *other) if k]
        organizer = None
        attendees += _teams(doc, ev, dateline) + _national_sides(doc, ev, dateline)
    if venue is None and (not own or court):
        # "… digelar di Pengadilan Agama Sukamaju": the seat of the body it was held at (an examination
        # or an arrest "di BNN" has its own reading above: by that body, at no venue named)
        venue = _seat_after_di(doc, *ev.sentences[0])
    if venue is None and organizer:  # (no place named: where the body that held it sits, "KPU Kabupaten Sukamaju")
        venue = _seat_area(doc, organizer)
    if ev.type["type_en"] == "press conference" and organizer is None:
        # ("…," kata Wakil Ketua KPK Rudi saat jumpa pers …": the body who speaks speaks for gives it)
        speaker = next((q.speaker for q in doc.quotes if q.speaker and ev.sentences[0][0] <= q.end <= ev.trigger[0]),
                       None)
        body = speaker and _speaks_for(doc, speaker, ev.sentences[0][0])
        if body:
            attendees.insert(0, speaker)
            organizer = body
    if ev.type["type_en"] == "press conference" and organizer and organizer.startswith("person:"):
        body = _speaks_for(doc, organizer, ev.sentences[0][0])  # (as a statement's: the body speaks)
        if body:
            attendees.insert(0, organizer)
            organizer = body
    seen, att = set(), []
    outlet = _outlet_names(doc)
    if ev.type["attendees"] == "none":  # (an occurrence of no known kind: only those its sentence names)
        attendees = [k for k in attendees if k in _occurrence_people(doc, ev, spokespeople)]
    for k in attendees:
        ent = doc.ents.get(k)
        if ent and ent.kind == "person" and _WEB_NAME_RE.search(ent.name):
            continue  # ("Contohmart.com" read as a person: a website takes part in nothing)
        if ent and re.sub(r"\W+", "", ent.name).lower() in outlet:
            continue  # ("… saat ditemui oleh KabarSukamaju di …": the outlet itself only reports)
        if k != organizer and k not in seen and not (ent and ent.kind == "place"):
            seen.add(k)
            att.append(k)
    return Event(f"event:{n}", _event_name(doc, ev), Role(ev.type["type_id"], ev.type["type_en"]), ev.date,
                 ev.why, venue, organizer, tuple(att), ev.online, purpose, ev.sentences[0])


def _teams(doc: Document, ev: _Draft, dateline: int) -> list[str]:
    """The bodies a match's own sentences name, which are its teams ("Sukamaju FC tetap menurunkan
    pemain terbaiknya …", "… modal menghadapi Contoh United"): not its venue, nor the body in a
    title ("Pelatih Sukamaju FC Rudi …"), nor one named inside a quotation; nor a government body or
    a company (the police that bars a match, the league's operator), nor a news medium or one a
    report is quoted from ("… seperti dikutip dari Contohsport").

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = ("Sukamaju FC menang 2-1 di Stadion Sukamaju, Senin (3/5/2021). "
    ...         "Dalam laga itu, Sukamaju FC tampil menyerang. Pelatih Sukamaju FC Rudi Wibisana puas.")
    >>> doc = prepared(Article("a", text), "events")
    >>> ev = _Draft(doc.lx.statement_row, (text.index("laga"), text.index(" itu,")), None, None,
    ...             doc.sentences[1:])
    >>> [doc.ents[k].name for k in _teams(doc, ev, 0)]
    ['Sukamaju FC']
    """
    out, media, reporting = [], set(doc.lx.media), doc.lx.EVENT_CUE_RE["reporting"]
    for s, e in ev.sentences:
        at_venue = _at_venue(doc, s, e)
        for a, b, k in doc.entity_mentions_in(max(s, dateline), e, kinds=("org",)):
            ent = doc.ents[k]
            if a in at_venue or _title_spans(doc).overlaps(a, b) or doc.in_quote(a) \
                    or ent.category in ("government", "business") or ent.name in media \
                    or _WEB_NAME_RE.search(ent.name) or reporting.search(doc.text, max(s, a - 25), a):
                continue
            out.append(k)
    return out


_SIDE_WORD_RE = re.compile(r"([\w.]+)\s+$")
_NAME_GOES_ON_RE = re.compile(r"(?:[ \t]+\([A-Z]+\))?[ \t]+([A-Z]\w*)")  # ("AS Terbuka": a longer name)
_VERSUS_RE = re.compile(r"\s+(?:kontra|vs\.?|versus|melawan)\s", re.I)


def _national_sides(doc: Document, ev: _Draft, dateline: int) -> list[str]:
    """The countries a match's own sentence names as its sides, which are their national teams
    ("Sukamaju bakal menghadapi Contohland pada laga pembuka …": "Tim Nasional Sukamaju", "Tim
    Nasional Contohland", bodies of their own, named as written too): a country that opens the
    sentence or stands right after a ``side`` word (a verb, "dan", "kontra", "atas"), or after the
    event's word when "kontra" or "vs" follows it; not a player's nationality ("petenis Contohland,
    Rudi"), nor where it is played ("di Contohland"), nor one in parentheses or a quotation, nor
    one that starts a longer name ("AS Terbuka", "Amerika Serikat (AS) Terbuka": a tournament),
    nor the country of a championship ("kejuaraan Contohland").

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Islandia bakal menghadapi Paraguay pada laga pembuka di Stadion Contoh Arena, "
    ...                     "Minggu (18/6/2017)."))
    >>> names = {o.key: o.name for o in x.organizations}
    >>> [names[k] for k in x.events[0].attendees]
    ['Tim Nasional Islandia', 'Tim Nasional Paraguay']
    """
    s, e = ev.sentences[0]
    s = max(s, dateline)
    side = doc.lx.EVENT_CUE_RE["side"]
    out = []
    for a, b, k in doc.entity_mentions_in(s, e, kinds=("place",)):
        country = doc.ents[k]
        if not is_country(country) or doc.in_quote(a):
            continue
        before = _SIDE_WORD_RE.search(doc.text, s, a)
        if not (doc.text[s:a].strip() == "" or before and before.end() == a and (
                side.fullmatch(before.group(1)) or ev.trigger[0] <= before.start(1) < ev.trigger[1]
                and _VERSUS_RE.match(doc.text, b))):
            continue  # (after the event's word, when the other side follows: "Laga Sukamaju kontra …")
        longer = _NAME_GOES_ON_RE.match(doc.text, b)
        if longer and longer.group(1).lower() not in doc.lx.weekdays:
            continue
        name = doc.lx.country_full.get(country.name, country.name)
        team = doc.add("org", f"Tim Nasional {name}", a, category="other")
        team.implied = False
        team.aliases.add(doc.text[a:b])
        out.append(team.key)
    return out


def _occurrence_people(doc: Document, ev: _Draft, spokespeople: frozenset[str]) -> frozenset[str]:
    """The people the sentence of an occurrence of no known kind names ("Rudi resmi diperkenalkan
    sebagai pemain baru klub Contoh, Senin (8/1)", "Rudi dan Bambang pertama kali dipertemukan pada
    Jumat (23/9)"): whom it befell or who did it, the sentence saying nothing else; not one named
    in a quotation, talked about ("kebijakan Gubernur X"), who only tells of it, nor the body's
    spokesperson.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Klub Sukamaju resmi memperkenalkan Rudi Wibisana sebagai pelatih, Kamis (16/2/2017). "
    ...                     "Bambang Sutejo mengatakan klub itu puas.", published=date(2017, 2, 17)))
    >>> [p.name for p in x.people if p.key in x.events[0].attendees]
    ['Rudi Wibisana']
    """
    s, e = ev.sentences[0]
    return frozenset(k for a, b, k in doc.entity_mentions_in(s, e, kinds=("person",))
                     if not doc.in_quote(a) and not _bystander(doc, a, k, spokespeople)
                     and not _speaks_of(doc, b, e) and not _reports(doc, a))


def _told_as_before(doc: Document, s: int, e: int) -> bool:
    """Whether the sentence ``s:e`` tells what it says as done before, outside a quotation
    ("Dalam perkara ini, Rudi telah divonis dua tahun", "Bambang sempat diperiksa"): of an
    arrest, a search or a hearing, such a later sentence tells an earlier step of the case.

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = ('Rudi Wibisana telah divonis dua tahun. Bambang hadir di sidang itu. '
    ...         '"Saya sudah siap menerima putusan apa pun dari majelis hakim," kata Bambang.')
    >>> doc = prepared(Article("a", text), "events")
    >>> [_told_as_before(doc, s, e) for s, e in doc.sentences]
    [True, False, False]
    """
    return any(not doc.in_quote(m.start()) for m in doc.lx.EVENT_CUE_RE["done_before"].finditer(doc.text, s, e))


# between an event's word and the person it is done to: "pemeriksaan terhadap Gubernur X Rudi", "penganiayaan
# yang dilakukan terhadap Rudi" (a capitalized title may stand before the name; the event's word may itself
# end with "terhadap": "pemeriksaan terhadap")
_DONE_TO_RE = re.compile(r"(?P<to>\s+(?:yang\s+(?:di[a-z]+)\s+)?terhadap)?\s+(?:(?:[A-Z][\w.'-]*|\([A-Z]+\))\s+){0,6}")
_ENDS_WITH_TO_RE = re.compile(r"\bterhadap$", re.I)


def _object_of(doc: Document, ev: _Draft, at: int) -> bool:
    """Whether the person named at ``at`` is the one the event's own word is done to, named right
    after it with "terhadap" ("pemeriksaan terhadap Gubernur Sukamaju Rudi …", "penganiayaan yang
    dilakukan terhadap Rudi"): though "terhadap" elsewhere names one only talked about ("dukungan
    terhadap Rudi"), of an arrest, an examination, a hearing or an incident the person undergoes it.

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = "Polisi menjadwalkan pemeriksaan terhadap Bupati Sukamaju Rudi Wibisana, Kamis (31/8/2017)."
    >>> doc = prepared(Article("a", text), "events")
    >>> t = text.index("pemeriksaan")
    >>> ev = _Draft(doc.lx.statement_row, (t, t + len("pemeriksaan")), None, None, [doc.sentences[0]])
    >>> _object_of(doc, ev, text.index("Rudi"))
    True
    """
    m = _DONE_TO_RE.fullmatch(doc.text, ev.trigger[1], at)
    return bool(m) and bool(m["to"] or _ENDS_WITH_TO_RE.search(doc.text, ev.trigger[0], ev.trigger[1]))


def _of_another_day(doc: Document, ev: _Draft, at: int) -> bool:
    """Whether the name at ``at`` in an event's part stands in a sentence (not one of the event's own)
    that gives a day other than the event's ("Raja akan menemui Presiden Rudi pada Kamis" in the
    part of a visit on Wednesday): that sentence tells of another occasion."""
    if ev.date is None:
        return False
    i = bisect_left(doc.sentence_starts, at + 1) - 1
    if i < 0:
        return False
    s, e = doc.sentences[i]
    if (s, e) in ev.sentences:
        return False
    when, _ = _date_of(doc, s, e, ev.date)
    return when is not None and when != ev.date


# below this, a person the statistical tagger alone read ("Electronic Brake", "Winter Garden", a film's title)
# is too unsure to take part in an event only because its part names it (a match's lineups aside)
UNSURE_ATTENDEE = 0.8


def _unsure(doc: Document, key: str) -> bool:
    """Whether every mention of ``key`` is one the statistical tagger alone read, and none of them
    surely (``UNSURE_ATTENDEE``): such a name in an event's part, but not in its own sentences,
    makes no attendee."""
    sure = [doc.confidence.get(span) for span in doc.mentions.spans_of(key)]
    return bool(sure) and all(c is not None and c < UNSURE_ATTENDEE for c in sure)


_OPENING_RE = re.compile(r"[\s\"'“”‘’]*")  # (what may stand before a sentence's first word)


def _told_earlier(doc: Document, ev: _Draft, at: int) -> bool:
    """Whether the name at ``at`` in an event's part stands in a sentence that opens by telling of an
    earlier time (``earlier``: "Sebelumnya, tim asuhan Rudi sudah mendatangkan Bambang …", "Namun
    sebelumnya, …"), not one of the event's own sentences nor one naming its kind: background to
    the event, whose people took no part in it.

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = ("Rapat itu digelar di Balai Desa Sukamaju, Senin (3/5/2021). Rudi Wibisana memimpin rapat. "
    ...         "Sebelumnya, Bambang Sutejo sudah menjabat kepala desa.")
    >>> doc = prepared(Article("a", text), "events")
    >>> ev = _Draft(doc.lx.statement_row, (0, 5), None, None, [doc.sentences[0]])
    >>> _told_earlier(doc, ev, text.index("Rudi")), _told_earlier(doc, ev, text.index("Bambang"))
    (False, True)
    """
    i = bisect_left(doc.sentence_starts, at + 1) - 1
    if i < 0:
        return False
    s, e = doc.sentences[i]
    if (s, e) in ev.sentences or doc.in_quote(s) or \
            not doc.lx.EVENT_CUE_RE["earlier"].match(doc.text, _OPENING_RE.match(doc.text, s, e).end(), e):
        return False
    # (not one that names the event's kind, telling the event itself: "Sebelumnya, dalam upacara …, Presiden
    # X bertindak menjadi inspektur upacara")
    return not any(rx.search(doc.text, s, e) for rx, row in doc.lx.events if row["type_id"] == ev.type["type_id"])


def _first_told_apart(doc: Document, ev: _Draft) -> frozenset[str]:
    """The people an event's part first names in a sentence (not one of the event's own) that opens by
    telling of another occasion (``apart``: "Secara terpisah, Bambang mengatakan …", "Dihubungi secara
    terpisah, …", "Dalam wawancara terpisah, …"): they spoke or acted elsewhere, and so do where the part
    names them again ("…," kata Bambang.), taking no part in the event.

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = ("Rapat itu digelar di Balai Desa Sukamaju, Senin (3/5/2021). Rudi Wibisana memimpin rapat. "
    ...         "Secara terpisah, Bambang Sutejo menilai rencana itu terlambat. Bambang juga meminta warga bersabar.")
    >>> doc = prepared(Article("a", text), "events")
    >>> ev = _Draft(doc.lx.statement_row, (0, 5), None, None, [doc.sentences[0]])
    >>> ev.section = (0, len(text))
    >>> sorted(_first_told_apart(doc, ev))
    ['person:bambang-sutejo']
    """
    first: dict[str, int] = {}
    for a, b, k in doc.entity_mentions_in(*ev.section, kinds=("person",)):
        first.setdefault(k, a)
    out = set()
    for k, a in first.items():
        i = bisect_left(doc.sentence_starts, a + 1) - 1
        if i < 0:
            continue
        s, e = doc.sentences[i]
        if (s, e) not in ev.sentences and not doc.in_quote(s) and \
                doc.lx.EVENT_CUE_RE["apart"].match(doc.text, _OPENING_RE.match(doc.text, s, e).end(), e):
            out.add(k)
    return frozenset(out)


_ACTIVE_VERB_RE = re.compile(r"(?:me|ber)[a-z]{3,}")


def _doer_of_verb_trigger(doc: Document, ev: _Draft, ents: list[tuple[int, int, str]]) -> str | None:
    """The subject of the event's own word when it is an active verb whose subject does it ("Menteri
    Rudi usai membesuk korban …", "Rudi … saat memantau tanggul …"): the last person or body named
    before it in its clause, not a body in a title, nor one who only reports ("Menurut Rudi, hakim
    … menjatuhkan vonis"). Not a verb whose subject only undergoes or attends (``not_host``:
    "menjalani pemeriksaan", "menerima penghargaan"), nor one of an event a body of its own holds
    (``holder``: a candidate registers, the party's office receives him).

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Bupati Sukamaju Rudi Wibisana membesuk korban banjir di RSUD Sukamaju, Senin (3/5/2021)."))
    >>> [p.name for p in x.people if p.key == x.events[0].organizer]
    ['Rudi Wibisana']
    """
    t0, t1 = ev.trigger
    word = doc.text[t0:t1].split()[0]
    if ev.type["holder"] or not _ACTIVE_VERB_RE.fullmatch(word) or doc.lx.EVENT_CUE_RE["not_host"].fullmatch(word):
        return None
    doers = [(a, b, k) for a, b, k in ents if b <= t0 and not _title_spans(doc).overlaps(a, b)
             and not re.search(r"[,;:]", doc.text[b:t0]) and _may_be_subject(doc, a, b, t0) and not _reports(doc, a)
             and _same_clause(doc.text[b:t0])]
    # (the whole name, not a body named inside it: "Dewan Keamanan PBB", not "PBB")
    whole = [k for a, b, k in doers if not any(a0 <= a and b <= b0 and (a0, b0) != (a, b) for a0, b0, _ in ents)]
    return whole[-1] if whole else None


def _same_clause(between: str) -> bool:
    """Whether a verb after ``between`` has the subject named before it: no verb of another clause
    stands between ("Rudi mengisahkan Bambang mendatangi …": Bambang visits), unless a word of
    time or manner opens the verb's clause, which shares the subject ("Rudi mencontohkannya
    dengan pengalaman saat memantau …").

    >>> _same_clause(" usai "), _same_clause(" mengisahkan ZA "), _same_clause(" mencontohkannya dengan pengalaman saat ")
    (True, False, True)
    """
    verbs = [m for m in re.finditer(r"\b(?:me|ber)[a-z]{3,}", between)]
    return not verbs or bool(_CIRCUMSTANCE_RE.search(between, verbs[-1].end()))


# the word after an event's word that names the other side of it: "rapat koordinasi dengan …",
# "penandatanganan nota kesepahaman dengan …", "pertemuan antara … dan …" (two lowercase words
# at most between: the rest of the event's name)
_OTHER_SIDE_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:dengan|antara)\s+")
# where that clause ends: a comma or semicolon before a lowercase word ("…, kata Rudi"), or a word
# that opens another clause or phrase ("… dengan Rudi sebelum acara X", "… dengan PT X yang …")
_OTHER_SIDE_END_RE = re.compile(r"[,;]\s+(?!dan\b|serta\b)[a-z]|;|\s(?:yang|sebelum|setelah|sesudah|usai|seusai|saat|"
                                r"ketika|untuk|guna|terkait|karena|agar|sehingga|pada|dalam|hari)\b")

# what may stand between a body and the person it names the affiliation of: a few words and no word
# that joins another party, a comma at most before the name ("Komisi II dari fraksi Partai Contoh, Rudi")
_AFFILIATION_RE = re.compile(r"(?:\s+(?!(?:dan|serta|dengan|bersama)\b)[\w.()-]+){0,6},?\s+")


def _other_parties(doc: Document, ev: _Draft) -> list[str]:
    """The people and bodies named as the other side of the event right after its word, up to
    the end of that clause; not its venue, nor the body in a title ("dengan Kepala Dinas X Rudi":
    Rudi).

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = ("Dinas Pertanian Sukamaju menggelar rapat koordinasi dengan Kelompok Tani Maju Jaya "
    ...         "di Balai Desa Sukamaju, Senin (3/5/2021).")
    >>> doc = prepared(Article("a", text), "events")
    >>> ev = _Draft(doc.lx.statement_row, (text.index("rapat"), text.index(" koordinasi")), None, None,
    ...             [doc.sentences[0]])
    >>> [doc.ents[k].name for k in _other_parties(doc, ev)]
    ['Kelompok Tani Maju Jaya']
    """
    s, e = ev.sentences[0]
    m = _OTHER_SIDE_RE.match(doc.text, ev.trigger[1], e)
    if not m:
        return []
    end = _OTHER_SIDE_END_RE.search(doc.text, m.end(), e)
    end = end.start() if end else e
    at_venue, out, last = _at_venue(doc, m.end(), end), [], 0
    named = doc.entity_mentions_in(m.end(), end)
    for i, (a, b, k) in enumerate(named):
        # (not "DPRD" inside "Komisi II DPRD"; nor the body of a person named after it, a title
        # written in lowercase: "anggota Komisi X dari Fraksi Y Rudi")
        if a >= last and a not in at_venue and not _title_spans(doc).overlaps(a, b) and not (
                k.startswith("org:") and any(k2.startswith("person:") and _AFFILIATION_RE.fullmatch(doc.text, b, a2)
                                             for a2, b2, k2 in named[i + 1:])):
            out.append(k)
        last = max(last, b)
    return out


# what stands between a venue's name and another name of it ("Balai Sidang Sukamaju (BSS)",
# "Pusat Kajian Contoh atau Contoh Centre")
_SAME_VENUE_RE = re.compile(r"\s*(?:\(|atau\s+)?")


def _at_venue(doc: Document, start: int, end: int) -> set[int]:
    """The starts of the names in ``start:end`` that say where the event is held: the names
    read after "di" as a venue's name, and those that follow it as other names of the same
    place ("… dibuka di Gedung Contoh (GC)": the building and its short form, no attendees).

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = "Pameran itu dibuka Rudi Wibisana di Balai Sidang Sukamaju (BSS), Senin (3/5/2021)."
    >>> doc = prepared(Article("a", text), "events")
    >>> sorted(doc.text[a:a + 4] for a in _at_venue(doc, 0, len(text)))
    ['BSS)', 'Bala']
    """
    text, out = doc.text, set()
    for dm in re.finditer(r"\bdi\s+", text[start:end]):
        pos = start + dm.end()
        chain = _venue_end(doc, pos, end)
        if chain <= pos:  # ("di antaranya …", "di hadapan …": no place's name)
            continue
        for a, b, k in doc.entity_mentions_in(pos, end, kinds=("person", "org", "place")):
            if not (a < chain or _SAME_VENUE_RE.fullmatch(text, chain, a)):
                break
            out.add(a)
            chain = max(chain, b, _venue_end(doc, a, end))
    return out


_PRONOUN_RE = re.compile(r"(?:[A-Z]\w+,\s+)?(?:(?P<one>Ia|Dia|Beliau)|(?P<many>Keduanya|Ketiganya|Keempatnya|Mereka))\b")


def _pronoun_subjects(doc: Document, s: int, e: int, spokespeople: frozenset[str]) -> list[str]:
    """The people a sentence's pronoun subject points back to ("Ia ditahan …": the last person
    named before it; "Keduanya diciduk …": the people of the last sentence naming two or more),
    leaving out who only speaks or is talked about.

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = "Polisi memeriksa Rudi Wibisana dan Bambang Sutejo. Keduanya ditahan, Senin (3/5/2021)."
    >>> doc = prepared(Article("a", text), "events")
    >>> _pronoun_subjects(doc, text.index("Keduanya"), len(text), frozenset())
    ['person:rudi-wibisana', 'person:bambang-sutejo']
    """
    m = _PRONOUN_RE.match(doc.text, s, e)
    if not m or doc.in_quote(s):
        return []
    i = bisect_left(doc.sentence_starts, s)
    for ps, pe in reversed(doc.sentences[max(0, i - 3):i]):
        people = [k for a, b, k in doc.entity_mentions_in(ps, pe, kinds=("person",))
                  if not doc.in_quote(a) and not _bystander(doc, a, k, spokespeople) and not _speaks_of(doc, b, pe)
                  and not doc.lx.STATEMENT_RE.search(_clause_before(doc, a)[-30:])]
        people = list(dict.fromkeys(people))
        if m["one"] and people:
            return people[-1:]
        if m["many"] and len(people) >= 2:
            return people
    return []


# characters around a speaker's name within which a word says the statement came from elsewhere
REMOTE_NEAR = 40


def _speaks_remotely(doc: Document, start: int, end: int) -> bool:
    """Whether the person named at ``start:end`` speaks there from elsewhere: the speaker of a
    statement whose sentence says it came by a release, a telephone call or another outlet
    ("kata Rudi saat dihubungi", "ujar Rudi dalam keterangan tertulis", "dikutip dari …"): a
    comment, not a part in the event.

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> text = "Acara itu lancar, kata Rudi Wibisana saat dihubungi, Senin."
    >>> doc = Document(Article("a", text), lexicon())
    >>> _speaks_remotely(doc, text.index("Rudi"), text.index(" saat"))
    True
    """
    i = bisect_left(doc.sentence_starts, start + 1) - 1
    s, e = doc.sentences[i] if i >= 0 else (0, len(doc.text))
    remote = doc.lx.EVENT_CUE_RE["remote"]
    # (near the name: "kata Rudi saat dihubungi", not "menjelaskan pembukuan … dicatat lewat aplikasi")
    if not any(not doc.in_quote(m.start()) for m in remote.finditer(doc.text, max(s, start - REMOTE_NEAR),
                                                                     min(e, end + REMOTE_NEAR))):
        return False
    return _speaks_of(doc, end, e) or bool(doc.lx.STATEMENT_RE.search(doc.text, max(s, start - 30), start))


# characters after a reporting verb within which the speaker of a clause set into the sentence is named
REPORTER_NEAR = 40


def _speaks_of(doc: Document, end: int, limit: int) -> bool:
    """Whether the person named up to ``end`` is the subject of a reporting verb right after the
    name ("Ketua KPK Rudi mengatakan …"); not when the verb opens a reporting clause set in after
    the name, which names its own speaker ("Bambang, kata Rudi, masih diperiksa": Rudi speaks).

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> text = "Bambang Sutejo, kata Rudi Wibisana, masih diperiksa. Rudi Wibisana mengatakan hal itu."
    >>> doc = prepared(Article("a", text), "events")
    >>> _speaks_of(doc, text.index(","), len(text)), _speaks_of(doc, text.rindex(" mengatakan"), len(text))
    (False, True)
    """
    m = doc.lx.STATEMENT_RE.search(doc.text, end, min(limit, end + 25))
    # (an adverb or auxiliary may stand between: "Rudi juga menilai …", "Rudi kemudian menjelaskan …")
    if not m or not all(w in _adverbs(doc) for w in doc.text[end:m.start()].replace(",", " ").lower().split()):
        return False
    if "," in doc.text[end:m.start()]:
        return not any(_reports(doc, a) for a, b, k in doc.entity_mentions_in(
            m.end(), min(limit, m.end() + REPORTER_NEAR), kinds=("person",)))
    return True


def _adverbs(doc: Document) -> frozenset[str]:
    """The words that may stand between a subject and its verb ("juga", "pun", "kemudian" …)."""
    fw = doc.lx.function_words
    return fw["after_subject"] | fw["predicate"]


_ALIAS_END_RE = re.compile(r"\s+alias\s+$")
_LISTED_RE = re.compile(r"(?:,|\s+(?:dan|serta))\s+$")


# a reporting clause set in the sentence up to a name: ", lanjut Kapolres Rudi"
# (a short form in brackets may stand in the title: "kata Kapolres Ogan Komering Ulu (OKU) AKBP Rudi")
_REPORTER_RE = re.compile(r"(?:^|,)\s*(\w+)\s+(?:(?:[A-Z][\w.]*|\([A-Z]+\))\s+){0,6}$")


def _reports(doc: Document, at: int) -> bool:
    """Whether the person named at ``at`` is the speaker of a reporting clause set into the
    sentence ("Saat ini, lanjut Rudi, Bambang masih diperiksa") or the one it is told after
    ("Menurut Rudi, Bambang masih diperiksa"): one who tells of the event.

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> text = "Saat ini, lanjut Rudi Wibisana, Bambang masih diperiksa."
    >>> doc = Document(Article("a", text), lexicon())
    >>> _reports(doc, text.index("Rudi")), _reports(doc, text.index("Bambang"))
    (True, False)
    >>> text = "Menurut Kapolres Sukamaju Rudi Wibisana, Bambang masih diperiksa."
    >>> doc = Document(Article("a", text), lexicon())
    >>> _reports(doc, text.index("Rudi")), _reports(doc, text.index("Bambang"))
    (True, False)
    """
    m = _REPORTER_RE.search(_clause_before(doc, at))
    return bool(m) and bool(doc.lx.STATEMENT_RE.fullmatch(m.group(1)) or
                            doc.lx.EVENT_CUE_RE["reporting"].fullmatch(m.group(1)))


def _bystander(doc: Document, at: int, key: str, spokespeople: frozenset[str], kin: bool = True) -> bool:
    """Whether the person ``key`` named at ``at`` is only talked about there ("dukungan terhadap
    Ketua Partai X Rudi", "kebijakan Gubernur Rudi", with ``kin`` the one a relative is named by:
    "menyapa istri Rudi") or is a body's spokesperson, named so anywhere in the article ("Juru
    Bicara KPK Rudi" … "kata Rudi"), who comments: such a mention makes nobody an attendee of the
    event whose part it is in.

    >>> from graph.types import Article
    >>> from graph.extract.lexicon import lexicon
    >>> text = "Ia memuji kebijakan Gubernur Rudi Wibisana."
    >>> _bystander(Document(Article("a", text), lexicon()), text.index("Rudi"), "person:rudi-wibisana", frozenset())
    True
    >>> text = "Ia menyapa istri Rudi Wibisana."
    >>> _bystander(Document(Article("a", text), lexicon()), text.index("Rudi"), "person:rudi-wibisana", frozenset())
    True
    """
    before = _clause_before(doc, at)
    alias = _ALIAS_END_RE.search(before)
    if alias:  # "X alias Y": Y is read where X is named
        first = next((a for (a, b), (k, _) in doc.mentions.items()
                      if k == key and b == at - len(alias.group(0))), None)
        if first is not None:
            return _bystander(doc, first, key, spokespeople)
    listed = _LISTED_RE.search(before)
    if listed:  # "saksi bagi tersangka X dan Y": Y is talked about as X is
        prev = next((a for a, b, k in doc.entity_mentions_in(max(0, at - 90), at, kinds=("person",))
                     if b == at - len(listed.group(0))), None)
        # (not the relative named after the one she is named by: "istri Rudi, Sari")
        if prev is not None and _bystander(doc, prev, key, spokespeople, kin=False):
            return True
    return key in spokespeople or bool(doc.lx.EVENT_CUE_RE["about"].search(before)
                                       or doc.lx.EVENT_CUE_RE["works"].search(before)
                                       or kin and doc.lx.EVENT_CUE_RE["kin"].search(before))


def _spokespeople(doc: Document) -> frozenset[str]:
    """The people the article names with a spokesperson's title ("Juru Bicara KPK Rudi")."""
    spoke = doc.lx.EVENT_CUE_RE["spokesperson"]
    return frozenset(k for (a, b), (k, _) in doc.mentions.items()
                     if k.startswith("person:") and spoke.search(_clause_before(doc, a)))


def _clause_before(doc: Document, at: int) -> str:
    """The words before ``at`` back to the sentence's start (at most 90 characters)."""
    return re.split(r"[.;:!?\n]", doc.text[max(0, at - 90):at])[-1]


def _outlet_names(doc: Document) -> frozenset[str]:
    """The article's outlet, as its name is written in the text without spaces or dots: its
    publisher ("kabar sukamaju" → "kabarsukamaju") and the first word of its site's host
    ("www.kabarsukamaju.com" → "kabarsukamaju")."""
    art = doc.article
    names = {re.sub(r"\W+", "", art.publisher).lower()} if art.publisher else set()
    host = re.match(r"(?:\w+:)?//(?:www\.)?([\w-]+)", art.url or "")
    if host:
        names.add(host.group(1).replace("-", "").lower())
    return frozenset(names - {""})


_WEB_NAME_RE = re.compile(r"\.(?:com|co\.id|net|org|id|io)$", re.I)


def _may_be_subject(doc: Document, a: int, b: int, verb: int) -> bool:
    """Whether the name at ``a:b`` may be the subject of the verb at ``verb`` of its sentence: not
    a name in a quotation the verb is not in ("\"Itu tugas KPK,\" katanya usai membuka …"), nor
    the speaker of a reporting clause set off by commas ("Tiga hari kemudian, kata Rudi, pelaku kembali
    melakukan pertemuan"; but "ujar Rudi usai menggelar rapat …", "kata Rudi kepada wartawan, saat
    meninjau …": he held it), nor one whose own clause a "bahwa" or a verb of saying and a comma end
    ("Rudi mengakui bahwa pengunjung … melakukan …", "Rudi menyampaikan, korban …": the verb belongs to
    what was said), nor the source a report cites ("Polisi menurut Rudi tidak bisa menangkap …").

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Tiga hari kemudian, kata Rudi Wibisana, salah satu pelaku kembali melakukan "
    ...                     "pertemuan di Hotel Melati, Senin (7/8/2017)."))
    >>> x.events[0].organizer is None
    True
    """
    if doc.in_quote(a) and not doc.in_quote(verb):
        return False
    if _source_re(doc.lx).search(doc.text, max(0, a - 60), a):
        return False  # ("Polisi menurut Rudi tidak bisa menangkap …": the source of the report, not who acts)
    if _said_by_re(doc.lx).search(doc.text, max(0, a - 60), a) and "," in doc.text[b:verb] and \
            not _CIRCUMSTANCE_RE.match(doc.text[b:verb].rsplit(",", 1)[-1]):
        # ("…, kata Rudi, pelaku …": the speaker of a clause set off; not "ujar Rudi usai menggelar …")
        return False
    if any(doc.text.startswith(",", m.end()) for m in doc.lx.STATEMENT_RE.finditer(doc.text, b, verb)):
        return False  # ("Rudi menyampaikan, korban … melakukan …": what he said, not what he did)
    return not _THAT_RE.search(doc.text, b, verb)


_THAT_RE = re.compile(r"\bbahwa\b")


@lru_cache(maxsize=4)
def _source_re(lx) -> re.Pattern:
    """A word that names where a report comes from (``reporting`` cues: "menurut", "mengutip keterangan")
    and the title run up to the name after it."""
    return re.compile(rf"{lx.EVENT_CUE_RE['reporting'].pattern}\s+(?:[A-Z][\w.]*\s+){{0,5}}$", re.I)


@lru_cache(maxsize=4)
def _said_by_re(lx) -> re.Pattern:
    return re.compile(rf"\b(?i:{_alternation(lx.speech_after)})(?:nya)?\s+(?:[A-Z][\w.]*\s+){{0,4}}$")


def _named_organizer(doc: Document, ev: _Draft, ents: list[tuple[int, int, str]]) -> str | None:
    """The body that is the subject of an active verb before the event's word, when no
    organizer verb names one ("KPK memperpanjang masa penahanan …"); not when the verb only
    says, asks or attends ("mengatakan", "mengajak", "menghadiri": ``not_host`` cues)."""
    lx = doc.lx
    before = [(a, b, k) for a, b, k in ents if b <= ev.trigger[0]]
    if not before or not before[0][2].startswith("org:"):
        return None
    between = doc.text[before[0][1]:ev.trigger[0]]
    verb = re.match(r"\s*(?:\([^)]*\)\s*)?(?:(?:sudah|telah|akan|kembali|resmi)\s+)?(me\w+|ber\w+)\b", between)
    if verb and "," not in between and not lx.EVENT_CUE_RE["not_host"].fullmatch(verb.group(1)) and \
            not lx.STATEMENT_RE.fullmatch(verb.group(1)):
        return before[0][2]
    return None


# words that may stand between an event's word and the relative clause after it: the rest of its name
# ("rapat pleno terbuka yang dipimpin …"); more when a ``held_within`` word says the clause tells the
# occasion the event was part of ("ditangkap serentak saat operasi pungli yang digelar Polres X"); not
# what the event was about ("ditangkap terkait korupsi yang dilakukan X")
_NAME_WORDS_BEFORE_HELD = 2
_OCCASION_WORDS_BEFORE_HELD = 6


def _held_by(doc: Document, ev: _Draft) -> str | None:
    """The body or person named as the agent of a relative clause right after a word of the event's
    type in its sentences ("Rudi diciduk dalam OTT yang dilakukan KPK", "pameran yang diselenggarakan
    oleh Dinas Koperasi Sukamaju"): it organizes the event. Not in what someone said.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Pameran kerajinan yang diselenggarakan oleh Dinas Koperasi Sukamaju dibuka, "
    ...                     "Senin (3/5/2021)."))
    >>> [o.name for o in x.organizations if o.key == x.events[0].organizer]
    ['Dinas Koperasi Sukamaju']
    """
    held = _held_by_re(doc.lx)
    words = [rx for rx, row in doc.lx.events if row["type_id"] == ev.type["type_id"]]
    for s, e in ev.sentences:
        for m in held.finditer(doc.text, s, e):
            if doc.in_quote(m.start()):
                continue
            agent = next((k for a, b, k in doc.mentions.starting_between(m.end(), m.end() + 1)
                          if k.startswith(("org:", "person:"))), None)
            if agent is None:
                continue
            # the event's word just before the clause, no comma between
            lo = max(s, m.start() - 60)
            before = doc.text[lo:m.start()]
            tail = re.search(rf"(?:[\w()-]+\s+){{1,{_OCCASION_WORDS_BEFORE_HELD}}}$", before)
            if not tail:
                continue
            for rx in words:
                w = rx.search(before, tail.start())
                if w is None:
                    continue
                between = before[w.end():].split()
                if len(between) <= _NAME_WORDS_BEFORE_HELD or \
                        doc.lx.EVENT_CUE_RE["held_within"].search(before, w.end()):
                    return agent
    return None


@lru_cache(maxsize=4)
def _held_by_re(lx) -> re.Pattern:
    return re.compile(rf"\byang\s+(?:{lx.EVENT_CUE_RE['held_by'].pattern})\s+(?:oleh\s+)?", re.I)


# words that end the name of an event before a body named after it ("Rapat Pleno diperluas DPD
# Partai X"): a preposition or a conjunction starts something else ("rapat dengan Dinas X")
# (an ordinal or the event's short form is part of its name: "Muktamar ke-7 Dewan Contoh", "Konferensi
# Tingkat Tinggi (KTT) Contoh")
_EVENT_NAME_WORDS_RE = re.compile(
    r"(?:\s+(?:ke\s*-\s*(?:\d+|[IVXLC]+)\b|\([A-Z]{2,}\)|(?!(?:di|ke|dari|dengan|untuk|bagi|oleh|pada|dan|serta|yang|"
    r"bersama|terhadap|antara|tentang|soal|atas|kepada|para|sejumlah|seluruh)\b)[\w-]+)){0,3}?\s+", re.I)


def _body_named_after(doc: Document, ev: _Draft) -> str | None:
    """The body whose event a noun names, right after it and the rest of the event's name ("Rapat
    Pimpinan Polres Sukamaju", "Rapat Pleno diperluas DPD Partai Contoh Klaten"): it holds it. Not the object
    of a verb ("mendatangi kediaman Ketua Umum Partai X"), nor a body in a person's title.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Tiga poin dihasilkan pada Rapat Pleno diperluas Dinas Perikanan Klaten, Senin (10/4/2017)."))
    >>> x.events[0].organizer
    'org:dinas-perikanan-klaten'
    """
    a, (s, e) = ev.trigger[1], ev.sentences[0]
    if re.match(r"(?:me|di|ber|ter)[a-z]", doc.text[ev.trigger[0]:a].split()[-1], re.I):
        return None
    first = next(((b0, b1, k) for b0, b1, k in doc.entity_mentions_in(a, e, kinds=("org", "person"))), None)
    if first and first[2].startswith("org:") and _EVENT_NAME_WORDS_RE.fullmatch(doc.text, a, first[0]) and \
            not _title_spans(doc).overlaps(first[0], first[1]):
        return first[2]
    return None


def _organizer_before(doc: Document, ev: _Draft) -> str | None:
    """The body named just before "selaku penyelenggara" in the event's part of the article.

    >>> from graph.types import Article
    >>> from graph.extract import PASSES
    >>> from graph.extract.lexicon import lexicon
    >>> doc = Document(Article("a", "Pameran dibuka, Senin (3/5/2021). Pihak Dinas Koperasi Sukamaju selaku "
    ...                        "penyelenggara menyebut transaksi naik."), lexicon())
    >>> for step in PASSES:
    ...     step.run(doc)
    >>> doc.ents[doc.events[0].organizer].name
    'Dinas Koperasi Sukamaju'
    """
    for m in doc.lx.EVENT_CUE_RE["organizer_before"].finditer(doc.text, *ev.section):
        near = [k for a, b, k in doc.entity_mentions_in(max(ev.section[0], m.start() - 80), m.start(), kinds=("org",))
                if not doc.text[b:m.start()].strip(" ,")]
        if near:
            return near[-1]
    return None


_AT_BODY_RE = re.compile(r"\s*(?:[a-z]\w*\s+){0,2}?di\s+")


def _body_at(doc: Document, ev: _Draft) -> tuple[str, tuple[int, int]] | None:
    """The body named right after the event's word and "di", where one is examined or held, and
    where it is named ("masih menjalani pemeriksaan di Badan Narkotika Nasional", "Pemeriksaan
    dilakukan di Polda Jambi")."""
    m = _AT_BODY_RE.match(doc.text, ev.trigger[1])
    if not m:
        return None
    return next(((k, (a, b)) for a, b, k in doc.mentions.starting_between(m.end(), m.end() + 1)
                 if k.startswith("org:")), None)


def _seat(doc: Document, a: int, b: int) -> str:
    """The seat of the body named at ``a:b``, a venue named as the body is there ("Polda Jambi")."""
    name = doc.text[a:b]
    seat = doc.add("place", f"{name} venue", a, level="venue", within=place_in(doc, (a, b)) or doc.region,
                   mentioned=True)
    seat.name = name
    return seat.key


def _seat_after_di(doc: Document, s: int, e: int) -> str | None:
    """The seat of the body named right after a "di" of the sentence ``s:e``, where an event that
    names no venue and no place was held ("sidang perdana digelar di Pengadilan Agama Sukamaju"):
    a venue named as the body is there. Not a body in what someone said.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Sidang perceraian Rudi Wibisana digelar di Pengadilan Agama Sukamaju, Rabu (24/1/2018)."))
    >>> [p.name for p in x.places if p.key == x.events[0].location]
    ['Pengadilan Agama Sukamaju']
    """
    for dm in re.finditer(r"\bdi\s+", doc.text[s:e]):
        at = s + dm.end()
        if doc.in_quote(at):
            continue
        # (a government body: a court, an office, a ministry; not a league or a firm named as the occasion)
        body = next(((a, b) for a, b, k in doc.mentions.starting_between(at, at + 1)
                     if k.startswith("org:") and doc.ents[k].category == "government"), None)
        if body:
            return _seat(doc, *body)
    return None


def _seat_area(doc: Document, organizer: str) -> str | None:
    """The region a government body serves and sits in ("Komisi Pemilihan Umum Kabupaten Sukamaju":
    Sukamaju), as the venue of an event it held where the article names no place.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Komisi Pemilihan Umum Kabupaten Klaten menggelar rapat pleno, Senin (3/5/2021)."))
    >>> [x.events[0].location]
    ['place:klaten-regency']
    """
    ent = doc.ents.get(organizer)
    if ent is None or ent.kind != "org" or ent.category != "government" or not ent.area or \
            is_country(doc.ents[ent.area]):
        return None  # (not a whole country: "Pemerintah Indonesia" sits in no one place)
    # the region the body's name ends with: not a region read inside another name ("Metro" of "Polda
    # Metro Jaya", no city of that name)
    def words(name: str) -> str:
        return " " + re.sub(r"\W+", " ", name).strip().casefold()
    if not any(words(n).endswith(words(doc.ents[ent.area].name)) for n in (ent.name, *ent.aliases)):
        return None
    return ent.area


# what may stand between the body that opens an article and its verb ("KPK akan memeriksa …")
_ACTOR_VERB_RE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:(?:akan|telah|sudah|kembali|langsung|resmi|berencana|segera)\s+)*"
                            r"(me\w+|ber\w+)\b")


def _story_actor(doc: Document) -> str | None:
    """The body the article's first sentence opens with as the subject of an active verb ("Komisi
    Contoh (KPK) akan memeriksa Bupati …", "Polres Sukamaju langsung melakukan penggeledahan …"):
    the one who acts in a story of a case, when an examination, an arrest or a search of it names
    no one doing it; and who holds the occurrence the first paragraph tells when nothing else names
    one ("PT Lorato Digital meluncurkan …" … "Dalam acara yang digelar Selasa …"). Not a body that only says
    or asks something.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Kejaksaan Negeri Sukamaju akan memeriksa Bupati Rudi Wibisana. Rudi diperiksa "
    ...                     "sebagai saksi, Selasa (20/2/2018)."))
    >>> [o.name for o in x.organizations if o.key == x.events[0].organizer]
    ['Kejaksaan Negeri Sukamaju']
    """
    if "story_actor" in doc.memo:
        return doc.memo["story_actor"]
    actor = None
    if doc.sentences:
        s, e = doc.sentences[0]
        start = max(s, _dateline_end(doc))
        first = next(iter(doc.mentions.starting_between(start, start + 1)), None)
        if first and first[2].startswith("org:"):
            verb = _ACTOR_VERB_RE.match(doc.text, first[1], e)
            if verb and not doc.lx.EVENT_CUE_RE["not_host"].fullmatch(verb.group(1)) and \
                    not doc.lx.STATEMENT_RE.fullmatch(verb.group(1)):
                actor = first[2]
    doc.memo["story_actor"] = actor
    return actor


def _police_named(doc: Document, ev: _Draft) -> str | None:
    """The police body the article names, when the event's first sentence says only "polisi" did it, just
    before its word or as the agent after it (``police`` cues: "Polisi menangkap …", "ditangkap pihak
    kepolisian"): the finest police body the article names, also only in a title ("Kapolsek Sukamaju"),
    the first of them when several are as fine (``police_body``).

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Rudi Wibisana ditangkap polisi, Kamis (27/10/2016). Ia tengah diperiksa penyidik "
    ...                     "Polres Sukamaju."))
    >>> [o.name for o in x.organizations if o.key == x.events[0].organizer]
    ['Kepolisian Resor Sukamaju']
    """
    s, e = ev.sentences[0]
    t0, t1 = ev.trigger
    police = doc.lx.EVENT_CUE_RE["police"]
    # the subject a few words before the event's word, no comma between ("Polisi telah menggerebek …"), or the
    # agent right after it ("ditangkap pihak kepolisian")
    before = [m for m in police.finditer(doc.text, max(s, t0 - POLICE_BEFORE_CHARS), t0)
              if not re.search(r"[,.;:]", doc.text[m.end():t0])]
    after = police.match(doc.text, _BY_RE.match(doc.text, t1).end())
    if doc.in_quote(t0) or not (before or after):
        return None
    any_rank, ranks = _police_ranks(doc.lx)
    found = [(rank, len(doc.text) if ent.first is None else ent.first, k) for k, ent in doc.ents.items()
             if ent.kind == "org" and any(any_rank.match(n) for n in (ent.name, *ent.aliases))
             for rank in [next((i for i, rx in enumerate(ranks) for n in (ent.name, *ent.aliases) if rx.match(n)),
                               None)] if rank is not None]
    return min(found)[2] if found else None


# how far before an event's word the police that do it may be named ("Polisi menerbitkan surat penangkapan")
POLICE_BEFORE_CHARS = 40
_BY_RE = re.compile(r"\s*(?:oleh\s+)?")


@lru_cache(maxsize=4)
@lru_cache(maxsize=4)
def _police_ranks(lx) -> tuple[re.Pattern, tuple[re.Pattern, ...]]:
    """The first words of police bodies' names, from the station up (``police_body`` cues): any
    of them, and each."""
    heads = lx.event_cues["police_body"]
    return re.compile(rf"(?:{'|'.join(heads)})\b"), tuple(re.compile(rf"(?:{head})\b") for head in heads)


_RESIDENCE_RE = re.compile(r"\b(?:kediaman|rumah(?:\s+dinas|\s+pribadi)?)\s+")
_TITLE_RUN_RE = re.compile(r"(?:[A-Z][\w.]*\s+){0,6}")


def _resident(doc: Document, ev: _Draft) -> str | None:
    """The person at whose residence the event's first sentence takes place, who receives those who
    come ("Duta besar mendatangi kediaman Bupati Sukamaju Rudi Wibisana"): that person hosts it.

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Duta besar negara sahabat hari ini mendatangi kediaman Bupati Sukamaju Rudi "
    ...                     "Wibisana.", published=date(2017, 5, 10)))
    >>> [p.name for p in x.people if p.key == x.events[0].organizer]
    ['Rudi Wibisana']
    """
    s, e = ev.sentences[0]
    for m in _RESIDENCE_RE.finditer(doc.text, s, e):
        who = next((k for a, b, k in doc.entity_mentions_in(m.end(), min(e, m.end() + 90), kinds=("person",))
                    if _TITLE_RUN_RE.fullmatch(doc.text, m.end(), a)), None)
        if who:
            return who
    return None


def _holder(doc: Document, ev: _Draft) -> tuple[str | None, str | None]:
    """The body that holds an event of its type (``holder`` in ``events.tsv``), the first the
    event's part of the article names, and its seat as a venue named as the body is there. A
    hearing's court may be named anywhere in the article ("… putusan Mahkamah Konstitusi …" …
    "dibacakan … pada sidang pembacaan putusan di Gedung MK").

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Rudi Wibisana menyesalkan putusan Mahkamah Konstitusi yang menolak permohonan "
    ...                     "itu. Putusan tersebut dibacakan pada sidang pembacaan putusan, Kamis (14/12/2017)."))
    >>> [o.name for o in x.organizations if o.key == x.events[0].organizer]
    ['Mahkamah Konstitusi']
    """
    heads = re.compile(rf"(?:{ev.type['holder']})\b")
    spans = [ev.section] + ([(0, len(doc.text))] if ev.type["attendees"] == "sentences" else [])
    for lo, hi in spans:
        for a, b, k in doc.entity_mentions_in(lo, hi, kinds=("org",)):
            if heads.match(doc.text, a):
                return k, _seat(doc, a, b)
    return None, None


@lru_cache(maxsize=32)
def _holder_re(holder: str) -> re.Pattern:
    """The heads of the bodies that hold an event type (``holder`` of events.tsv), compiled once."""
    return re.compile(rf"(?:{holder})\b")


def _court_in_part(doc: Document, ev: _Draft, organizer: str) -> bool:
    """Whether the event's part of the article names a body of the kind that holds the event (a court
    for a hearing) while the organizer read before is not one: the body holds it, not a party the
    sentence named first ("KPK …" of a pretrial hearing at Pengadilan Negeri Sukamaju)."""
    heads = _holder_re(ev.type["holder"])
    if heads.match(doc.ents[organizer].name):
        return False
    return any(heads.match(doc.text, a) for a, b, k in doc.entity_mentions_in(*ev.section, kinds=("org",)))


def _event_name(doc: Document, ev: _Draft) -> str:
    """The event's name: its trigger and what follows up to a clause's end."""
    text = doc.text
    t0, t1 = ev.trigger
    s0, e0 = ev.sentences[0]
    name_end = re.search(r"(?:,|\.|\byang\b|\bpada\b|\bdi\b|\bitu\b|\bini\b|\btersebut\b|$)", text[t1:e0])
    raw = text[t0:t1 + (name_end.start() if name_end else 0)]
    # a capitalized event name around the trigger ("Klaten UMKM Expo 2022")
    left = re.search(r"((?:[A-Z][\w-]*\s+){1,4})$", text[s0:t0])
    if text[t0].isupper() and left:
        raw = left.group(1) + raw
    name = re.sub(r"\s*\([^)]*\)", "", raw).strip() or text[t0:t1].strip() or ev.type["type_id"]
    return name[:1].upper() + name[1:]


def _disaster(doc: Document, n: int, ev: _Draft, spokespeople: frozenset[str] = frozenset()) -> Event:
    """A disaster: where it struck (the first place named after its word), when; no organizer;
    as attendees, of a crime, a clash or an accident (not of nature), those it befell or who did it
    (:func:`_befallen`)."""
    t0, t1 = ev.trigger
    s0, e0 = ev.sentences[0]
    # (not the river whose overflow brought it: "banjir akibat luapan Sungai X"; else the place before its word)
    lo = max(s0, _dateline_end(doc))  # (not the dateline's city: "Wellington (ANTARA News) - Gempa …")
    places = [(a, k) for (a, b), (k, _) in sorted(doc.mentions.items()) if k.startswith("place:") and lo <= a < e0
              and not _SOURCE_RE.search(doc.text, max(s0, a - 20), a)]
    first = next(((a, k) for a, k in places if a >= t1), None)
    if first and _region_of_a_seat(doc, *first, t1):  # "… bentrokan … di Mapolda Sukamaju": the seat, not the region
        first = None
    venue = first and first[1] or _venue_at(doc, max(s0, t1), e0) or _venue_at(doc, s0, e0) or next(
        (k for a, k in places if not is_country(doc.ents.get(k))), None)
    venue = _where_it_struck(doc, ev, venue)
    return Event(f"event:{n}", _event_name(doc, ev), Role(ev.type["type_id"], ev.type["type_en"]), ev.date,
                 ev.why, venue, None, _befallen(doc, ev, spokespeople), False, None, (s0, e0))


def _befallen(doc: Document, ev: _Draft, spokespeople: frozenset[str]) -> tuple[str, ...]:
    """The people an incident's own sentences name, whom it befell or who did it ("Mobil yang
    ditumpangi Rudi menabrak tiang listrik", "Bambang diserang dua orang tak dikenal"): of a crime, a
    clash or an accident (``befalls``: a disaster of people, not of nature, which strikes places);
    not who only tells or comments on it ("kata Kapolres X"), nor one talked about, nor one named
    in a quotation or in a clause of another occasion (:func:`_of_another_occasion`).

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Mobil yang dikemudikan Rudi Wibisana mengalami kecelakaan di Jalan Sukamaju, "
    ...                     "Kamis (16/11/2017). Kapolres Sukamaju Bambang Sutejo mengatakan kecelakaan itu tunggal."))
    >>> [p.name for p in x.people if p.key in x.events[0].attendees]
    ['Rudi Wibisana']
    """
    if ev.type["kind"] != "incident" and not doc.lx.EVENT_CUE_RE["befalls"].fullmatch(ev.type["type_en"]):
        return ()
    out: list[str] = []
    for s, e in ev.sentences[:1]:
        for a, b, k in doc.entity_mentions_in(s, e, kinds=("person",)):
            if k not in out and not doc.in_quote(a) and (not _bystander(doc, a, k, spokespeople) or _object_of(doc, ev, a)) \
                    and not _speaks_of(doc, b, e) and not _reports(doc, a) \
                    and not any(x <= a < y for x, y in ev.elsewhere) and not _of_another_occasion(doc, ev, a, b):
                out.append(k)
    return tuple(out)


# a word that opens a clause of another time or occasion inside an incident's sentence ("bentrokan yang
# terjadi saat mereka mengawal pemeriksaan Rudi": Rudi is not in the clash)
_OTHER_OCCASION_RE = re.compile(r"\b(?:saat|ketika|usai|seusai|setelah|sebelum|sesudah|seraya|sambil|sejak)\b", re.I)


_CLAUSE_VERB_RE = re.compile(r"\b(?:me|ber|di)[a-z]{3,}")


_APPOSITION_OPENS_RE = re.compile(r",\s*$")


def _of_another_occasion(doc: Document, ev: _Draft, at: int, end: int) -> bool:
    """Whether a clause of another time or occasion stands between the incident's word and the
    name at ``at:end`` (either before the other); or, of a name before it, a comma or more than the one
    verb that governs the incident's word ("Rudi mengalami kecelakaan", "Pebalap Contoh, Rudi, mengalami
    kecelakaan", but "Pihak Rudi bersedia jika polisi meminta … kecelakaan": Rudi is not in it)."""
    t0, t1 = ev.trigger
    if at < t0:
        between = doc.text[end:t0]
        if between.startswith(",") and _APPOSITION_OPENS_RE.search(doc.text, max(0, at - 3), at):
            between = between[1:]  # ("Pebalap Contoh, Rudi, mengalami kecelakaan": the comma closing the apposition)
        if "," in between or len(_CLAUSE_VERB_RE.findall(between)) > 1:
            return True
    lo, hi = sorted((t1, at))
    return bool(_OTHER_OCCASION_RE.search(doc.text, lo, hi))


_SEAT_BEFORE_RE = re.compile(r"\bdi\s+(\S+)\s+$")


def _region_of_a_seat(doc: Document, a: int, key: str, lo: int) -> bool:
    """Whether the region named at ``a`` ends the name of a seat after "di" ("di Mapolda Sukamaju",
    "di Gedung Sukamaju"): the seat is where it happened."""
    ent = doc.ents.get(key)
    if ent is None or ent.level not in ("regency", "city", "district", "province", "country"):
        return False
    m = _SEAT_BEFORE_RE.search(doc.text, max(lo, a - 30), a)
    return bool(m and doc.lx.VENUE_RE.fullmatch(m.group(1)))


_SOURCE_RE = re.compile(r"\b(?:luapan|meluapnya|aliran)\s+$")
# places from the widest to the finest: a later "terjadi di" may name a finer one
_PLACE_DEPTH = {"country": 0, "province": 1, "regency": 2, "city": 2, "district": 3, "village": 4, "venue": 5}
_STRUCK_AT_RE = re.compile(r"\bterjadi\s+di\s+")


def _where_it_struck(doc: Document, ev: _Draft, venue: str | None) -> str | None:
    """The finer place a later sentence of the disaster's part says it struck ("Angin puting
    beliung melanda Kecamatan Cicurug …" … "bencana itu terjadi di RT 04 Desa Sukamaju"): the
    village, not the district."""
    depth = _PLACE_DEPTH.get(getattr(doc.ents.get(venue), "level", None), -1)
    for s, e in doc.sentences:
        if not ev.section[0] <= s < ev.section[1] or doc.in_quote(s):
            continue
        for m in _STRUCK_AT_RE.finditer(doc.text, s, e):
            here = [(_PLACE_DEPTH.get(doc.ents[k].level, -1), k) for a, b, k in doc.entity_mentions_in(
                    m.end(), min(e, m.end() + 60), kinds=("place",)) if k in doc.ents]
            finest = max(here, default=(-1, None))
            if finest[0] > depth:
                return finest[1]
    return venue


def _press_conference(doc: Document, n: int, ev: _Draft) -> Event:
    """A statement given at a place on a day: organized by the body its speaker speaks for, who
    then attends ("kata Kabid Humas Polda X Rudi di Mapolda …": Polda X, Rudi attending), else by
    its speaker (a legislator or a party's man speaks in his own name); those who accompany the
    speaker ("didampingi …") attend."""
    st = ev.statement
    s, e = st.sentence
    organizer, attendees = st.speaker, []
    body = _speaks_for(doc, st.speaker, s) if st.speaker else None
    if body:
        organizer, attendees = body, [st.speaker]
    for s2, e2 in doc.sentences:
        # (the statement's sentence and the next, also across a paragraph's break)
        if s <= s2 and not doc.text[e:s2].strip() and not doc.in_quote(s2):
            cm = doc.lx.EVENT_CUE_RE["accompanied"].search(doc.text, s2, e2)
            if cm:
                attendees += [k for a, b, k in doc.entity_mentions_in(cm.end(), e2, kinds=("person",))][:3]
    att = tuple(dict.fromkeys(k for k in attendees if k and k != organizer))
    return Event(f"event:{n}", ev.type["type_id"].capitalize(), Role(ev.type["type_id"], ev.type["type_en"]),
                 ev.date, ev.why, st.venue, organizer, att, False, None, (s, e))


# a title run between a body and its holder's name: ranks and short forms only ("Polda X Kombes Rudi")
# ("juru bicara KPK, Rudi": an apposition)
_RANK_RUN_RE = re.compile(r",?(?:\s+[A-Z][\w.]*)*\s*")
_TITLE_END_RE = re.compile(r"\b[A-Z][\w.]*\s+$")


def _speaks_for(doc: Document, speaker: str, start: int) -> str | None:
    """The body a statement of ``speaker`` is given for: the one his title names
    (``_body_spoken_for``), narrowed to the unit of it his post heads when the article names that
    unit ("Direktur Lalu Lintas Polda X Rudi" of "Direktorat Lalu Lintas Polda X"); else the body of
    his post when the article names that body on its own, not only in his title ("Menhub Rudi" …
    "Kemenhub mensyaratkan …"), a body whose members speak in their own name aside (``own_voice``).

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", 'Direktorat Lalu Lintas Polda Sukamaju menutup jalan itu. "Jalan ditutup," kata '
    ...                     "Direktur Lalu Lintas Polda Sukamaju Rudi Wibisana di Mapolda Sukamaju, Rabu (6/12/2017)."))
    >>> [o.name for o in x.organizations if o.key == x.events[-1].organizer]
    ['Direktorat Lalu Lintas Polda Sukamaju']
    """
    body = _body_spoken_for(doc, speaker, start)
    posts = [p for p in doc.posts if p.holder == speaker and p.organization in doc.ents
             and p.status in ("current", "acting")]
    if body:
        return next((u for p in posts if p.organization == body for u in [_unit_headed(doc, p)] if u), body)
    own = doc.lx.EVENT_CUE_RE["own_voice"]
    titles = _title_spans(doc)
    for p in posts:
        ent = doc.ents[p.organization]
        if ent.kind != "org" or own.search(ent.name) or any(own.search(x) for x in ent.aliases):
            continue
        if any(k == p.organization and not titles.overlaps(a, b) for (a, b), (k, _) in doc.mentions.items()):
            return p.organization
    return None


def _unit_headed(doc: Document, post) -> str | None:
    """The unit of the post's body that the post heads, when the article names it: the body whose
    name is a head word, the role's words after its own head word, and the body's name ("Direktur
    Reserse Narkoba" of Polda X: "Direktorat Reserse Narkoba Polda X")."""
    parts = post.role.label_id.split(None, 1)
    if len(parts) < 2:
        return None
    rest = parts[1].casefold()
    parent = doc.ents[post.organization]
    ends = {n.casefold() for n in (parent.name, *parent.aliases)}
    for k, ent in doc.ents.items():
        if k == post.organization or getattr(ent, "kind", None) != "org":
            continue
        for name in (ent.name, *ent.aliases):
            words = name.split(None, 1)
            if len(words) == 2 and any(words[1].casefold() == f"{rest} {end}" for end in ends):
                return k
    return None


def _body_spoken_for(doc: Document, speaker: str, start: int) -> str | None:
    """The body the speaker's title names ("Wakil Ketua KPK Rudi", "Kabid Humas Polda X Kombes
    Rudi"), read at the speaker's mentions from ``start`` on, then at the earlier ones; none for a
    body whose members speak in their own name (``own_voice``: "Ketua DPR Rudi").

    >>> from graph.extract import extract
    >>> from graph.types import Article
    >>> x = extract(Article("a", "Juru Bicara Dinas Perikanan Sukamaju Rudi Wibisana mengatakan panen naik. "
    ...                     '"Kami menunggu," kata Rudi di Sukamaju, Rabu (4/1/2017).'))
    >>> names = {o.key: o.name for o in (*x.people, *x.organizations)}
    >>> names[x.events[0].organizer], [names[k] for k in x.events[0].attendees]
    ('Dinas Perikanan Sukamaju', ['Rudi Wibisana'])
    """
    own, spoke = doc.lx.EVENT_CUE_RE["own_voice"], doc.lx.EVENT_CUE_RE["spokesperson"]
    spans = sorted((a for (a, b), (k, _) in doc.mentions.items() if k == speaker), key=lambda a: (a < start, a))
    for at in spans:
        lo = max(at - 90, doc.sentence_of(at)[0])
        for a, b, k in reversed(doc.entity_mentions_in(lo, at, kinds=("org",))):
            before = doc.text[lo:a]
            if not _RANK_RUN_RE.fullmatch(doc.text, b, at) or not (
                    _TITLE_END_RE.search(before) or spoke.search(before[-25:])):
                continue
            ent = doc.ents[k]
            if own.search(ent.name) or any(own.search(x) for x in ent.aliases):
                return None
            return k
    return None


PASS = Pass("events", find_events,
            reads=("ents", "mentions", "region", "title_spans", "participant_people", "memberships", "law_spans",
                   "posts", "quotes", "confidence"),
            assigns=("ents", "mentions", "events"))
