"""Events: type, date, venue, organizer, attendees and purpose.

A sentence with an event word of ``events.tsv`` starts an event when it has a date (or a
hosting verb); later sentences of the same type without their own date continue it. Its
venue is a place after "di"/"bertempat di", its organizer the body before an active
hosting verb or after a passive one, its attendees those named after attendance cues and
in its part of the article::

    Dinas Perikanan menggelar pelatihan di Balai Desa Tirtamulya, Senin (3/5).
    → a training event on that Monday, at the venue Balai Desa Tirtamulya

Leaves to later passes: nothing of events; the mention spans are settled later.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ...types import Event, Role
from .. import dates as dates_mod
from ..document import Document, Pass, Spans, tokens_in
from ..lookup.places import place_in

__all__ = ["find_events", "PASS"]


def _venue_end(doc: Document, pos: int, limit: int) -> int:
    """End of a venue's name starting at ``pos`` ("Lapangan H. Umar Said")."""
    lx = doc.lx
    toks = tokens_in(doc, pos, limit)
    j = 0
    while j < len(toks) and (toks[j].is_cap or toks[j].text in ("H.", "dan") and j + 1 < len(toks)
                             and toks[j + 1].is_cap or toks[j].text.isdigit()):
        if toks[j].text.lower() in lx.weekdays or (j and "\n" in doc.text[toks[j - 1].end:toks[j].start]):
            break
        j += 1
    return toks[j - 1].end if j else pos


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


def find_events(doc: Document) -> None:
    lx, text, art = doc.lx, doc.text, doc.article
    events: list[_Draft] = []
    anchor: date | None = None
    for s, e in doc.sentences:
        if doc.in_quote(s) and doc.in_quote(e - 1):
            continue
        seg = text[s:e]
        trig = None
        quoted = [(q.open_at - s, q.close_at - s) for q in doc.quotes_in(s, e)]
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
        if lx.EVENT_CUE_RE["planned"].search(seg[:mm.start()]):
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
            when = anchor + timedelta(days=1)
        same = None
        for ev in reversed(events):  # a sentence without its own date continues the latest event
            if when is None or (ev.date in (None, when) and ev.type["type_id"] == row["type_id"]):
                same = ev
                break
        if same is None and not (when or lx.EVENT_CUE_RE["host"].search(seg)):
            continue
        if same is None:
            same = _Draft(row, (s + mm.start(), s + mm.end()))
            events.append(same)
        if when and not same.date:
            same.date, same.why = when, why
            anchor = when
        same.sentences.append((s, e))
        if row["online"] == "yes" or lx.EVENT_CUE_RE["online"].search(seg):
            same.online = True
    # sentences that only say who was there ("Hadir pula …", "… didampingi …") belong to the
    # event reported just before them
    firsts = sorted((ev.sentences[0][0], i) for i, ev in enumerate(events))
    for s, e in doc.sentences:
        if doc.in_quote(s) or not lx.EVENT_CUE_RE["present"].search(text[s:e]):
            continue
        owner = [i for start, i in firsts if start <= s]
        if owner and (s, e) not in events[owner[-1]].sentences:
            events[owner[-1]].sentences.append((s, e))
    bounds = sorted(ev.sentences[0][0] for ev in events) + [len(text)]
    for ev in events:
        start = ev.sentences[0][0]
        ev.section = (doc.paragraph_of(start)[0] if start == bounds[0] else start,
                         next(b for b in bounds if b > start))
    for n, ev in enumerate(events, 1):
        doc.events.append(_finish_event(doc, n, ev))


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


def _finish_event(doc: Document, n: int, ev: _Draft) -> Event:
    text, cue = doc.text, doc.lx.EVENT_CUE_RE
    organizer, attendees, venue, purpose = None, [], None, None
    for s, e in ev.sentences:
        seg = text[s:e]
        ents = doc.entity_mentions_in(s, e)
        if organizer is None:
            am = cue["organizer"].search(seg)
            if am:
                before = [k for a, b, k in ents if b <= s + am.start()]
                if before:
                    organizer = before[0]
            pm = cue["organizer_passive"].search(seg)
            if organizer is None and pm:
                after = [k for a, b, k in ents if a >= s + pm.end() and a <= s + pm.end() + 3]
                if after:
                    organizer = after[0]
        for cm in cue["attend"].finditer(seg):
            if cm.group(0).lower() == "dan":
                continue
            for a, b, k in ents:
                if a >= s + cm.end() and not _title_spans(doc).overlaps(a, b):
                    attendees.append(k)
            break  # (a later cue would add again those named after this one)
        venue = venue or _venue_at(doc, s, e)
    if venue is None:  # "… di Desa Sukamaju": the place itself
        for s, e in ev.sentences[:1]:
            for dm in re.finditer(r"\bdi\s+", text[s:e]):
                at = [k for a, b, k in doc.mentions.starting_between(s + dm.end(), s + dm.end() + 13)
                      if k.startswith("place:")]
                if at:
                    venue = at[0]
                    break
    for s, e in _purpose_sentences(doc):
        if purpose is None:
            seg = text[s:e]
            pm = cue["purpose"].search(seg)
            if pm and (any(s == x for x, _ in ev.sentences) or
                       any(rx.search(seg) for rx, row in doc.lx.events if row["type_id"] == ev.type["type_id"])
                       or cue["event_noun"].search(seg[:pm.start()])):
                purpose = seg[pm.end():].rstrip(" .")
                purpose = purpose[:1].upper() + purpose[1:]
    # everyone the article names in this event's part (up to the next event) took part in it
    for a, b, k in doc.entity_mentions_in(ev.section[0], ev.section[1], kinds=("person",)):
        if not doc.in_quote(a):
            attendees.append(k)
    if len(doc.events) == 0 and n == 1:
        attendees += sorted(doc.participant_people)
    if ev.type["type_en"] == "exhibition":  # at a fair, the businesses of those taking part exhibit
        attendees += [ms.organization for ms in doc.memberships if ms.member in attendees]
    seen, att = set(), []
    for k in attendees:
        if k != organizer and k not in seen and not (doc.ents.get(k) and doc.ents[k].kind == "place"):
            seen.add(k)
            att.append(k)
    t0, t1 = ev.trigger
    s0, e0 = ev.sentences[0]
    name_end = re.search(r"(?:,|\.|\byang\b|\bpada\b|\bdi\b|\bitu\b|\bini\b|\btersebut\b|$)", text[t1:e0])
    raw = text[t0:t1 + (name_end.start() if name_end else 0)]
    # a capitalized event name around the trigger ("Klaten UMKM Expo 2022")
    left = re.search(r"((?:[A-Z][\w-]*\s+){1,4})$", text[s0:t0])
    if text[t0].isupper() and left:
        raw = left.group(1) + raw
    name = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    name = name[:1].upper() + name[1:]
    return Event(f"event:{n}", name, Role(ev.type["type_id"], ev.type["type_en"]), ev.date, ev.why,
                 venue, organizer, tuple(att), ev.online, purpose, (s0, e0))


PASS = Pass("events", find_events,
            reads=("ents", "mentions", "region", "title_spans", "participant_people", "memberships", "law_spans"),
            assigns=("ents", "mentions", "events"))
