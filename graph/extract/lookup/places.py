"""Places several passes look up: gazetteer regions as place entities, the region a name
stands for, and places in a span or a list."""
from __future__ import annotations

import re

from ..document import Document, Entity
from ..lexicon import REGIONAL_LEVELS, Lexicon
from ..text import Token

__all__ = ["region_place", "choose_region", "trim_name_words", "area_of", "country_place", "region_width",
           "in_place_list", "region_here", "is_big_region", "place_in", "a_rank_group_here"]


def region_place(doc: Document, region, pos: int | None) -> Entity:
    """The place entity for a gazetteer region, with its parents (implied)."""
    lx = doc.lx
    parent_key = None
    if region.parent and region.parent in lx.regions:
        parent_key = region_place(doc, lx.regions[region.parent], None).key
    ent = doc.add("place", f"{region.name} {region.kind}", pos,
                  level=region.kind, within=parent_key, code=region.code, official=region.official)
    ent.name = region.name
    if pos is not None:
        ent.mentioned = True
    return ent


def choose_region(doc: Document, name: str, level: str | None):
    cands = doc.lx.region_candidates(name)
    if not cands:  # (most names asked are no region's)
        return None
    if level is None and name in doc.lx.rank_groups and _rank_group_in(doc, name):
        return None  # "para Pati TNI", "perwira tinggi (Pati)": a group of officers, no regency
    wanted = doc.lx.level_of.get(level or "")
    if wanted in REGIONAL_LEVELS:
        cands = [c for c in cands if c.kind == wanted] or cands
    elif wanted == "district":
        cands = [c for c in cands if c.kind == "district"]
    else:
        cands = [c for c in cands if c.kind != "district"] or cands
    if len(cands) < 2:  # (none, or one: no need to rank them by the places found)
        return cands[0] if cands else None
    order = {"province": 0, "regency": 1, "city": 2, "district": 3}
    known = {e.code for e in doc.ents.values() if e.kind == "place"}
    # prefer the region found already ("Kota Magelang", then "di Magelang": the city, not the
    # regency of the same name), then one inside one found (the article's province or regency)
    def score(c):
        inside = any(c.code.startswith(k + ".") for k in known if k)
        return (c.code not in known, not inside, order[c.kind], c.code)
    return sorted(cands, key=score)[0]


def trim_name_words(name: str, doc: Document) -> str:
    """Cut a capitalized run at words that start something else (titles, institutions)."""
    words = name.split()
    out = []
    for w in words:
        if w in doc.lx.titles or w in doc.lx.institutions or w in doc.lx.weekdays or \
                w.lower() in doc.lx.weekdays or w in doc.lx.level_words:
            break
        out.append(w)
    return " ".join(out) or words[0]


def area_of(doc: Document, text: str) -> str | None:
    """The place key of the last gazetteer region named in ``text`` ("BPBD Tanah Datar")."""
    area = None
    for m in doc.lx.REGION_RE.finditer(text):
        region = choose_region(doc, m["name"], m["lvl"])
        if region:
            area = region_place(doc, region, None).key
    return area


def country_place(doc: Document, name: str) -> str:
    """The place of a country (the one the article names, else an implied one)."""
    same = next((e for e in doc.ents.values() if e.kind == "place" and e.level == "country"
                 and e.name == name), None)
    if same is None:
        same = doc.add("place", f"{name} country", None, level="country")
        same.name = name
    return same.key


def region_width(toks: list[Token], j: int, region) -> int:
    """How many capitalized words from ``toks[j]`` name a region (longest first, up to
    four: "Ogan Komering Ulu Timur"); 0 when none does."""
    for width in range(min(4, len(toks) - j), 0, -1):
        words = toks[j:j + width]
        if all(t.is_cap for t in words) and region(" ".join(t.text for t in words)):
            return width
    return 0


def in_place_list(doc: Document, i: int, j: int) -> bool:
    """Whether tokens i..j stand in a list with a place: right after "<place> ," / "<place> dan",
    or right before ", <place>" ("Cikini , Jakarta")."""
    toks = doc.tokens

    def place_at(s: int, e: int) -> bool:
        # a mention that starts at s, ends at e or holds either starts at most ``longest`` before it
        near = {(a, b): k for x in (s, e) if x >= 0
                for a, b, k in doc.mentions.starting_between(x - doc.mentions.longest, x + 1)}
        near = [(a, b, k) for (a, b), k in near.items()]
        at = [(a, b, k) for a, b, k in near if a == s or b == e]
        return any(k.startswith("place:") for a, b, k in at) and not any(  # not "Diskominfo Sintang"
            a < s or b > e for a, b, k in near
            if not k.startswith("place:") and (a <= s < b if s >= 0 else a < e <= b))

    if any(t.text.isupper() or not t.is_cap for t in toks[i:j]):
        return False  # "BANYUWANGI, JATIMKINI.COM": the publisher after the dateline

    if i >= 2 and toks[i - 1].text in doc.lx.list_joints and place_at(-1, toks[i - 2].end):
        return True
    return j + 1 < len(toks) and toks[j].text == "," and place_at(toks[j + 1].start, -1) and \
        not (j + 2 < len(toks) and toks[j + 2].text in (",", "dan"))


def region_here(doc: Document, name: str):
    """The gazetteer region a bare name stands for: a province, regency or city, or a
    district of the article's own regency (a district name elsewhere is too often a word)."""
    region = choose_region(doc, name, None)
    if region is None or region.kind != "district":
        return region
    home = doc.ents[doc.region].code if doc.region else None
    return region if home and region.code.startswith(home + ".") else None


def is_big_region(lx: Lexicon, word: str) -> bool:
    """A province, regency or city name (district names are too often also personal names)."""
    return any(r.kind != "district" for r in lx.region_candidates(word))


def place_in(doc: Document, span) -> str | None:
    if not span:
        return None
    found = [(s, k) for s, e, k in doc.mentions.within(span[0], span[1], ("place",))]
    return sorted(found)[-1][1] if found else None


# the words around a group of officers' short name ("para Pati", "(Pati)", "Pamen - Pati", "Pati TNI")
_RANK_GROUP_BEFORE_RE = re.compile(r"(?:\bpara|\(|\bPamen\s*-)\s*$")
_RANK_GROUP_AFTER_RE = re.compile(r"\s+(?:TNI|Polri)\b|\s*\)")


def _rank_group_in(doc: Document, word: str) -> bool:
    """:func:`a_rank_group_here` for the article, asked once a word."""
    memo = doc.memo.setdefault("rank_groups", {})
    if word not in memo:
        memo[word] = a_rank_group_here(doc.text, word)
    return memo[word]


def a_rank_group_here(text: str, word: str) -> bool:
    """Whether the article writes ``word`` (a regency's name that is also the short word for
    a group of officers, "Pati") as that group at least once ("para Pati", "perwira tinggi
    (Pati)", "Pati TNI"): then, one sense a story, a bare "Pati" of it names no place."""
    at = text.find(word)
    while at >= 0:
        if _RANK_GROUP_BEFORE_RE.search(text, max(0, at - 12), at) or \
                _RANK_GROUP_AFTER_RE.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False
