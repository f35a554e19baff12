"""People introduced by a title, a participant noun, an apposition or an honorific.

Collects candidate names (after a title and its complement, after "pelaku UMKM", before
", pemilik …", after "H." or a rank), splits honorifics and degrees off, and registers the
full names first, so that a short form attaches to the person it abbreviates; then links
every later use of a name part, and "akrab disapa" nicknames::

    Kepala Dinas Perikanan Bangli, Ir. Karyadi Widyatmoko, M.Si., membuka pelatihan.
    → Karyadi Widyatmoko (prefix "Ir.", suffix "M.Si."), with the post to read later

Leaves to later passes: names without any cue (the names and crf passes), posts written
after the name (the appositions pass), and reading each title as a post (the posts pass).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Pass, TitleMention, is_country, Entity
from ..lookup.names import name_run, resolve_short, short_forms, split_name
from ..lookup.orgs import is_acronym, named_freely, party_at
from ..lookup.places import is_big_region, region_width
from ..lookup.tagger import tagger_reads_person, tagger_starts_person
from ..lookup.titles import VERB_FORM, english_lead, portfolio_word, role_field_end, title_complement
from ..text import Token, tokenize

__all__ = ["find_people", "PASS"]


_AKRAB = re.compile(r"\b(?:akrab|biasa)\s+disapa\s+(?P<alias>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")


@dataclass
class _NameCandidate:
    start: int
    end: int
    tokens: list[Token]
    prefixes: list[str]
    suffixes: list[str]
    title: str | None = None  # title as written, with its complement
    post: TitleMention | None = None
    strong: bool = False  # introduced in full (title/honorific/apposition), not a short form
    intro: str | None = None  # participant noun that introduced the person
    sector: str | None = None


def _title_candidates(doc: Document) -> list[_NameCandidate]:
    lx, text = doc.lx, doc.text
    toks, starts = doc.tokens, doc.token_at
    out: list[_NameCandidate] = []
    covered = -1  # where the last title's complement ends: a title word inside it is the body's
    for m in doc.title_matches:
        if m.start() not in starts or m.start() < covered:
            continue  # ("Ketua Dewan Pendiri Partai X …": no second title "Pendiri")
        before = text[max(0, m.start() - 20):m.start()]
        if lx.OFFICE_BEFORE_RE.search(before):
            continue
        title = m["title"]
        row = lx.titles[title]
        i = starts[m.start("title")]
        if row.role in lx.field_roles and title[:1].isupper() and i and toks[i - 1].is_cap and \
                toks[i - 1].is_word and toks[i - 1].end + 1 >= m.start("title"):
            continue  # "Tim Ahli KLHS …", "Persatuan Ahli Gizi …": a word of a body's name
        lead_at = m.start()
        if title in lx.english_heads and not m["pre"]:
            x = english_lead(doc, toks, i)  # "[Project] Manager …", "[Chief Operating] Officer …"
            if x < i:
                lead_at = toks[x].start
            elif title in lx.english_bound:
                continue  # ("Officer" alone names no role)
        i += len(tokenize(title))
        n = len(toks)
        if i + 2 < n and toks[i].text == "(" and toks[i + 2].text == ")":
            i += 3
        if i < n and toks[i].text in lx.elect_words:
            i += 1  # "Presiden Terpilih Joko …": the president-elect
        f_end = role_field_end(doc, toks, i, title)  # "pakar [hukum tata negara] Rudi …"
        field = text[toks[i].start:toks[f_end - 1].end] if f_end > i else ""
        i = f_end
        rule = row.rule
        owner_end = _office_holder_after(doc, toks, i) if not field and rule.how == "follows" and \
            not rule.ministry else i
        if owner_end > i:
            # "Staf Khusus Presiden Rudi …": the staff of an office-holder, whose title is part of
            # the role; the name after it holds no office-holder's title
            field = text[toks[i].start:toks[owner_end - 1].end]
            i = owner_end
            covered = toks[i - 1].end
        # complement (organization or place) then the name
        j = comp_end = title_complement(doc, toks, i, title, rule) if owner_end == i or field == "" else i
        width = _country_width_at(lx, toks, j) if rule.how == "follows" and i < j < n else 0
        if width and j + width < n and toks[j + width].is_cap and toks[j + width].is_word and \
                not _in_a_body(doc, toks[j], toks[j + width]):
            j = comp_end = j + width  # "Presiden Direktur Sinar Jaya Indonesia Rudi …": the body's country ends its name
        if rule.how == "client" and (j == i or j >= n or toks[j].text != ","):
            continue  # "kuasa hukum Rudi mengatakan": the client's or the counsel's name, unsure
        if j == i and rule.how == "follows" and i + 1 < n and toks[i + 1].text == "," and \
                toks[i].text in lx.body_words:
            j = comp_end = i + 1  # "Ketua koperasi, Rina Wati": the body named before (see read_posts)
        # a comma after the complement, or an unknown complement closed by a comma
        k = j
        if j == i and rule.how == "follows":
            k = _modifiers_before_comma(doc, toks, i)  # "kapten tim, Rudi …", "petugas lapangan, Rudi …"
        qualified = k > j
        if k + 1 < n and toks[k].text == "dari" and rule.how == "follows":
            # "Anggota Komisi II dari Fraksi X, Rina Wati": the faction, then the name
            body = toks[k + 1].text in lx.org_words or lx.INSTITUTION_RE.match(text, toks[k + 1].start)
            after = k + 2
            while body and after < min(n, k + 7) and toks[after].is_cap:
                after += 1
            if body and after < n and toks[after].text == ",":
                k = after
        at = k + 1 if k + 1 < n and toks[k].text == "dari" else k
        if at + 2 < n and toks[at].text.capitalize() in lx.factions and rule.how == "follows" and \
                party_at(doc, toks, at + 1) > at + 1:
            k = party_at(doc, toks, at + 1)  # "Anggota Komisi V DPR (dari) Fraksi Partai X Rudi …": the faction
        if j > i and k + 1 < n and (toks[k].text in lx.elect_words or toks[k].text in lx.former_after_words) and \
                (toks[k + 1].is_cap or toks[k + 1].text == ","):
            k += 1  # "Gubernur DKI terpilih Anies …", "Ketua DPR nonaktif Rudi …": the status, then the name
        if k == i and title in lx.title_cues.get("body_first", ()):
            continue  # "anggota Al-Qaeda yang …": the body, no name
        closed = False
        if k == i and rule.how == "national" and rule.arg is None:
            # "Presiden Sukamaju, Rudi Wibisana, …": the body of a president of no country, closed by a
            # comma before a full name
            k = comp_end = j = _president_s_body_end(doc, toks, i)
            closed = k > i
        if k < n and toks[k].text == ",":
            k += 1
        elif k + 1 < n and toks[k].text == "(" and (toks[k + 1].text in lx.ranks or toks[k + 1].text in lx.prefixes):
            k += 1  # "Kapolres Klaten (AKBP Rudi Wibisana)": the name in parentheses
        elif k + 1 < n and toks[k].text == "yang" and toks[k + 1].text == "bernama" or \
                k < n and toks[k].text == "bernama":
            k += 1 if toks[k].text == "bernama" else 2  # "Direktur PT Sinar Jaya yang bernama Rudi …"
        elif k < n and toks[k].is_cap and rule.how in ("follows", "gov"):
            # "Perbekel Sukawati I Nyoman …": a village/unit name before a name-start word
            run_end = name_run(doc, toks, k)
            run = toks[k:run_end]
            # after a region read from the gazetteer ("Bupati Tanah Datar …") the name starts
            # at once: a customary title inside it ("Yusra Halim Dt. Rajo Api") is no cut,
            # and neither are the name's own words ("Bupati Gianyar Wayan Santosa Contoh")
            # (the gazetteer has no villages: a region word after "Kepala Desa" may begin a longer name)
            region_read = rule.how == "gov" and rule.arg not in ("village", "nagari") and j > i
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
            if cut is None and rule.how == "gov" and comma is None and not region_read:
                places = {e.name for e in doc.ents.values() if e.kind == "place"}
                cut = next((x for x in range(len(run) - 1, 0, -1)
                            if " ".join(t.text for t in run[:x]) in places), None)
                if cut is None and 3 <= len(run) <= 4 and all(t.text[:1].isupper() for t in run):
                    cut = len(run) - 2  # "Kepala Desa Tanjung Baru Yohanes Ladi": a two-word name
            if cut is not None and rule.how == "gov" and run[0].text not in lx.name_starts:
                comp_end = k + cut
                k = comp_end
            # ("Uskup Agung Jakarta Rudi Wibisana, Rabu (31/5)": a weekday after the comma is no name)
            # ("Putri Ketua DPR Rudi Wibisana, Rina Wati …": after a body closed by its acronym the
            # words up to the comma are the holder's name, the next name another person's)
            elif comma is not None and comma + 1 < n and toks[comma + 1].is_cap and comma <= run_end and \
                    not (j > i and (toks[j - 1].text == ")" or is_acronym(toks[j - 1].text) and
                                    not _ROMAN.fullmatch(toks[j - 1].text)) and
                         split_name(doc, run) is not None and len(run) >= 2 and
                         doc.named(text[run[0].start:run[-1].end], ("place", "org"), alias=True) is None) and \
                    toks[comma + 1].text not in lx.suffixes and toks[comma + 1].text.lower() not in lx.weekdays and not (
                        # "Sekjen Rudi Wibisana, Wasekjen Rina Wati": the next title of a list, and a
                        # name before it ("Kepala Badan Pengawas Pemilu, Ketua …" names a body)
                        toks[comma + 1].text in lx.title_starts and lx.TITLE_RE.match(text, toks[comma + 1].start)
                        and not all(lx.is_common_word(t.text) or t.text in lx.acronyms for t in toks[k:comma])) and \
                    not re.match(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}", toks[comma + 1].text) and \
                    comma - k <= 4 and run[0].text not in lx.name_starts | lx.prefixes:
                comp_end = comma
                k = comma + 1
        if k and toks[k - 1].text == "," and _RELATIVE_COPULA.search(text, max(0, m.start() - 30), m.start()) and \
                _RELATIVE_COPULA.search(text, max(0, m.start() - 30), m.start())["copula"] in lx.copulas:
            continue  # "X yang ikut menjadi produser film Y, Z …": the title is X's, no name follows it
        if 0 < k < n and "\n" in text[toks[k - 1].end:toks[k].start]:
            continue  # "Kajati Sukamaju\n\nTerkait …": a heading's title; a holder's name never opens the next paragraph
        run_end = name_run(doc, toks, k)
        split = split_name(doc, toks[k:run_end])
        rank = _rank_inside(lx, split[1]) if split is not None and rule.how in ("follows", "unit") else None
        if rank is not None:
            # "Komandan Korem 071/Wijaya Kusuma Kolonel Inf Rudi …": the rank opens the name, the
            # words before it end the body's
            comp_end = k = starts[rank.start]
            run_end = name_run(doc, toks, k)
            split = split_name(doc, toks[k:run_end])
        if split is None and rule.how in ("follows", "unit"):
            # "Direktur Utama Perusahaan Umum Bulog Rudi …", "Kepala Kor Lalu Lintas Polri Brigjen Rudi
            # …": a body's name between the title and the holder's, which the complement left out
            cut = _name_after_body(doc, toks, i, k)
            if cut is not None:
                comp_end = k = cut
                run_end = name_run(doc, toks, k)
                split = split_name(doc, toks[k:run_end])
        closed = closed and k > i
        if split is not None and rule.how == "national" and rule.arg is None and comp_end == i and any(
                lx.DERIVED_NOUN_RE.match(t.text) and lx.is_common_word(t.text) for t in split[1]):
            split = None  # "Presiden Agensi Periklanan Sukamaju, Rudi …": a body's words, no name (and no country's president)
        if split is None and rule.how in ("follows", "unit", "country", "national"):
            # "Duta Besar X untuk Y, Dr. Rudi …", "Komandan Pasukan … Sukamaju, Brigjen Rudi …": the
            # title's body, as long as it is, closed by a comma before the holder's name
            comma = _comma_after_body(doc, toks, i)
            if comma is not None:
                run_end = name_run(doc, toks, comma + 1)
                after = split_name(doc, toks[comma + 1:run_end])
                if after is not None and (after[0] or len(after[1]) >= 2):
                    # (an envoy's country is the one before "untuk", the other the country sent to)
                    sent = next((x for x in range(i, comma) if toks[x].text == "untuk"), comma) \
                        if rule.how == "country" else comma
                    comp_end, k, split, closed = sent, comma + 1, after, True
        if split is None and rule.how == "follows" and comp_end == i:
            # "pelatih asal Negeri Contoh Rudi …", "Pebalap muda Contohland Rudi …": words on the holder (their
            # age, standing, origin) between the title and the name, no body
            y = _past_holder_words(doc, toks, i)
            if y > i:
                run_end = name_run(doc, toks, y)
                after = split_name(doc, toks[y:run_end])
                if after is not None and (after[0] or len(after[1]) >= 2):
                    k, split = y, after
        if split is not None and lead_at != m.start() and not split[0] and len(split[1]) >= 3:
            # "Brand Manager Sinar Rudi Wibisana …": an English job title names its company first;
            # where the company's name ends is not known, the name is not read
            continue
        if split is None:
            continue
        prefixes, name_toks, suffixes = split
        if len(name_toks) == 1 and not prefixes and (name_toks[0].text in doc.agency_words or name_toks[0].text in lx.org_names):
            continue
        if len(name_toks) == 1 and not (prefixes or suffixes) and rule.how == "follows" and k == i and \
                lx.DEMONSTRATIVE_RE.match(text, name_toks[0].end):
            continue  # "mantan pelatih Sukamaju itu": the body the role is held in, no name (the holder is
            # named before)
        if len(name_toks) == 1 and not (prefixes or suffixes) and k == i and rule.how == "follows" and \
                run_end < n and toks[run_end].text in (",", ".") and _after_a_name_and_comma(doc, lead_at):
            continue  # "Rudi Wibisana, CEO Sinar, …": a title after its holder's name; the word after it is the body's
        if len(name_toks) == 1 and not (prefixes or suffixes) and k == i and \
                title in lx.title_cues.get("one_word_body", ()):
            continue  # "para pemain Sukamaju yang …": one word right after a player's title is the team
        if len(name_toks) == 1 and not prefixes and qualified:
            continue  # "sang pemimpin klasemen, Sukamaju": after a qualifier, one word may name a team
        if not prefixes and _after_plural(lx, text, m.start()) and \
                (run_end >= n or toks[run_end].text not in lx.list_joints):
            # "beberapa pebalap Ducati menjalani tes", "para anggota Band X": the holders' body; a
            # title in the plural names its holders in a list ("dua pemimpin KPK Rudi … dan …")
            continue
        if not prefixes and k > 0 and lx.institutions.get(toks[k - 1].text, {}).get("business") == "yes":
            continue  # "Sekretaris Corporate PT Sinar Teknika": the company's name after its form, no person
        if len(name_toks) == 1 and not prefixes and not suffixes and portfolio_word(doc, name_toks[0], run_end):
            continue  # "Menteri Kelautan dan Perikanan": the ministry's field, no name
        comp = text[toks[i].start:toks[comp_end - 1].end] if comp_end > i else ""
        title_text = text[lead_at:toks[comp_end - 1].end] if comp_end > i else text[lead_at:m.end()]
        if comp_end > i and rule.how != "client":  # (a client's name is a person's)
            doc.title_spans.append((toks[i].start, toks[comp_end - 1].end))
            covered = toks[comp_end - 1].end
        cand = _NameCandidate(name_toks[0].start, name_toks[-1].end, name_toks, prefixes, suffixes,
                              title=title_text, strong=bool(prefixes or suffixes or len(name_toks) >= 2),
                              post=TitleMention(title, m["pre"], comp,
                                                (toks[i].start, toks[comp_end - 1].end) if comp_end > i else None,
                                                m.start(), field=field, lead=text[lead_at:m.start()].strip(),
                                                closed=closed))
        out.append(cand)
    return out


def _rank_inside(lx, name: list[Token]) -> Token | None:
    """The first rank, or honorific written with its period ("Dr.", "Prof."), inside the name
    tokens ``name`` after their first, or None: no name holds one, so the words before it are
    the end of a body's name the complement left out ("Komandan Korem 071/Wijaya [Kusuma]
    Kolonel Inf Rudi …", "Kepala Balai Contoh [Raya] Dr. Rina …")."""
    return next((t for t, u in zip(name[1:], [*name[2:], name[-1]])
                 if t.text in lx.ranks or f"{t.text} {u.text}" in lx.ranks or
                 t.text in lx.prefixes and t.text.endswith(".") and len(t.text) > 2), None)


def _in_a_body(doc: Document, tok: Token, nxt: Token) -> bool:
    """Whether the country's name ``tok`` is inside a body's name: one read before holds it, or
    the word ``nxt`` after it is a derived noun of the dictionary ("Partai Karya Indonesia
    Perjuangan"), no name's."""
    lx = doc.lx
    return bool(lx.DERIVED_NOUN_RE.match(nxt.text)) and lx.is_common_word(nxt.text) or \
        any(b > tok.start and k.startswith("org:")
            for _, b, k in doc.mentions.starting_between(tok.start - doc.mentions.longest, tok.end))


def _country_width_at(lx, toks: list[Token], x: int) -> int:
    """How many tokens from ``toks[x]`` name a country ("Amerika Serikat": 2), or 0."""
    return next((w for w in (3, 2, 1) if x + w <= len(toks) and
                 " ".join(t.text for t in toks[x:x + w]) in lx.country_names), 0)


def _past_holder_words(doc: Document, toks: list[Token], i: int) -> int:
    """Index past the words on a holder written between a title and the name: lowercase words
    of age, standing or origin (``title_cues.tsv``, kind ``holder_word``: "muda", "veteran",
    "asal"), then a country or, after "asal", a region (the holder's nationality or origin, no
    body: "pelatih asal Negeri Contoh Rudi …", "kiper veteran Contohland Rudi …");
    ``i`` when there are none."""
    lx, n, x = doc.lx, len(toks), i
    while x < n and x - i < 3 and toks[x].text in lx.holder_words:
        x += 1
    origin = x > i and toks[x - 1].text == "asal"
    width = _country_width_at(lx, toks, x)
    if not width and origin:
        width = region_width(toks, x, lx.region_candidates)
    return x + width if width and x + width < n and toks[x + width].is_cap else i


# the lowercase words and marks a title's body may hold before a comma closes it ("Duta Besar X untuk Y, …")
_BODY_JOINTS = frozenset({"untuk", "dan", "&", "-", "(", ")", "/"})


_ROMAN = re.compile(r"[IVXLC]+")  # "Wilayah IV": a unit's number, no acronym closing a body


def _president_s_body_end(doc: Document, toks: list[Token], i: int) -> int:
    """Index of the comma after the body of a national title that names no country ("Presiden
    Sukamaju, Rudi Wibisana", "Wakil Presiden Klub Sinar, Rina Wati"): one capitalized word that
    is no well-known figure's short name ("Presiden Jokowi, …"), or two or three that name a body
    or a place of the article, then a comma and a name of two words or more (or one after an
    honorific); ``i`` otherwise ("Presiden Rudi Wibisana, Ibu Negara …": a name, then the next)."""
    lx = doc.lx
    comma = _comma_after_body(doc, toks, i)
    if comma is None or comma - i > 3 or any(not (t.is_cap and t.is_word) for t in toks[i:comma]):
        return i
    body = doc.text[toks[i].start:toks[comma - 1].end]
    if comma - i == 1 and (body in lx.short_names or body in lx.name_starts or body in lx.prefixes):
        return i
    if comma - i > 1 and doc.named(body, ("org", "place"), alias=True) is None and body not in lx.org_names:
        return i
    after = split_name(doc, toks[comma + 1:name_run(doc, toks, comma + 1)])
    if after is None or not (after[0] or len(after[1]) >= 2):
        return i
    return comma


def _comma_after_body(doc: Document, toks: list[Token], i: int) -> int | None:
    """Index of the comma closing a title's body of up to ten tokens from ``toks[i]``
    (capitalized words, numbers, "untuk", "dan", an acronym in brackets) when a capitalized
    word follows it that opens no other title and names no weekday: where the holder's name
    starts after a body the complement did not read whole ("Duta Besar Sukamaju untuk Negeri
    Contoh, Dr. Rudi …"); None otherwise."""
    lx, text, n = doc.lx, doc.text, len(toks)
    if i >= n or not (toks[i].is_cap and toks[i].is_word):
        return None
    x = i
    while x < n and x - i < 10 and toks[x].text != ",":
        t = toks[x]
        if x > i and "\n" in text[toks[x - 1].end:t.start]:
            return None
        if t.is_cap and t.is_word:
            if x > i and t.text in lx.title_starts and t.text not in lx.ranks and lx.TITLE_RE.match(text, t.start):
                return None  # "Menhub Rudi …, Menteri …": a second title, a list of holders
        elif not (t.text in _BODY_JOINTS or t.text.isdigit()):
            return None
        x += 1
    if x >= n - 1 or toks[x].text != "," or toks[x - 1].text in _BODY_JOINTS - {")"}:
        return None
    nxt = toks[x + 1]
    if is_acronym(nxt.text) or nxt.text in lx.acronyms or nxt.text[:5] in lx.agency_stems or \
            lx.INSTITUTION_RE.match(text, nxt.start):
        return None  # "…, Ditjen Bina Marga Rudi …": another body, then maybe the name
    if not nxt.is_cap or nxt.text.lower() in lx.weekdays or \
            nxt.text in lx.title_starts and nxt.text not in lx.ranks and lx.TITLE_RE.match(text, nxt.start):
        return None
    return x


def _after_a_name_and_comma(doc: Document, at: int) -> bool:
    """Whether the title written at ``at`` follows a capitalized word and a comma ("Rudi
    Wibisana, CEO …"): an apposition to a name before it, whose words after it name no holder."""
    x = doc.token_at.get(at)
    toks = doc.tokens
    return x is not None and x >= 2 and toks[x - 1].text == "," and toks[x - 2].is_cap and toks[x - 2].is_word


def _office_holder_after(doc: Document, toks: list[Token], i: int) -> int:
    """Index past the title of an office-holder (a head of state or government, a minister, a
    regional head: a title of a government) and its complement, written after a staff title
    with up to two words of its division, when a name follows: "Staf Khusus [Presiden] Rudi …",
    "Sekretaris [Militer Presiden] Rudi …", "Juru Bicara [Menteri Luar Negeri] Rudi …", also after
    another staff title ("Koordinator [Staf Khusus Presiden] Rudi …"); else ``i``."""
    lx, text, n, x = doc.lx, doc.text, len(toks), i
    while x < n and x - i < 2 and toks[x].is_cap and toks[x].is_word and lx.is_common_word(toks[x].text) and \
            toks[x].text not in lx.title_words:
        x += 1
    m = lx.TITLE_RE.match(text, toks[x].start) if x < n and toks[x].text in lx.title_starts else None
    if m is None or m["pre"] or m.start("title") != toks[x].start:
        return i
    owner = lx.titles[m["title"]]
    y = x + len(tokenize(m["title"]))
    if owner.rule.how == "follows" and not owner.rule.ministry and x == i:
        inner = _office_holder_after(doc, toks, y)  # "Koordinator [Staf Khusus Presiden] Rudi …"
        return inner if inner > y else i
    if not (owner.rule.how in ("national", "gov", "country") or owner.rule.ministry):
        return i
    end = title_complement(doc, toks, y, m["title"], owner.rule)
    named = end < n and toks[end].is_cap and toks[end].is_word or \
        end + 1 < n and toks[end].text == "," and toks[end + 1].is_cap
    return end if named else i


def _name_after_body(doc: Document, toks: list[Token], i: int, k: int) -> int | None:
    """Where a holder's name starts in the run of capitalized words after a title when the run
    as a whole reads as no name, because a body's name opens it ("Direktur Utama [Perusahaan
    Umum Bulog] Rudi Wibisana …", "Kepala [Kor Lalu Lintas Polri] Brigjen Rudi …"), or because the
    complement read from ``toks[i]`` to ``toks[k]`` took the name too ("CEO [PT Sinar Jaya] Rudi
    Wibisana …"); None when nothing says where.

    The words before the cut must name a body (an acronym, an institution's or a body's word, a
    region) and the words after it must read as a whole name, to the run's end; the cut is at a
    rank or an honorific, else where the statistical tagger starts a person and reads each word
    after as one, or where the name's words are written elsewhere in the article without the
    body's last word before them (one reading per discourse).
    """
    lx, text, n = doc.lx, doc.text, len(toks)
    end = k
    while end < n and end - k < 14:
        t = toks[end]
        if end > k and "\n" in text[toks[end - 1].end:t.start]:
            break
        if t.is_cap or t.text in lx.prefixes or t.text in lx.ranks:
            end += 1
        elif t.text == "(" and end > k:
            close = next((x for x in range(end + 2, min(end + 5, n)) if toks[x].text == ")"), None)
            if close is None or not all(toks[x].is_cap for x in range(end + 1, close)):
                break
            end = close + 1  # "… Badan Urusan Logistik (Perum Bulog) Rudi …"
        elif t.text in ("dan", "&", "/") and end > k and end + 1 < n and toks[end + 1].is_cap:
            end += 1
        else:
            break

    if end < n and (toks[end].text[:1].isdigit() or toks[end].text == "," and end + 1 < n and toks[end + 1].is_cap
                    and not lx.TITLE_RE.match(text, toks[end + 1].start)):
        # "Ketua Dewan Pendiri Partai X 56, Rudi …": the body goes on, the name follows the comma
        # (not the next title of a list: "Kepala Sekretariat Negara Rudi …, Sekjen Bambang …")
        return None

    def body_word(t: Token) -> bool:
        return is_acronym(t.text) or t.text in lx.acronyms or t.text in lx.institutions or t.text in lx.org_names \
            or t.text in lx.org_words or bool(lx.INSTITUTION_RE.match(text, t.start)) or bool(lx.region_candidates(t.text))

    def field_closed(y: int, e: int) -> bool:
        # "Kementerian [Perdagangan] Rudi Wibisana …": a government body's head takes a field of
        # dictionary words (and its region); a name whose last word is none may follow it
        if lx.is_common_word(toks[e - 1].text) or toks[y].text in lx.agency_words or \
                any(is_acronym(t.text) or lx.region_candidates(t.text) for t in toks[y:e]):
            return False
        for h in range(y - 2, i - 1, -1):
            inst = lx.institution_forms.longest_at(text, toks[h].start, " ") \
                if lx.INSTITUTION_RE.match(text, toks[h].start) else None
            if inst:
                after = h + len(inst.split())
                return after < y and not named_freely(lx, toks[h].text, inst) and all(
                    t.text == "dan" or lx.is_common_word(t.text) or lx.region_candidates(t.text) for t in toks[after:y])
        return False

    def after_a_body(y: int, one: bool) -> bool:
        # a word the article writes elsewhere after a body's or a title's word ("Kapolsek Sukamaju",
        # "Polsek Sukamaju"), or after a neighbourhood's number ("RT 03 Sukamaju"): a place's name
        # (the first of several words: only after a level word or a number, "Presiden Rudi" names a person)
        for m in re.finditer(rf"(?<![\w-])([\w.-]+)\s+(\d+\s+)?({re.escape(toks[y].text)})(?![\w-])", text):
            w = m.group(1)
            if m.start(3) == toks[y].start and not one:
                continue  # (here a body's word stands before the name by the reading tried; one word
                # after an acronym or a title here already reads as a body's or a place's: "Tim KLHS Sukamaju")
            if m.group(2) and (is_acronym(w) or w in lx.acronyms) or w in lx.level_words or one and (
                    is_acronym(w) or w in lx.acronyms or w in lx.institutions or w in lx.titles):
                return True
        return False

    ranked = lx.prefixes | lx.ranks | {r.split()[0] for r in lx.ranks if " " in r}

    def tagged_person(y: int, e: int) -> bool:
        return tagger_starts_person(doc, y) and all(tagger_reads_person(doc, x) for x in range(y + 1, e))

    def written_alone(y: int, e: int) -> bool:
        name = text[toks[y].start:toks[e - 1].end]
        alone = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        return alone > len(re.findall(rf"(?<![\w-]){re.escape(toks[y - 1].text)}\s+{re.escape(name)}(?![\w-])", text))

    guesses, closed = [], []
    for y in range(i + 1, end):
        before = toks[i:y]
        if toks[y - 1].text == "," and not lx.region_candidates(toks[y].text):
            break  # "Ketua Yayasan X Rudi, Dosen Bambang …", "wartawan, Kepala Bidang …": a next holder's title
        if toks[y].text in ("(", ")", "dan", "&", "/", ",") or not any(body_word(t) for t in before) or \
                toks[y - 1].text in ("dan", "&", "/") or any(t.text in ranked for t in before):
            continue
        e = name_run(doc, toks, y)
        if e < end or split_name(doc, toks[y:e]) is None:
            continue
        if toks[y].text in ranked:
            return y
        one = e - y == 1
        if one and doc.named(toks[y].text, ("org", "place"), alias=True) is not None or after_a_body(y, one):
            # ("anggota Kepolisian Sektor Sukamaju", "Ketua RW 02 Sukamaju Rudi … di RT 03 Sukamaju": a
            # place's name, written after a body's word elsewhere)
            continue
        if tagged_person(y, e) or not one and written_alone(y, e):
            guesses.append(y)
        elif e - y >= 2 and field_closed(y, e):
            closed.append(y)
    # (the field's words are dictionary words, and so are many first names: the longest field)
    return guesses[0] if guesses else closed[-1] if closed else None


# "yang (ikut) menjadi …" right before a title: a relative clause whose title is its head's
_RELATIVE_COPULA = re.compile(r"\byang\s+(?:(?:ikut|juga|kini|pernah|sempat)\s+)?(?P<copula>[a-z]+)\s+$")


def _modifiers_before_comma(doc: Document, toks: list[Token], i: int) -> int:
    """Index of the comma after one or two lowercase words that qualify a title of no body
    ("kapten [tim], Rudi …", "petugas [lapangan], Rudi …", "kapten [mereka], Rudi …") when a
    capitalized word follows it; else ``i``. A function word ("di", "yang", "dari") or a verb
    ("mengatakan") is no qualifier: "kepada wartawan di Jakarta, Rudi …" names no journalist."""
    lx, n, x = doc.lx, len(toks), i
    while x < n and x - i < 2 and toks[x].text.isalpha() and toks[x].text.islower() and \
            toks[x].text not in lx.field_stops and toks[x].text not in lx.function_words["name_end"] and \
            not (VERB_FORM.match(toks[x].text) and toks[x].text not in lx.dictionary):
        x += 1
    return x if i < x and x + 1 < n and toks[x].text == "," and toks[x + 1].is_cap else i


def _after_plural(lx, text: str, start: int) -> bool:
    """Whether a word of number stands right before the title at ``start`` ("para pemain …")."""
    plural = lx.PLURAL_TITLE_RE.search(text, max(0, start - 16), start)
    return bool(plural) and plural.end() == start


def _is_degree(doc: Document, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is an academic degree ("S.E.", "M.Si.", "Sp.PD.")."""
    return i < len(toks) and (toks[i].text in doc.lx.suffixes or bool(_DEGREE.match(toks[i].text)))


_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.){2,}")


def _other_candidates(doc: Document) -> list[_NameCandidate]:
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
        split = split_name(doc, toks[k:name_run(doc, toks, k)])
        if not split:
            continue
        prefixes, name_toks, suffixes = split
        if len(name_toks) < 2 and "," not in text[after:pos]:
            continue
        sector = rest["sector"].strip() or None
        out.append(_NameCandidate(name_toks[0].start, name_toks[-1].end, name_toks, prefixes, suffixes,
                                  strong=True, intro=m.group(0), sector=sector))
    # "X, pemilik …" / "X, siswa …": a name set off by commas and followed by a role noun
    for m in lx.APPOSED_START_RE.finditer(text):
        pos = m.end()
        if pos not in starts:
            continue
        k = starts[pos]
        end = name_run(doc, toks, k)
        while k < end and toks[k].text in lx.start_words:
            k += 1  # "Menurut Rudi Wibisana, pedagang …": the preposition is no part of the name
        # (the role after the run first: it rejects nearly every run, splitting the name costs more)
        if k >= end or not lx.APPOSED_ROLE_RE.match(text, toks[end - 1].end, toks[end - 1].end + 40):
            continue
        split = split_name(doc, toks[k:end])
        if not split:
            continue
        prefixes, name_toks, suffixes = split
        if len(name_toks) >= 2 or prefixes:
            out.append(_NameCandidate(name_toks[0].start, name_toks[-1].end, name_toks, prefixes, suffixes,
                                      strong=True))
    # an honorific or rank always starts a name
    starters = (lx.prefixes - lx.function_words["address"]) | lx.ranks
    for t_i, t in enumerate(toks):
        if t.text not in starters:
            continue
        if t_i and (lx.VENUE_RE.fullmatch(toks[t_i - 1].text) or toks[t_i - 1].text in ("Jalan", "Jl.", "Jln.")):
            continue
        within = lx.TITLE_RE.match(text, toks[t_i - 1].start) if t_i else None
        if within and within.end() >= t.end:
            continue  # "Sekretaris Jenderal": the rank word ends a title, no name starts here
        split = split_name(doc, toks[t_i:name_run(doc, toks, t_i)])
        if split and split[1] and t_i and lx.foreign_or_epithet([toks[t_i - 1].text, *(x.text for x in split[1])]):
            continue  # "Si Nyonya Merah": an epithet, its honorific no person's
        if split and split[1]:
            prefixes, name_toks, suffixes = split
            out.append(_NameCandidate(name_toks[0].start, name_toks[-1].end, name_toks, prefixes,
                                      suffixes, strong=True))
    return out


def _words(cand: _NameCandidate) -> list[str]:
    return [t.text for t in cand.tokens]


def find_people(doc: Document) -> None:
    lx = doc.lx
    cands = _title_candidates(doc) + _other_candidates(doc)
    # full names first; shorter forms attach to a person whose name contains them
    cands.sort(key=lambda c: (not c.strong, -len(c.tokens), c.start))
    people: list[Entity] = []
    # the places were all found before (this pass adds only people's mentions)
    places = [span for span, (k, _) in doc.mentions.items() if k.startswith("place:")]
    for c in cands:
        if doc.claimed(c.start, c.end):
            continue  # "Peraturan Presiden Nomor 12 …": a law's number is no person
        if not c.title and any(a < c.end and c.start < b for a, b in doc.title_spans):
            continue  # inside the body a title names: "Ketua Kelompok Perajin Lumbung Bertuah, …"
        hit = [(a, b) for a, b in places if a < c.end and c.start < b]
        if hit and (c.title or c.prefixes) and len(c.tokens) >= 2 and all(
                c.start < a and b <= c.end and is_country(doc.ents[doc.mentions[(a, b)][0]])
                for a, b in hit):
            for span in hit:  # "Kapolri Rudi Haiti": a titled name may end in a country's name
                del doc.mentions[span]
                places.remove(span)
        elif hit:
            continue  # a place already found ("Pelaku UMKM Lombok Tengah" is no person)
        words = _words(c)
        owner = resolve_short(doc, people, words, c.start)
        if owner is None and not c.strong:
            if len(words) == 1 and (words[0] in lx.birth_names or is_big_region(lx, words[0])):
                continue
        if owner is None and not lx.may_name_a_person(words):
            continue  # "Nomor" of a regulation, a job word
        if owner is None:
            name = " ".join(words)
            owner = doc.add("person", name, c.start)
            owner.name = name
            people.append(owner)
        for x in c.prefixes:
            if x not in owner.prefixes:
                owner.prefixes.append(x)
        for x in c.suffixes:
            if x not in owner.suffixes:
                owner.suffixes.append(x)
        if c.title and c.title not in owner.titles:
            owner.titles.append(c.title)
        if c.post:
            owner.posts.append(c.post)
        if c.intro:
            doc.participant_people.add(owner.key)
            if c.sector and owner.sector is None:
                owner.sector = c.sector
        span_start = c.start
        if c.title and " ".join(words) != owner.name and c.post:
            # "Wabup Suryawan": the title belongs to the short form
            span_start = c.post.title_start
        doc.mention(span_start, c.end, owner.key)
        if doc.text[span_start:c.end] != owner.name:
            owner.aliases.add(doc.text[span_start:c.end])
    short_forms(doc, people)
    for m in _AKRAB.finditer(doc.text):
        before = next((x for x in doc.mentions.before(m.start(), ("person",)) if x[1] <= m.start()), None)
        if before:
            key = before[2]
            alias = m["alias"]
            doc.ents[key].aliases.add(alias)
            doc.mention(m.start("alias"), m.start("alias") + len(alias), key)


PASS = Pass("people", find_people,
            reads=("ents", "mentions", "acr_defs", "law_spans"),
            assigns=("ents", "mentions", "title_spans", "participant_people"))

