"""Titles: what follows a title and names its body or place (its complement), and the
words that end or open one."""
from __future__ import annotations

from ..document import Document
from ..lexicon import TitleRule
from ..text import Token
from .orgs import is_acronym, named_freely, org_tokens
from .places import region_width

__all__ = ["division_end", "title_complement", "portfolio_word"]


def division_end(doc: Document, toks: list[Token], i: int) -> int:
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
        t in lx.org_names or is_acronym(t) and t.isupper() and len(t) >= 2
    return k if body else i


def title_complement(doc: Document, toks: list[Token], i: int, title: str, rule: TitleRule) -> int:
    """Index past what follows a title and names its body or place ("Dinas Koperindag", "Klaten")."""
    lx, n, j = doc.lx, len(toks), i
    if rule.ministry:
        # "Menteri Luar Negeri …": a ministry's field the lexicon knows, its words as written
        j += next((len(f) for f in lx.ministry_fields if j + len(f) <= n and
                   all(t.text == w for t, w in zip(toks[j:j + len(f)], f))), 0)
        # "Menko Perekonomian …", "Menteri Kelautan dan Perikanan …": the ministry's field
        while j < n and toks[j].is_cap and lx.is_common_word(toks[j].text) and lx.DERIVED_NOUN_RE.match(toks[j].text):
            j += 1
            if j + 1 < n and toks[j].text == "dan" and toks[j + 1].is_cap:
                j += 1
        while j > i and toks[j - 1].text == "dan":
            j -= 1
        if j > i and not (j < n and (toks[j].text == "(" or is_acronym(toks[j].text))):
            return j  # a ministry's field is its whole name: "Menteri Kesehatan Bambang …" names no region
    if rule.how in ("follows", "unit"):
        b = division_end(doc, toks, i) if title in lx.titles and lx.titles[title].role in lx.title_cues["division"] else i
        if b > i:  # "Direktur Keuangan PT Sinar Jaya …": the division, then the body
            j = b
        j = max(j, org_tokens(doc, toks, j, first_free=title in lx.title_cues["free_after"] and b == i))
        inst = next((h for h in lx.institution_heads if doc.text.startswith(h + " ", toks[b].start)), None) \
            if b < n and lx.INSTITUTION_RE.match(doc.text, toks[b].start) else None
        if inst and j <= b + len(inst.split()) and named_freely(lx, toks[b].text, inst):
            # "Sekjen Partai Golkar …": the body's head takes its proper name, as it does alone
            j = max(j, org_tokens(doc, toks, b + len(inst.split()), first_free=True))
        elif j == b and b + 1 < n and toks[b].text in lx.org_names and toks[b + 1].is_cap:
            j = b + 1  # "Wasekjen Golkar Rudi …": a body known by its one-word name
        if j == i < n and toks[i].text in lx.institutions and (i + 1 == n or not toks[i + 1].is_cap):
            j = i + 1  # "… yang juga Komandan Satgas, …": a body named before by its head word
        return j
    if rule.how in ("national", "country"):
        # "Presiden Mesir Karim …", "Perdana Menteri Jepang …": the country the post is of
        for width in range(min(3, n - i), 0, -1):
            if " ".join(t.text for t in toks[i:i + width]) in lx.countries:
                return i + width
        return i
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


def portfolio_word(doc: Document, tok: Token, nxt: int) -> bool:
    """A common word naming a field of government after a title: a derived noun
    ("Kelautan", "Pendidikan") or the first of "X dan Y" ("Hukum dan HAM")."""
    if not doc.lx.is_common_word(tok.text):
        return False
    toks = doc.tokens
    joined = nxt + 1 < len(toks) and toks[nxt].text == "dan" and toks[nxt + 1].is_cap
    return joined or bool(doc.lx.DERIVED_NOUN_RE.match(tok.text))
