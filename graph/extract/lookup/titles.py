"""Titles: what follows a title and names its body or place (its complement), and the
words that end or open one."""
from __future__ import annotations

import re

from ..document import Document
from ..lexicon import TitleRule
from ..text import Token, written_alone
from .orgs import is_acronym, named_freely, org_tokens
from .places import region_width

__all__ = ["VERB_FORM", "english_lead", "division_end", "unit_end", "field_end", "role_field_end", "title_complement", "portfolio_word"]


def english_lead(doc: Document, toks: list[Token], i: int) -> int:
    """Index of the first of the English job words written right before the English title at
    ``toks[i]`` (``title_cues.tsv``, kind ``english_head``), which name the role with it: "[Project]
    Manager", "[Chief Operating] Officer", "[Regional General] Manager", "[Co -] Founder"; ``i``
    when none. Up to four words, capitalized, on one line (english_words.tsv, kind job).

    >>> from graph.extract import prepared
    >>> from graph.types import Article
    >>> doc = prepared(Article("a", "kata Chief Operating Officer Sinar Jaya, Rudi."), "people")
    >>> i = next(x for x, t in enumerate(doc.tokens) if t.text == "Officer")
    >>> doc.tokens[english_lead(doc, doc.tokens, i)].text
    'Chief'
    """
    jobs, text, x = doc.lx.english_jobs, doc.text, i
    while x > 0 and i - x < 4:
        t = toks[x - 1]
        if "\n" in text[t.end:toks[x].start]:
            break
        if t.text in jobs and t.text[:1].isupper():
            x -= 1
        elif t.text == "-" and x >= 2 and toks[x - 2].text == "Co" and x == i:
            x -= 2  # "Co - Founder"
        else:
            break
    return x


def division_end(doc: Document, toks: list[Token], i: int, *, any_body: bool = False) -> int:
    """Index of the body after a division named by dictionary words ("Direktur [Keuangan] PT
    …", "Direktur [Pemasaran dan Niaga] Pertamina …", "Kepala Pusat [Data, Informasi, dan
    Humas] BNPB …"), or ``i`` when no body follows one.

    A division's words are capitalized dictionary words or the words of office divisions
    (``title_cues.tsv``, kind ``division_word``: "Marketing", "SDM"), joined by "dan", "&" or
    a list's commas; an acronym in parentheses may close it ("… dan Operasi (Pusdalops)"), and
    the body may stand after a comma ("… Tsunami, BMKG, Rudi …"). With ``any_body`` (a title
    written after its holder's name, where no name follows) any capitalized word starts it.
    """
    lx, n, k = doc.lx, len(toks), i
    while k < n and toks[k].is_cap and toks[k].is_word and (
            lx.is_common_word(toks[k].text) or toks[k].text in lx.division_words) and \
            toks[k].text not in lx.title_words and not lx.INSTITUTION_RE.match(doc.text, toks[k].start):
        k += 1
        if k + 1 < n and toks[k].text in ("dan", "&") and toks[k + 1].is_cap:
            k += 1
        elif k + 2 < n and toks[k].text == "," and (toks[k + 1].text == "dan" and toks[k + 2].is_cap or
                                                    toks[k + 1].is_cap and _division_word(lx, toks[k + 1].text)
                                                    and toks[k + 2].text in (",", "dan")):
            k += 2 if toks[k + 1].text == "dan" else 1  # "Data, Informasi, dan Humas"
    if k == i or k >= n or toks[k - 1].text in ("dan", "&", ","):
        return i
    if k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")" and is_acronym(toks[k + 1].text):
        k += 3  # "Pusat Pengendalian dan Operasi (Pusdalops) BPBD …"
    if k + 1 < n and toks[k].text in (",", "pada") and _names_a_body(doc, toks, k + 1):
        return k + 1  # "Kepala Bidang Informasi Gempa Bumi, BMKG, Rudi …", "… Transmigrasi pada Kemenakertrans"
    return k if k < n and (_names_a_body(doc, toks, k) or any_body and toks[k].is_cap and toks[k].is_word) else i


def _division_word(lx, word: str) -> bool:
    return lx.is_common_word(word) or word in lx.division_words


def _names_a_body(doc: Document, toks: list[Token], k: int) -> bool:
    """Whether a body's name starts at ``toks[k]``: an institution's head, a known acronym or
    name, an acronym in capitals, or a body the article names ("Adira Finance")."""
    lx, t = doc.lx, toks[k].text
    if lx.INSTITUTION_RE.match(doc.text, toks[k].start) or lx.ACRONYM_RE.match(doc.text, toks[k].start) or \
            t in lx.org_names or is_acronym(t) and t.isupper() and len(t) >= 2:
        return True
    run = [toks[k].text]
    for x in range(k + 1, min(k + 4, len(toks))):
        if not toks[x].is_cap:
            break
        run.append(toks[x].text)
    return any(doc.named(" ".join(run[:size]), ("org",), alias=True) for size in range(len(run), 0, -1)) or \
        t.upper() != t and doc.named(t.upper(), ("org",), alias=True) is not None  # "Parsu" of "PARSU"


def unit_end(doc: Document, toks: list[Token], i: int) -> int:
    """Index past a unit of a body written before the body's name, whose holders' role it
    names ("Ketua [Komisi A] DPRD …", "Ketua [Dewan Pembina] Partai X …", "Ketua [Panitia
    Pameran] …"), or ``i`` when none starts at ``toks[i]``.

    A unit is a head word (``title_cues.tsv``, kind ``role_unit``) and a letter or numeral, or
    up to three capitalized dictionary words; a body's own name that starts with the same word
    ("Dewan Kerajinan Nasional") is no unit.
    """
    lx, n = doc.lx, len(toks)
    if i + 1 >= n or toks[i].text not in lx.role_units:
        return i
    inst = lx.INSTITUTION_RE.match(doc.text, toks[i].start)
    if inst and inst.end() > toks[i].end:
        return i
    k = i + 1
    if _UNIT_MARK.fullmatch(toks[k].text) and not lx.is_common_word(toks[k].text):
        return k + 1
    while k < n and k - i <= 4 and toks[k].is_cap and toks[k].is_word and lx.is_common_word(toks[k].text) and \
            (toks[k].text not in lx.title_words or k == i + 1) and not lx.INSTITUTION_RE.match(doc.text, toks[k].start) and \
            not lx.region_candidates(toks[k].text):
        k += 1
        if k + 1 < n and toks[k].text == "dan" and toks[k + 1].is_cap:
            k += 1  # "Pusat Pengendalian dan Operasi"
    if k <= i + 1 or toks[k - 1].text == "dan":
        return i
    if k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")" and is_acronym(toks[k + 1].text):
        k += 3  # "… (Pusdalops) BPBD …"
    return k


def field_end(doc: Document, toks: list[Token], i: int) -> int:
    """Index past the field that names a body after its head word ("Badan [Keamanan Laut
    (Bakamla)]", "Direktorat Jenderal [Kebudayaan Kemendikbud]"), or ``i``.

    The field is capitalized dictionary words (up to five, joined by "dan"); it counts only
    when something closes it as a body's name: its acronym in parentheses, a region's level
    word or an acronym, which are read on; a person's name after it stays out.
    """
    lx, n, k = doc.lx, len(toks), i
    while k < n and k - i < 6 and toks[k].is_cap and toks[k].is_word and lx.is_common_word(toks[k].text) and \
            toks[k].text not in lx.title_words and toks[k].text not in lx.name_starts and \
            toks[k].text not in lx.regional_level_words and not lx.region_candidates(toks[k].text):
        k += 1
        if k + 1 < n and toks[k].text == "dan" and toks[k + 1].is_cap:
            k += 1
    if k == i or k >= n or toks[k - 1].text == "dan":
        return i
    if k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].is_cap and toks[k + 1].is_word:
        return max(k + 3, org_tokens(doc, toks, k + 3, first_free=False))
    if toks[k].text in lx.regional_level_words or is_acronym(toks[k].text) or toks[k].text in lx.acronyms:
        return max(k, org_tokens(doc, toks, k, first_free=False))
    # "Pengadilan [Negeri Gianyar] Rudi Wibisana …": a region of the gazetteer, the body's seat, closes
    # it when a person's name follows: two or three capitalized words, one of them no dictionary word
    width = region_width(toks, k, lambda name: [r for r in lx.region_candidates(name) if r.kind != "district"])
    after = k + width
    name = []
    while width and after + len(name) < n and len(name) < 3 and toks[after + len(name)].is_cap and \
            toks[after + len(name)].is_word and not toks[after + len(name)].text.isupper():
        name.append(toks[after + len(name)].text)
    if len(name) >= 2 and name[0] not in lx.acronyms and name[0] not in lx.regional_level_words and \
            any(w in lx.name_starts or not lx.is_common_word(w) for w in name):
        return after
    return i


_UNIT_MARK = re.compile(r"[A-Z0-9]{1,4}")  # "Komisi A", "Komisi IV", "Bidang 2"


def role_field_end(doc: Document, toks: list[Token], i: int, title: str) -> int:
    """Index past the field written in lowercase after a title whose role takes one
    (``title_cues.tsv``, kind ``field_role``): "pakar [hukum tata negara] Rudi …", "…, pengamat
    [politik] dari Universitas X"; ``i`` when the title takes none or none follows.

    The field is up to four lowercase words; a word of ``field_stop`` ("yang", "asal", "dari"),
    a body's head written in lowercase ("direktur olahraga [klub] X"), a possessive ("direktur
    tekniknya"), a verb (a prefixed word that is no root of the dictionary: "menilai",
    "dikutip") or anything not a word ends it. A title written in lowercase may take a field
    that its capitalized form does not ("direktur teknik Rudi …", not "Direktur PT X").
    """
    lx, n, k = doc.lx, len(toks), i
    if lx.titles[title].role not in lx.field_roles and title not in lx.field_roles:
        return i
    while k < n and k - i < 4 and toks[k].text.isalpha() and toks[k].text.islower() and \
            toks[k].text not in lx.field_stops and toks[k].text not in lx.lower_bodies and \
            not toks[k].text.endswith("nya") and not (
                VERB_FORM.match(toks[k].text) and toks[k].text not in lx.dictionary):
        k += 1
    return k


VERB_FORM = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}$")  # "menilai", "berpendapat", "dikutip", "tertarik"


def title_complement(doc: Document, toks: list[Token], i: int, title: str, rule: TitleRule, *,
                     after_name: bool = False) -> int:
    """Index past what follows a title and names its body or place ("Dinas Koperindag", "Klaten");
    ``after_name``: the title is written after its holder's name, so no name follows it."""
    lx, n, j = doc.lx, len(toks), i
    if rule.ministry:
        # "Menteri Luar Negeri …": a ministry's field the lexicon knows (an acronym's expansion, its
        # words as written; or a national title's ministry)
        j += next((len(f) for f in lx.ministry_fields if j + len(f) <= n and
                   all(t.text == w for t, w in zip(toks[j:j + len(f)], f))), 0) or \
            next((size for size in (5, 4, 3, 2, 1) if i + size <= n and
                  " ".join(t.text for t in toks[i:i + size]) in lx.title_ministry_fields), 0)
        # "Menko Perekonomian …", "Menteri Kelautan dan Perikanan …": the ministry's field
        # ("Menko Bidang Kemaritiman …": a field word may open it)
        # (also in lowercase: "Menteri Koordinator bidang Perekonomian …")
        while j < n and (toks[j].is_cap or j == i and toks[j].text.capitalize() in lx.field_words) and \
                lx.is_common_word(toks[j].text) and (
                lx.DERIVED_NOUN_RE.match(toks[j].text) or
                toks[j].text.capitalize() in lx.field_words and j == i and j + 1 < n and toks[j + 1].is_cap):
            j += 1
            if j + 1 < n and toks[j].text == "dan" and toks[j + 1].is_cap:
                j += 1
        while j > i and toks[j - 1].text == "dan":
            j -= 1
        if j == i + 1 and toks[i].text.capitalize() in lx.field_words:
            j = i  # "Menko Bidang Politik, Hukum dan Keamanan (…)": no field of derived nouns after it
        closed = _field_with_acronym(lx, toks, i)
        if closed > j:
            # "Menteri Desa dan Pembangunan Daerah Tertinggal dan Transmigrasi (DPDTT) …": any
            # dictionary words, closed by the ministry's acronym, are its field
            return closed
        if j > i and not (j < n and (toks[j].text == "(" or is_acronym(toks[j].text))):
            # a ministry's field is its whole name ("Menteri Kesehatan Bambang …" names no region),
            # but for a country's written after it: "Menteri Luar Negeri Amerika Serikat Rex …"
            return j + _country_width(lx, toks, j)
    if rule.how == "client":
        # "kuasa hukum Rudi, Bambang …", "kuasa hukum Rudi lainnya, Bambang …": the client's name
        k = i
        while k < n and k - i < 4 and toks[k].is_cap and toks[k].is_word:
            k += 1
        if k > i and k < n and toks[k].text in lx.client_ends:
            k += 1
        return k if k > i and (k >= n or not toks[k].is_cap) else i
    if rule.how == "follows" and i + 1 < n and toks[i].text in lx.lower_bodies and toks[i + 1].is_cap:
        # "Pelatih timnas Indonesia Rudi …", "Ketua tim SAR Zona C Rudi …": a body named in lowercase
        k = org_tokens(doc, toks, i + 1, first_free=True)
        # "… tim SAR Zona C Kapten Rudi …": the body's name goes on up to a rank or an honorific
        rank = next((x for x in range(k, min(k + 4, n)) if toks[x].text in lx.ranks or toks[x].text in lx.prefixes), None)
        if rank is not None and all(t.is_cap for t in toks[k:rank]):
            k = rank
        return k if k > i + 1 else i
    if rule.how in ("follows", "unit"):
        b = division_end(doc, toks, i, any_body=after_name) \
            if title in lx.titles and lx.titles[title].role in lx.title_cues["division"] else i
        if b == i and rule.how == "follows":
            b = unit_end(doc, toks, i)  # "Ketua Dewan Pembina Partai X …": the unit, then the body
            if b > i and org_tokens(doc, toks, b, first_free=False) == b and not _names_a_body(doc, toks, b):
                b = i
        if b > i:  # "Direktur Keuangan PT Sinar Jaya …": the division, then the body
            j = b
        j = max(j, org_tokens(doc, toks, j, first_free=title in lx.title_cues["free_after"] and b == i or
                              after_name and b > i))
        inst = lx.institution_forms.longest_at(doc.text, toks[b].start, " ") \
            if b < n and lx.INSTITUTION_RE.match(doc.text, toks[b].start) else None
        if inst and j <= b + len(inst.split()) and named_freely(lx, toks[b].text, inst):
            # "Sekjen Partai Golkar …": the body's head takes its proper name, as it does alone
            j = max(j, org_tokens(doc, toks, b + len(inst.split()), first_free=True))
        elif inst and j <= b + len(inst.split()):
            # "Badan Keamanan Laut (Bakamla) …", "Badan Penanggulangan Bencana Daerah Kabupaten X":
            # the field that names a body after its head, closed by its acronym or its region
            j = max(j, field_end(doc, toks, b + len(inst.split())))
        elif j == b and b + 1 < n and toks[b].text in lx.org_names and (toks[b + 1].is_cap or after_name):
            j = b + 1  # "Wasekjen Golkar Rudi …", "Rudi, politisi Gerindra, …": a body known by its one-word name
        if j == i < n and toks[i].text in lx.institutions and (i + 1 == n or not toks[i + 1].is_cap):
            j = i + 1  # "… yang juga Komandan Satgas, …": a body named before by its head word
        if not after_name:
            j = _body_before_a_name_named_alone(doc, toks, i, j)
        # "Kapolres Klaten (AKBP Rudi …)": a rank in parentheses opens the holder's name, no acronym
        return next((x for x in range(i, j - 1) if toks[x].text == "(" and toks[x + 1].text in lx.ranks), j)
    if rule.how in ("national", "country"):
        # "Presiden Mesir Karim …", "Perdana Menteri Jepang …": the country the post is of
        # ("Presiden RI Rudi …": the country's own short form, no place of its own)
        width = _country_width(lx, toks, i) or int(i < n and toks[i].text in lx.home_country_forms)
        if not width and rule.how == "national" and rule.arg is None and i < n and toks[i].text.isupper() and \
                _names_a_body(doc, toks, i):
            # "Presiden FIFA Rudi …", "Presiden PKS, Rudi …": the president of a body named by its
            # acronym, no country's (the acronym alone: "Presiden UFC Dana White" holds no "UFC Dana")
            return i + 1
        if width and i + width + 2 < n and toks[i + width].text == "(" and toks[i + width + 2].text == ")" and \
                is_acronym(toks[i + width + 1].text):
            width += 3  # "Presiden Amerika Serikat (AS) Rudi …": the country's acronym after its name
        if width and rule.how == "country":
            width += _posted_to_width(lx, toks, i + width)
        return i + width
    if rule.how == "gov":
        # above the district a district's name is no jurisdiction: "Bupati Bone Baso …" is a name
        # (district names are often personal names too)
        if rule.arg in ("district", "village", "nagari"):
            region = lx.region_candidates
        else:
            def region(name):
                return [r for r in lx.region_candidates(name) if r.kind != "district"]
        while j < n and toks[j].is_cap:
            width = region_width(toks, j, region)
            if width:
                j += width
            elif toks[j].text in lx.regional_level_words and not toks[j].text.endswith("."):
                j += 1
            else:
                break
    return j


def _body_before_a_name_named_alone(doc: Document, toks: list[Token], i: int, j: int) -> int:
    """Where the holder's name begins in a run of capitalized words after a title that were read
    all as a name or all as a body ("Pebalap Contoh Motor Bima Santika …", "CEO Investree Rudi
    Wibisana …"), by what the article writes elsewhere (one reading per discourse): at the
    last two words or more when these, their first word or their last is also written
    without the words before them, which then name the body; at the run's start when the
    free words of a body's name took a name whose last word only is written alone elsewhere
    ("Manajer Bernd Kolbeck … Kolbeck"); else ``j`` as read."""
    lx, text, n = doc.lx, doc.text, len(toks)
    end = i
    while end < n and end - i < 7 and toks[end].is_cap and toks[end].is_word:
        end += 1
    first = toks[i].text if i < n else ""
    if end - i < 2 or j not in (i, end) or first in lx.name_starts or first in lx.prefixes or first in lx.ranks \
            or lx.INSTITUTION_RE.match(text, toks[i].start) or end < n and toks[end].text == "-" or \
            end + 1 < n and toks[end].text == "," and toks[end + 1].is_cap:
        # ("Direktur PT Osma Grup yang …": "Osma Grup" alone is the body's short name; "Ketua DPD
        # Partai X, Rudi …": the name after the comma)
        return j

    def bodyish(t: Token) -> bool:  # a word that names a body or place rather than a person
        return t.text in lx.ranks or t.text in lx.prefixes or is_acronym(t.text) or t.text in lx.org_names or \
            bool(lx.region_candidates(t.text)) or bool(lx.INSTITUTION_RE.match(text, t.start))

    def times(a: int, b: int) -> int:  # how often the words toks[a:b] are written in the article
        return sum(1 for _ in written_alone(text, text[toks[a].start:toks[b - 1].end]))

    written = text.count(text[toks[i].start:toks[end - 1].end])
    last_alone = text.count(toks[end - 1].text) > written
    whole = None
    for cut in range(i + 1, end - 1):
        if text.count(text[toks[cut].start:toks[end - 1].end]) <= written and not last_alone and \
                text.count(toks[cut].text) <= written:
            continue  # (a quick no: never written without the words before it, even inside a word)
        whole = times(i, end) if whole is None else whole
        # the words before must name a body too: a rank, an acronym or a region among them, or
        # written alone elsewhere ("penjaga gawang David De Gea … De Gea": "David" is no body)
        body = any(t.text in lx.ranks or is_acronym(t.text) or lx.region_candidates(t.text) for t in toks[i:cut]) \
            or times(i, cut) > whole
        # the name's words: all of them, or the last one when two are left (a surname written
        # alone more often than with the word before it); a first name alone may be another's
        # ("Pemimpin Negeri Contoh Park Sang Ho … kata Park", a deputy envoy)
        named = times(cut, end) > whole or not bodyish(toks[cut]) and cut == end - 2 and \
            times(end - 1, end) > times(cut, end)
        # or, the words before written alone as a body's name, the name's first word written alone
        # too ("CIO Sinarvest Rudi Wibisana … Sinarvest … kata Rudi")
        # (the first word no country's nor the body's: the body never written with it but for the name;
        # no country's leader: "Pemimpin Negeri Contoh Park Sang Ho … kata Park" may be a deputy envoy)
        named = named or end - cut >= 2 and not bodyish(toks[cut]) and toks[cut].text not in lx.country_names and \
            text[toks[i].start:toks[cut - 1].end] not in lx.country_names and \
            times(i, cut) > whole and times(i, cut + 1) == whole and \
            times(cut, cut + 1) > times(cut - 1, cut + 1)  # (alone: not after the body's last word)
        # (not inside a rank of several words: "Komisaris [Besar Rudi …]")
        if body and named and not any(toks[cut].text in r.split()[1:] for r in lx.ranks if " " in r):
            return cut
    if j == end and end - i == 2 and last_alone and not any(bodyish(t) for t in toks[i:end]):
        whole = times(i, end) if whole is None else whole
        if times(i, i + 1) == whole and times(end - 1, end) > whole:
            return i  # "Manajer Bernd Kolbeck … Kolbeck": a name, no body's
    return j


def _field_with_acronym(lx, toks: list[Token], i: int) -> int:
    """Index past a field of capitalized dictionary words joined by "dan" or commas and closed
    by an acronym in parentheses ("Kelautan dan Perikanan (KKP)"), or ``i``."""
    n, k = len(toks), i
    while k < n and toks[k].is_cap and toks[k].is_word and lx.is_common_word(toks[k].text) and \
            toks[k].text not in lx.title_words:
        k += 1
        if k + 1 < n and toks[k].text in ("dan", ",") and toks[k + 1].is_cap:
            k += 2 if k + 2 < n and toks[k + 1].text == "dan" else 1
    if k > i and k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")" and is_acronym(toks[k + 1].text):
        return k + 3
    return i


def _posted_to_width(lx, toks: list[Token], i: int) -> int:
    """How many tokens from ``toks[i]`` name where an envoy serves, after the envoy's country:
    "untuk" and a country, Indonesia's short form or a body's acronym ("Duta Besar Lorandia
    [untuk Indonesia] Rudi …", "Dubes RI [untuk PBB], Rudi …"), or 0."""
    n = len(toks)
    if i + 1 >= n or toks[i].text not in lx.title_cues["posted_to"]:
        return 0
    k = i + 1
    width = _country_width(lx, toks, k) or int(toks[k].text in lx.home_country_forms or
                                              is_acronym(toks[k].text) and toks[k].text.isupper())
    if not width:
        return 0
    if k + width + 2 < n and toks[k + width].text == "(" and toks[k + width + 2].text == ")" and \
            is_acronym(toks[k + width + 1].text):
        width += 3
    return 1 + width


def _country_width(lx, toks: list[Token], i: int) -> int:
    """How many tokens from ``toks[i]`` name a country ("Amerika Serikat": 2), or 0."""
    for width in range(min(3, len(toks) - i), 0, -1):
        if " ".join(t.text for t in toks[i:i + width]) in lx.countries:
            return width
    return 0


def portfolio_word(doc: Document, tok: Token, nxt: int) -> bool:
    """A common word naming a field of government after a title: a derived noun
    ("Kelautan", "Pendidikan") or the first of "X dan Y" ("Hukum dan HAM")."""
    if not doc.lx.is_common_word(tok.text):
        return False
    toks = doc.tokens
    joined = nxt + 1 < len(toks) and toks[nxt].text == "dan" and toks[nxt + 1].is_cap
    return joined or bool(doc.lx.DERIVED_NOUN_RE.match(tok.text))
