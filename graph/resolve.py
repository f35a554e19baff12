"""One IRI per real entity across articles: canonical keys and a person resolver.

Each article's extraction names its entities by keys local to that article. This module
turns those keys into corpus-wide IRI paths (under the minter's base):

- **Places** are identified by kind and name, and below the regency level also by the
  regency or city they lie in (``place/village/klaten/sukamaju``): two villages called
  the same in two regencies stay apart.
- **Organizations** are identified by their name with the place designation taken off and
  the area they serve put back in a fixed form, so "Dinas Kesehatan Kabupaten X", "Dinkes
  X" (expanded by the extractor) and "Dinas Kesehatan" in an article about X all become
  ``org/dinas-kesehatan-kabupaten-x``, while the Dinas Kesehatan of another regency does not.
  National bodies carry no area. Businesses are qualified by the region of the article
  that names them.
- **Across articles** (:meth:`Resolver.resolve_bodies`) a body named by an acronym is one
  with the one body of that acronym another article named ("LKPN" here, "Lembaga Kajian
  Pangan Nusantara (LKPN)" there; a typo of the longer name too), unless their areas differ
  (or one has none and the acronym is that of a body every region has); and a place of no
  known kind, or not placed in a regency ("Sidorejo" of "Desa Sido Rejo", "Kabupaten Sukamaju"
  unknown to the gazetteer), is one with the one place of that name (spaces aside) whose kind and region
  do not differ. The posts and offers minted from a body's path follow it.
- **People** need evidence, so they go through a :class:`Resolver` that keeps an index of
  the people seen so far, blocked by full name and by post held (near-linear: a new person
  is compared only with the people in its blocks). Two mentions are one person when

  * the full names (two words or more) are equal and their regions are compatible (the
    same region, one inside the other, or one unknown), and no second candidate is as
    good; or
  * one is a single name part of the other's full name and both hold the same post
    (role and jurisdiction): "Bupati Wiratmo" in one article is "Wiratmo Sastrodiningrat,
    Bupati Klaten" of another, while a bare "Agus" joins no "Agus Salim"; or
  * both articles tell one story (they share two other people or bodies) and no other
    person of the story fits: a given name or surname alone, a shorter name, another
    spelling, or the same name that only the story's region kept apart
    (:class:`Resolver`).

  A person's region is the jurisdiction of a post they hold in the article, else the
  regency or city the article is about (the most mentioned one), else unknown. The
  article's region is not taken for a national official (a post in a government body
  that serves no area: "Juru Bicara KPK") nor for a name of three words or more, which
  two people seldom share: "Rudi Sastro Wibisana" in a Depok story and in a Jakarta one
  is one person.

The resolver's state is plain JSON (kept beside an on-disk store), so an incremental
build resolves new articles against everything built before; when an article goes or
changes, its people leave their clusters first.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .iris import slugify
from .types import Extraction, Organization, Place

__all__ = ["BodySig", "PersonSig", "Resolver", "body_signatures", "body_swaps", "entity_paths", "home_region",
           "person_signatures"]

_BELOW_REGENCY = {"district", "village", "venue", "other"}
_KIND_WORD = {"regency": "kabupaten", "city": "kota", "province": "provinsi", "district": "kecamatan",
              "village": "desa", "country": "negara"}
# the designations that may stand before a place name at the end of an organization's name
# ("DKI": Daerah Khusus Ibukota, often beside "Provinsi"; "Kota Administrasi": a city of the capital)
_DESIGNATIONS = {"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kec", "desa", "kelurahan",
                 "nagari", "kampung", "dki", "administrasi"}

_NAME_SPLIT = re.compile(r"[\s.,'’-]+")

Region = tuple[str, str, str, str]  # (kind, slug, regency or city slug, province slug); "" unknown


# ---- places and organizations: canonical paths ---------------------------------------------
def _places(x: Extraction) -> dict[str, Place]:
    return {p.key: p for p in x.places}


def _up_to(places: dict[str, Place], key: str | None, kinds: set[str]) -> Place | None:
    """The first place of one of ``kinds`` on the way up from ``key`` (itself included)."""
    seen = set()
    while key in places and key not in seen:
        seen.add(key)
        p = places[key]
        if p.kind in kinds:
            return p
        key = p.within
    return None


def home_region(x: Extraction) -> Place | None:
    """The regency or city the article is about: the most mentioned one, else the one the
    first post's jurisdiction names; ``None`` when the article names neither."""
    places = _places(x)
    regional = {k for k, p in places.items() if p.kind in ("regency", "city")}
    counts = Counter(m.entity for m in x.mentions if m.entity in regional)
    for post in x.posts:  # a Bupati's jurisdiction counts as a mention
        if post.jurisdiction in regional:
            counts[post.jurisdiction] += 1
    if not counts:
        return None
    order = {m.entity: i for i, m in reversed(list(enumerate(x.mentions)))}
    best = max(counts, key=lambda k: (counts[k], -order.get(k, len(order))))
    return places[best]


def _place_path(p: Place, places: dict[str, Place], home: Place | None) -> str:
    if p.kind in _BELOW_REGENCY:
        region = _up_to(places, p.within, {"regency", "city"}) or (home if p.kind != "other" else None)
        if region is not None and region.key != p.key:
            return f"place/{p.kind}/{slugify(region.name)}/{slugify(p.name)}"
    return f"place/{p.kind}/{slugify(p.name)}"


def _named_area(name: str, places: dict[str, Place]) -> Place | None:
    """The place an organization's name ends with ("… Provinsi Sumatera Barat"), if any."""
    best = None
    for p in places.values():
        if p.kind not in _KIND_WORD:
            continue
        for form in (p.name, *p.aliases, *_gazetteer_aliases().get(p.name, ())):
            if len(form) > 2 and name.endswith(f" {form}") and (best is None or len(form) > len(best[1])):
                best = (p, form)
    return best[0] if best else None


@lru_cache(maxsize=1)
def _gazetteer_aliases() -> dict[str, tuple[str, ...]]:
    """The short names of the regions that have some (``gazetteer/aliases.tsv``), by the
    region's name: "Pengadilan Tinggi DKI" ends with the capital's province as surely as
    "Pengadilan Tinggi DKI Jakarta" does."""
    from .extract.lexicon import lexicon
    out: dict[str, list[str]] = {}
    for alias, region in lexicon().region_aliases.items():
        if alias != region.name:
            out.setdefault(region.name, []).append(alias)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _canonical_names() -> tuple[re.Pattern, list[str]]:
    """The standard names of ``canonical_names.tsv`` as one pattern that finds any of them
    at a word's start (group ``c<i>`` for row i) and the names by row."""
    from .extract.lexicon import read_table
    rows = read_table("canonical_names.tsv")
    alternatives = "|".join(f"(?P<c{i}>{r['pattern'].removeprefix('^')})" for i, r in enumerate(rows))
    return re.compile(rf"(?:^|(?<=\s))(?:{alternatives})", re.I), [r["canonical"] for r in rows]


def _canonical_tail(name: str) -> str:
    """A body of a party named by the party's short name takes its standard name: "DPD
    Perindo" is "DPD Partai Persatuan Indonesia" (``canonical_names.tsv``; the extractor does
    the same for a name that starts with it)."""
    pattern, canonical = _canonical_names()
    hit = pattern.search(name)
    if hit is None:
        return name
    return name[:hit.start()] + canonical[int(hit.lastgroup[1:])] + name[hit.end():]


def _org_area(o: Organization, places: dict[str, Place], home: Place | None) -> Place | None:
    """The area an organization serves: the place its name ends with (which wins over the
    area the extractor inferred from context), else that area, else for a business the
    article's region."""
    area = _named_area(o.name, places) or (places.get(o.area) if o.area else None)
    if area is None and o.is_business and home is not None:
        area = home
    return area


def _org_path(o: Organization, places: dict[str, Place], home: Place | None) -> str:
    if " " in o.name:
        o = replace(o, name=_canonical_tail(o.name))
    area = _org_area(o, places, home)
    if area is None or area.kind not in _KIND_WORD:
        return f"org/{slugify(o.name)}"
    base = o.name
    for name in sorted({area.name, *area.aliases, *_gazetteer_aliases().get(area.name, ())}, key=len, reverse=True):
        if len(base) > len(name) and base.endswith(name) and base[-len(name) - 1] in " ,":
            base = base[:-len(name)].rstrip(" ,")
            for _ in range(2):  # "Provinsi DKI <name>": both designations go
                head, _, last = base.rpartition(" ")
                if not (head and last.lower().rstrip(".") in _DESIGNATIONS):
                    break
                base = head.rstrip(" ,")
            break
    if not base.strip() or slugify(base) == slugify(area.name):
        return f"org/{slugify(o.name)}"
    return f"org/{slugify(base)}-{_KIND_WORD[area.kind]}-{slugify(area.name)}"


def entity_paths(x: Extraction) -> dict[str, str]:
    """The canonical IRI path of every place and organization of one extraction (by key),
    and of every person before cross-article resolution (``person/<full name>``)."""
    places = _places(x)
    home = home_region(x)
    paths = {p.key: _place_path(p, places, home) for p in x.places}
    paths.update((o.key, _org_path(o, places, home)) for o in x.organizations)
    paths.update((p.key, f"person/{slugify(p.name)}") for p in x.people)
    return paths


# ---- organizations and places across articles ------------------------------------------------
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{2,9}")  # three letters or more: "PP", "PT" say too little
_TYPO_MIN = 5  # words this long may differ by a typo ("Ketahnan" for "Ketahanan")


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words, in order, from the
    first: "LKPN" of "Lembaga Kajian Pangan Nusantara"; not "LKPN" of "Balai Riset Lembaga
    Kajian Pangan Nusantara", an alias the extractor took from a longer name."""
    initials = iter(w[0] for w in _tokens(name) if w)
    letters = acronym.lower()
    return bool(letters) and next(initials, "") == letters[0] and all(ch in initials for ch in letters[1:])


def _is_acronym(form: str) -> bool:
    """A short form of capitals ("LKPN", "PTSJ"), not a word ("Kemenkop")."""
    return bool(_ACRONYM.fullmatch(form)) and sum(ch.isupper() for ch in form) * 2 >= len(form) >= 2 \
        and sum(ch.isupper() for ch in form) >= 2


@lru_cache(maxsize=1)
def _regional_acronyms() -> frozenset[str]:
    """The acronyms of bodies that every region has (``acronyms.tsv``, regional = yes): the
    same acronym in two regions is two bodies, and one without a region is none of them."""
    from .extract.lexicon import read_table
    return frozenset(r["acronym"] for r in read_table("acronyms.tsv") if r.get("regional") == "yes")


@lru_cache(maxsize=1)
def _level_words() -> dict[str, str]:
    """The words naming a place's level before its name (``place_levels.tsv``), as slugs."""
    from .extract.lexicon import read_table
    return {slugify(r["form"]): r["level"] for r in read_table("place_levels.tsv")}


@dataclass(frozen=True)
class BodySig:
    """What one article says about one organization or place, as far as resolution across
    articles needs it (see :meth:`Resolver.resolve_bodies`)."""

    key: str
    path: str                                   # its canonical path in the article
    kind: str = "org"                           # "org", or the place's kind
    acronyms: tuple[str, ...] = ()              # an organization's short forms ("LKPN")
    words: tuple[tuple[str, ...], ...] = ()     # the words of each of its longer names
    area: str = ""                              # the area it serves ("regency/klaten"), "" none
    regional: bool = False                      # named by the acronym of a regional body
    compact: str = ""                           # a place's name without spaces ("sidorejo")
    loose: bool = False                         # a place of no known kind, or not placed in a regency
    region: str = ""                            # a place's regency or city (slug), "" unknown
    derived: tuple[tuple[str, str], ...] = ()   # IRIs minted from the path: (before, after) its tail


def _tail(path: str) -> str:
    return path.split("/", 1)[1]


def _without_area(form: str, area: Place | None) -> str:
    """A name without the area it ends with: "LKPN Kabupaten Sragen" → "LKPN"."""
    if area is None:
        return form
    for name in sorted({area.name, *area.aliases, *_gazetteer_aliases().get(area.name, ())}, key=len, reverse=True):
        if form.endswith(f" {name}"):
            head, _, last = form[:-len(name) - 1].rpartition(" ")
            return head if head and slugify(last) in _level_words() else form[:-len(name) - 1]
    return form


def body_signatures(x: Extraction, paths: dict[str, str] | None = None) -> list[BodySig]:
    """The organizations that have an acronym and every place of one extraction, with the
    IRIs the build mints from their paths (posts, offers) so that a merge renames those too."""
    places = _places(x)
    home = home_region(x)
    paths = paths if paths is not None else entity_paths(x)
    derived: dict[str, set[tuple[str, str]]] = {}
    for post in x.posts:
        if post.organization in paths:
            derived.setdefault(post.organization, set()).add((f"post/{slugify(post.role.label_id)}/", ""))
    regional = _regional_acronyms()
    out = []
    for o in x.organizations:
        area = _org_area(o, places, home)
        forms = {_without_area(f, area) for f in (o.name, *o.aliases)}
        longer = [f for f in (o.name, *o.aliases) if not _is_acronym(_without_area(f, area))]
        # an acronym links the body only when it spells its longer name (or it has none)
        acronyms = tuple(sorted(f for f in forms if _is_acronym(f) and
                                (not longer or any(_spells(f, n) for n in longer))))
        if o.implied or not acronyms or o.key not in paths:
            continue  # only a short form links a body across articles (its path does the rest)
        made = derived.get(o.key, set()) | {("offer/", f"/{slugify(prod)}") for prod in o.products}
        words = {tuple(sorted(set(_tokens(f)))) for f in forms if not _is_acronym(f)}
        out.append(BodySig(o.key, paths[o.key], acronyms=acronyms, words=tuple(sorted(words)),
                           area=f"{area.kind}/{slugify(area.name)}" if area and area.kind in _KIND_WORD else "",
                           regional=bool(set(acronyms) & regional), derived=tuple(sorted(made))))
    for pl in x.places:
        if pl.key not in paths:
            continue
        parts = paths[pl.key].split("/")  # place/KIND/[REGION/]NAME
        qualified = len(parts) == 4
        loose = parts[1] == "other" or (parts[1] in _BELOW_REGENCY and not qualified)
        region = parts[2] if qualified else (slugify(home.name) if loose and home is not None else "")
        kind, words = parts[1], slugify(pl.name).split("-")
        if loose and len(words) > 1 and words[0] in _level_words():
            kind, words = _level_words()[words[0]], words[1:]  # "Kabupaten Sukamaju" of no known kind
        out.append(BodySig(pl.key, paths[pl.key], kind, words=(tuple(words),), compact="".join(words),
                           loose=loose, region=region))
    return out


def body_swaps(sigs: Iterable[BodySig], resolved: dict[str, str]) -> dict[str, str]:
    """The IRI paths an article's graph must change once its bodies are resolved: each body's
    path and the posts and offers minted from it."""
    out = {}
    for sig in sigs:
        new = resolved.get(sig.key, sig.path)
        if new != sig.path:
            out[sig.path] = new
            out.update((f"{a}{_tail(sig.path)}{b}", f"{a}{_tail(new)}{b}") for a, b in sig.derived)
    return out


def _near(a: str, b: str) -> bool:
    """One word, or a typo of it: a long word cut short, a letter off (two in a long word);
    not another word ("udara", "darat")."""
    if a == b or min(len(a), len(b)) < _TYPO_MIN:
        return a == b
    most = 2 if min(len(a), len(b)) >= 8 else 1
    return a.startswith(b) or b.startswith(a) or Levenshtein.distance(a, b, score_cutoff=most) <= most


def _words_fit(a: list, b: list) -> bool:
    """Two sets of longer names of one body: either has none (a bare acronym), or two of them
    have the same words in any order, one of them maybe with a typo ("Lembaga Kajian Pangn
    Nusantara"); a word more or another word is another body ("… Wilayah Timur")."""
    if not a or not b:
        return True
    for x in a:
        for y in b:
            if len(x) == len(y) and all(any(_near(w, v) for v in y) for w in x) and \
                    all(any(_near(v, w) for w in x) for v in y):
                return True
    return False


def _bodies_fit(a: dict, b: dict) -> bool:
    """Whether two body clusters (or a cluster and an article's body) may be one.

    Organizations: a shared acronym, longer names that fit, and the same area, or one of them
    without an area when the acronym is not a regional body's. Places: the same name (spaces
    aside), one of them loose (of no known kind, or not placed in a regency), kinds that do
    not differ (unless one is unknown) and regions that do not differ (a one-word name of no
    region joins no place placed in a regency)."""
    if a["kind"] == "org" or b["kind"] == "org":
        if a["kind"] != b["kind"] or not set(a["acronyms"]) & set(b["acronyms"]):
            return False
        if a["area"] != b["area"] and (a["area"] and b["area"] or a["regional"] or b["regional"]):
            return False
        return _words_fit(a["words"], b["words"])
    if a["compact"] != b["compact"] or not (a["loose"] or b["loose"]) or \
            not (a["kind"] == b["kind"] or "other" in (a["kind"], b["kind"])):
        return False
    if a["region"] and b["region"]:
        return a["region"] == b["region"]
    # a one-word name of no region said ("Sukamaju") is no sign of the village of that name
    # somewhere: many regions have one; a name of two words ("Gedung Serbaguna") is
    placed = a if a["region"] else b
    return placed["kind"] not in _BELOW_REGENCY or not placed["region"] or \
        min((len(w) for c in (a, b) for w in c["words"]), default=1) > 1


def _strong(c: dict) -> bool:
    """A body whose own name should win: an organization with a longer name, a placed place."""
    return bool(c["words"]) if c["kind"] == "org" else not c["loose"]


def _body_row(sig: BodySig) -> dict:
    # no members: a body's row changes when it learns a new name, not when an article names it
    # ("members" stays, empty, for the readers of the state that look for it)
    return {"kind": sig.kind, "members": {}, "paths": [sig.path],
            "acronyms": list(sig.acronyms), "words": [list(w) for w in sig.words], "area": sig.area,
            "regional": sig.regional, "compact": sig.compact, "loose": sig.loose, "region": sig.region,
            "derived": [list(d) for d in sig.derived]}


def _body_copy(c: dict) -> dict:
    """A body cluster that shares no list with ``c`` (state handed out or taken in)."""
    return {**c, "members": {},
            **{field: [list(t) if isinstance(t, (list, tuple)) else t for t in c[field]]
               for field in ("paths", "acronyms", "words", "derived")}}


def _fold_body(c: dict, s: dict) -> None:
    """Body cluster (or article row) ``s`` joins cluster ``c``."""
    for field in ("paths", "acronyms"):
        c[field] = sorted(set(c[field]) | set(s[field]))
    for field in ("words", "derived"):
        c[field] = [list(t) for t in sorted({tuple(t) for t in c[field]} | {tuple(t) for t in s[field]})]
    for field in ("area", "region", "regional"):
        c[field] = c[field] or s[field]


# ---- people: signatures and the resolver ---------------------------------------------------
@dataclass(frozen=True)
class PersonSig:
    """What one article says about one person, as far as resolution needs it."""

    key: str                                 # the key inside the article
    name: str
    tokens: tuple[str, ...]                  # lowercased name parts
    region: Region | None                    # post jurisdiction, else the article's region
    posts: tuple[tuple[str, str], ...] = ()  # (role label, jurisdiction slug) pairs
    context: frozenset[str] = frozenset()    # the article's other names and bodies (see _context)
    published: str = ""                      # the article's date (ISO), "" when unknown

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2


def _region(p: Place | None, places: dict[str, Place]) -> Region | None:
    if p is None:
        return None
    regency = _up_to(places, p.within, {"regency", "city"})
    prov = _up_to(places, p.within, {"province"})
    return p.kind, slugify(p.name), slugify(regency.name) if regency else "", slugify(prov.name) if prov else ""


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in _NAME_SPLIT.split(name.lower()) if t)


def _article_context(x: Extraction, places: dict[str, Place], home: Place | None) -> set[str]:
    """What an article names besides a person: its people (names and aliases) and its bodies
    (canonical paths). Two articles that share some of it tell one story."""
    keys = {" ".join(_tokens(n)) for p in x.people for n in (p.name, *p.aliases)}
    keys.update(_org_path(o, places, home) for o in x.organizations if not o.implied)
    keys.discard("")
    return keys


def _dateline_province(x: Extraction, places: dict[str, Place], home: Place | None) -> Place | None:
    """The province the article is filed from and names more often than its regency or city
    (a story filed from a province that is itself a city, naming a city of another province
    once): where its people are. None when the article names no regency or city."""
    if not x.mentions:
        return None
    first = min(x.mentions, key=lambda m: m.start)
    p = places.get(first.entity)
    if p is None or p.kind != "province" or first.start > 40:
        return None
    counts = Counter(m.entity for m in x.mentions)
    return p if home is not None and counts[p.key] > counts[home.key] else None  # (no city: no region)


def person_signatures(x: Extraction) -> list[PersonSig]:
    places = _places(x)
    home = home_region(x)
    person_home = _dateline_province(x, places, home) or home
    posts: dict[str, list] = {}
    for post in x.posts:
        posts.setdefault(post.holder, []).append(post)
    out = []
    bodies = {o.key: o for o in x.organizations}
    context = _article_context(x, places, home)
    published = x.article.published.isoformat() if x.article.published else ""
    for p in x.people:
        held = posts.get(p.key, [])
        # a post held once says where one was, not who one is now: "mantan Bupati X" keeps no one
        # apart from the Gubernur of another region the story's other articles name
        held = [q for q in held if q.status != "former"] or [q for q in held if q.jurisdiction not in places]
        juris = [places[q.jurisdiction] for q in held if q.jurisdiction in places]
        tokens = _tokens(p.name)
        national = any(q.organization in bodies and bodies[q.organization].kind == "government" and
                       not bodies[q.organization].area for q in held)
        if juris:
            region = _region(juris[0], places)
        elif national or len(tokens) >= 3:
            # the article's region says little of a national official ("Juru Bicara KPK") or of
            # a name of three words, which two people seldom share: it keeps no one apart
            region = None
        else:
            region = _region(person_home, places)
        pairs = tuple(sorted({(q.role.label_id.lower(), slugify(places[q.jurisdiction].name)
                               if q.jurisdiction in places else "") for q in held}))
        own = {" ".join(_tokens(n)) for n in (p.name, *p.aliases)}
        out.append(PersonSig(p.key, p.name, tokens, region, pairs, frozenset(context - own), published))
    return out


def _compatible(a: Region | None, b: Region | None) -> bool:
    if a is None or b is None or a == b:
        return True
    for outer, inner in ((a, b), (b, a)):  # a district in its regency, a regency in its province
        if (outer[0] in ("regency", "city") and inner[2] == outer[1]) or \
                (outer[0] == "province" and inner[3] == outer[1]):
            return True
    return False


_STORY_MIN = 2         # shared names or bodies that put two articles in one story
_CONTEXT_ARTICLES = 16  # the latest member articles whose context a cluster keeps
_BLOCK_MAX = 64         # a name part more clusters share than this links no one by itself
_STORY_DAYS = 366       # a name alone or another spelling joins a story told within this time
_VARIANT_SPELLINGS = (("dj", "j"), ("tj", "c"), ("oe", "u"))  # the old spelling, the new


def _respell(token: str) -> str:
    """A name part in today's spelling ("Soetedjo" → "sutejo")."""
    for old, new in _VARIANT_SPELLINGS:
        token = token.replace(old, new)
    return token


def _skeleton(token: str) -> str:
    """A (respelled) name part's consonants: "Syamsudin" and "Samsudin", "Soetedjo" and
    "Sutejo" have one skeleton."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", token))


def _variant(a: tuple[str, ...] | list[str], b: tuple[str, ...] | list[str]) -> bool:
    """Two spellings of one name: as many parts, one at least the same, each other part of
    five letters or more with the same skeleton and at most two edits away."""
    if len(a) != len(b) or len(a) < 2 or tuple(a) == tuple(b):
        return False
    same = 0
    for x, y in zip(a, b):
        if x == y:
            same += 1
            continue
        x, y = _respell(x), _respell(y)
        if min(len(x), len(y)) < 5 or _skeleton(x) != _skeleton(y) or Levenshtein.distance(x, y, score_cutoff=2) > 2:
            return False
    return same > 0


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Name parts that never stand for a person alone (name starts, customary titles,
    Balinese birth-order names) and those that make another person of a name ("Jr.")."""
    from .extract.lexicon import read_table
    rows = read_table("name_parts.tsv")
    alone = frozenset(t for r in rows if r["kind"] != "generation" for t in _tokens(r["form"]))
    return alone, frozenset(t for r in rows if r["kind"] == "generation" for t in _tokens(r["form"]))


def _part_of(short: tuple[str, ...] | list[str], long: tuple[str, ...] | list[str]) -> bool:
    """``short`` names a part of ``long`` that the news calls a person by: the given name or
    the surname alone ("Wibisana" of "Rudi Wibisana", not "Sastro" of "Rudi Sastro
    Wibisana"), a shorter name ("Rudi Wibisana" of "Abdul Rudi Wibisana"); not a name part
    that never stands alone ("Made", "Andi"), nor a name of another generation ("Jr.")."""
    if not (len(short) < len(long) and set(short) < set(long)) or not ({long[0], long[-1]} & set(short)):
        return False
    never_alone, generation = _name_words()
    if len(short) == 1 and short[0] in never_alone:
        return False
    return not (set(long) - set(short)) & generation


class Resolver:
    """Clusters of person mentions across articles; each cluster is one IRI path.

    State: ``clusters`` (path → {"name", "tokens" (the longest name), "region", "posts",
    "members": {article: key}, "names": {article: the name it wrote}, "context": {article:
    [keys]}}). Blocks by name, by post and by name part are rebuilt from it on load.

    Besides equal names and shared posts, a story links two mentions: an article whose other
    people and bodies share at least two with the articles of a cluster (its context) tells
    the same story. Within one story a name joins the one person whose name holds it (a
    surname or given name alone, "Wibisana" of "Rudi Wibisana"; a shorter name), or a
    spelling of it ("Soetedjo" for "Sutejo"), or the person of the same name whom only the
    story's region (not a post) kept apart. It joins no one when two such people are in the
    story, nor when a name part is so common that it says nothing (``_BLOCK_MAX``).
    """

    def __init__(self, state: dict | None = None) -> None:
        self.clusters: dict[str, dict] = {}
        self._by_name: dict[str, set[str]] = {}
        self._by_post: dict[tuple, set[str]] = {}  # (role, jurisdiction) -> clusters holding it
        self._by_article: dict[str, set[str]] = {}
        self._by_token: dict[str, set[str]] = {}  # name part -> clusters whose name has it
        self._contexts: dict[str, frozenset[str]] = {}  # path -> the union of its "context"
        self.bodies: dict[str, dict] = {}  # organizations and places (see resolve_bodies)
        self._body_of: dict[str, str] = {}  # an article's path of a body -> its cluster
        self._by_acronym: dict[str, set[str]] = {}
        self._by_compact: dict[str, set[str]] = {}
        for path, c in (state or {}).get("clusters", {}).items():
            if path.startswith(("org/", "place/")):
                self.bodies[path] = _body_copy(c)
                self._index_body(path)
                continue
            c["region"] = tuple(c["region"]) if c.get("region") else None
            c["posts"] = [tuple(p) for p in c.get("posts", [])]
            c["context"] = dict(c.get("context") or {})
            c["dates"] = dict(c.get("dates") or {})
            c["names"] = dict(c.get("names") or {aid: c["tokens"] for aid in c["members"]})
            self.clusters[path] = c
            self._index(path)
        self.renamed: dict[str, str] = {}  # paths merged into others since the last take_renames()
        self._dirty: set[str] = set()  # clusters changed (or gone) since the last take_changes()

    # -- state -------------------------------------------------------------------------------
    def take_changes(self) -> tuple[dict[str, dict], set[str]]:
        """The clusters changed since the last call (path → cluster) and the paths gone,
        for a store that keeps the state row by row."""
        changed = {p: self._row(p) for p in self._dirty if p in self.clusters}
        changed.update((p, _body_copy(self.bodies[p])) for p in self._dirty if p in self.bodies)
        gone = {p for p in self._dirty if p not in self.clusters and p not in self.bodies}
        self._dirty = set()
        return changed, gone

    def _row(self, path: str) -> dict:
        c = self.clusters[path]
        return {**c, "tokens": list(c["tokens"]), "members": dict(c["members"]), "posts": list(c["posts"]),
                "context": {aid: list(keys) for aid, keys in c["context"].items()}, "dates": dict(c["dates"]),
                "names": {aid: list(name) for aid, name in c["names"].items()}}

    def state(self) -> dict:
        """All clusters (plain JSON), as :class:`Resolver` takes them back."""
        return {"format": 1, "clusters": {**{path: self._row(path) for path in sorted(self.clusters)},
                                          **{path: _body_copy(self.bodies[path]) for path in sorted(self.bodies)}}}

    def _index(self, path: str) -> None:
        c = self.clusters[path]
        for aid in c["members"]:
            self._by_article.setdefault(aid, set()).add(path)
        for name in {" ".join(c["tokens"]), *(" ".join(n) for n in c["names"].values())}:
            self._by_name.setdefault(name, set()).add(path)
            for token in name.split():
                self._by_token.setdefault(token, set()).add(path)
        for post in c["posts"]:
            if post[1]:
                self._by_post.setdefault(tuple(post), set()).add(path)

    def _unindex(self, path: str) -> None:
        c = self.clusters[path]
        for aid in c["members"]:
            self._by_article.get(aid, set()).discard(path)
        for name in {" ".join(c["tokens"]), *(" ".join(n) for n in c["names"].values())}:
            self._by_name.get(name, set()).discard(path)
            for token in name.split():
                self._by_token.get(token, set()).discard(path)
        for post in c["posts"]:
            self._by_post.get(tuple(post), set()).discard(path)
        self._contexts.pop(path, None)

    def forget(self, article_id: str) -> None:
        """Take an article's people out of their clusters (it was removed or changed). Body
        clusters keep what they learnt: the store's graphs were renamed by it, and a row that
        listed every article naming the capital would be written again with each batch."""
        for path in self._by_article.pop(article_id, set()):
            c = self.clusters[path]
            self._unindex(path)
            del c["members"][article_id]
            c["context"].pop(article_id, None)
            c["dates"].pop(article_id, None)
            c["names"].pop(article_id, None)
            if c["members"]:
                if c["tokens"] not in c["names"].values():  # the longest name left
                    c["tokens"] = max(c["names"].values(), key=len, default=c["tokens"])
                self._index(path)
            else:
                del self.clusters[path]
            self._dirty.add(path)

    def take_renames(self) -> dict[str, str]:
        out, self.renamed = self.renamed, {}
        return out

    # -- organizations and places ------------------------------------------------------------
    def _index_body(self, path: str) -> None:
        c = self.bodies[path]
        for p in c["paths"]:
            self._body_of[p] = path
        for a in c["acronyms"]:
            self._by_acronym.setdefault(a, set()).add(path)
        if c["compact"]:
            self._by_compact.setdefault(c["compact"], set()).add(path)

    def _unindex_body(self, path: str) -> None:
        c = self.bodies[path]
        for p in c["paths"]:
            if self._body_of.get(p) == path:
                del self._body_of[p]
        for a in c["acronyms"]:
            self._by_acronym.get(a, set()).discard(path)
        self._by_compact.get(c["compact"], set()).discard(path)

    def _body_candidates(self, c: dict, skip: str | None = None) -> list[str]:
        """The body clusters that ``c`` may be one with, looked up by its acronyms or its
        name (a block more clusters share than ``_BLOCK_MAX`` links no one)."""
        blocks = [self._by_acronym.get(a, set()) for a in c["acronyms"]] if c["kind"] == "org" else \
            [self._by_compact.get(c["compact"], set())]
        found = set().union(*(b for b in blocks if len(b) <= _BLOCK_MAX))
        return sorted(p for p in found if p != skip and _bodies_fit(c, self.bodies[p]))

    def _merge_body(self, short: str, path: str) -> None:
        """Body cluster ``short`` goes into ``path``; the posts and offers minted from its
        path are renamed with it."""
        c, s = self.bodies[path], self.bodies[short]
        self._unindex_body(short)
        self._unindex_body(path)
        _fold_body(c, s)
        del self.bodies[short]
        self._index_body(path)
        self._dirty.update((short, path))
        self._rename(short, path)
        for a, b in s["derived"]:
            self._rename(f"{a}{_tail(short)}{b}", f"{a}{_tail(path)}{b}")

    def _rename(self, old: str, new: str) -> None:
        self.renamed[old] = new
        for before, after in self.renamed.items():  # keep chains flat
            if after == old:
                self.renamed[before] = new

    def _absorb_bodies(self, path: str, taken: set[str]) -> None:
        """A new body cluster with a longer name (or a placed place) takes in the weaker
        clusters (a bare acronym, a loose place) that could be one with it and nothing else."""
        c = self.bodies[path]
        for weak in self._body_candidates(c, skip=path):
            w = self.bodies.get(weak)
            if w is None or _strong(w) or weak in taken:
                continue
            if self._body_candidates(w, skip=weak) == [path]:
                self._merge_body(weak, path)

    def resolve_bodies(self, article_id: str, sigs: Iterable[BodySig]) -> dict[str, str]:
        """The IRI path of each organization and place of one article (by key), after its
        bodies met those of the articles before.

        An organization named by an acronym is one with the one body of that acronym met
        before whose longer names fit and whose area does not differ (nor is missing, for the
        acronym of a body every region has); a bare acronym takes the longer name's path.
        A place of no known kind, or not placed in a regency, is one with the one place of
        that name (spaces aside) whose kind and region do not differ. Two bodies of one
        article are never one. What a body cluster learnt stays when its articles go.

        Examples
        --------
        >>> r = Resolver()
        >>> full = BodySig("o1", "org/lembaga-kajian-pangan-nusantara", acronyms=("LKPN",),
        ...                words=(("kajian", "lembaga", "nusantara", "pangan"),))
        >>> r.resolve_bodies("a1", [BodySig("o1", "org/lkpn", acronyms=("LKPN",))])
        {'o1': 'org/lkpn'}
        >>> r.resolve_bodies("a2", [full])
        {'o1': 'org/lembaga-kajian-pangan-nusantara'}
        >>> r.take_renames()
        {'org/lkpn': 'org/lembaga-kajian-pangan-nusantara'}
        """
        out: dict[str, str] = {}
        taken: set[str] = set()
        for sig in sorted(sigs, key=lambda s: (s.loose, not s.words, s.key)):  # the strong first
            row = _body_row(sig)
            path = self._body_of.get(sig.path)
            if path is None:
                cands = [p for p in self._body_candidates(row) if p not in taken]
                if len(cands) == 1 and (_strong(self.bodies[cands[0]]) or not _strong(row)):
                    path = cands[0]
            if path is None:
                path = sig.path
                self.bodies[path] = row
                self._index_body(path)
                self._dirty.add(path)
                self._absorb_bodies(path, taken)  # (two bodies of this article stay two)
            elif sig.path not in self.bodies[path]["paths"]:
                self._join_body(path, row)
            out[sig.key] = path
            taken.add(path)
        return out

    def _join_body(self, path: str, row: dict) -> None:
        self._unindex_body(path)
        _fold_body(self.bodies[path], row)
        self._index_body(path)
        self._dirty.add(path)

    # -- evidence --------------------------------------------------------------------------------
    def _same_post(self, sig: PersonSig, c: dict) -> bool:
        return any(j and (r, j) in c["posts"] for r, j in sig.posts)

    def _containing(self, tokens, posts) -> list[str]:
        """Clusters with a longer name holding all of ``tokens`` and one of ``posts``."""
        holders = {p for post in posts if post[1] for p in self._by_post.get(tuple(post), ())}
        return [p for p in holders if set(tokens) < set(self.clusters[p]["tokens"])]

    def _context(self, path: str) -> frozenset[str]:
        ctx = self._contexts.get(path)
        if ctx is None:
            ctx = self._contexts[path] = frozenset().union(*self.clusters[path]["context"].values())
        return ctx

    def _one_story(self, context: frozenset[str], path: str) -> bool:
        return len(context & self._context(path)) >= _STORY_MIN

    def _posts_disagree(self, region: Region | None, posts, c: dict) -> bool:
        """Both hold posts, in regions that do not fit: two officials, whatever the story."""
        return any(j for _, j in posts) and any(j for _, j in c["posts"]) and not _compatible(region, c["region"])

    def _in_time(self, published: str, path: str) -> bool:
        """Whether one of the cluster's latest articles is within ``_STORY_DAYS`` of the date
        (true when either date is unknown)."""
        dates = self.clusters[path]["dates"]
        if not published or not dates:
            return True
        day = date.fromisoformat(published)
        return any(abs((day - date.fromisoformat(d)).days) <= _STORY_DAYS for d in dates.values())

    def _in_story(self, tokens, region, posts, context: frozenset[str], skip: str | None = None,
                  published: str = "") -> list[str]:
        """The clusters of the story (``context``) whose name holds ``tokens`` or is a spelling
        of it, looked up in the smallest block of a name part."""
        # a longer name has every part, another spelling one at least: any small block holds it
        found = set().union(*(b for t in set(tokens) if len(b := self._by_token.get(t, set())) <= _BLOCK_MAX))
        out = []
        for p in sorted(found):
            c = self.clusters[p]
            if p == skip or not (_part_of(tokens, c["tokens"]) or _variant(tokens, c["tokens"]) or
                                 (len(c["tokens"]) > 1 and _part_of(c["tokens"], tokens))):
                continue
            if not self._posts_disagree(region, posts, c) and self._one_story(context, p) and \
                    self._in_time(published, p):
                out.append(p)
        return out

    # -- resolution ------------------------------------------------------------------------------
    def _candidates(self, sig: PersonSig) -> list[str]:
        if sig.full:
            same = [p for p in self._by_name.get(" ".join(sig.tokens), ())
                    if _compatible(sig.region, self.clusters[p]["region"]) or
                    (not self._posts_disagree(sig.region, sig.posts, self.clusters[p]) and
                     self._one_story(sig.context, p))]  # only the story's region kept them apart
            if len(same) > 1:  # prefer the one with the same post or the same region
                same = [p for p in same if self._same_post(sig, self.clusters[p])] or \
                       [p for p in same if self.clusters[p]["region"] == sig.region] or \
                       [p for p in same if self._one_story(sig.context, p)] or same
            # a shorter form of a longer name ("Yusra Halim" of "Yusra Halim Dt. Rajo Api")
            # holding the same post, else a longer name or another spelling in the story
            holder = self._containing(sig.tokens, sig.posts)
            if len(holder) == 1 and not any(j for p in same for _, j in self.clusters[p]["posts"]):
                return holder  # the longer name holding the post, before the same name holding none
            return same or holder or \
                self._in_story(sig.tokens, sig.region, sig.posts, sig.context, published=sig.published)
        # a single name part: the full name holding the same post, else the one full name of
        # the story that holds it, else the same bare name
        linked = self._containing(sig.tokens, sig.posts)
        if linked:
            return linked
        story = self._in_story(sig.tokens, sig.region, sig.posts, sig.context, published=sig.published)
        bare = max((len(self.clusters[p]["members"]) for p in self._by_name.get(" ".join(sig.tokens), ())
                    if self.clusters[p]["tokens"] == list(sig.tokens)), default=0)
        if len(story) == 1 and bare <= len(self.clusters[story[0]]["members"]):
            return story  # (a bare name met more often alone than the full name is a thing of its own)
        return [p for p in self._by_name.get(" ".join(sig.tokens), ())
                if (sig.region is not None and self.clusters[p]["region"] == sig.region) or
                self._same_post(sig, self.clusters[p]) or
                (_compatible(sig.region, self.clusters[p]["region"]) and self._one_story(sig.context, p))]

    def _new_path(self, sig: PersonSig) -> str:
        path = f"person/{slugify(sig.name)}"
        if path in self.clusters and sig.region:
            path = f"{path}-{sig.region[1]}"
        n = 2
        stem = path
        while path in self.clusters:
            path, n = f"{stem}-{n}", n + 1
        return path

    def _add_context(self, c: dict, article_id: str, context: frozenset[str], published: str) -> None:
        ctx, dates = c["context"], c["dates"]
        ctx.pop(article_id, None)
        dates.pop(article_id, None)
        ctx[article_id] = sorted(context)
        if published:
            dates[article_id] = published
        while len(ctx) > _CONTEXT_ARTICLES:  # the oldest go: a cluster's row stays small
            dates.pop(gone := next(iter(ctx)), None)
            del ctx[gone]

    def _join(self, path: str, sig: PersonSig, article_id: str) -> None:
        c = self.clusters[path]
        self._unindex(path)
        c["members"][article_id] = sig.key
        c["names"][article_id] = list(sig.tokens)
        longer = _part_of(c["tokens"], sig.tokens)
        if longer:  # the cluster goes by the longer name from now on
            c["tokens"] = list(sig.tokens)
        self._add_context(c, article_id, sig.context, sig.published)
        self._contexts.pop(path, None)
        self._dirty.add(path)
        self._by_article.setdefault(article_id, set()).add(path)
        c["posts"] = sorted(set(c["posts"]) | set(sig.posts))
        if c["region"] is None and sig.region is not None:
            c["region"] = sig.region
        self._index(path)
        if longer:
            self._absorb_story(path)

    def _merge(self, short: str, path: str) -> None:
        """Cluster ``short`` goes into ``path`` (a longer name of the same person)."""
        c, s = self.clusters[path], self.clusters[short]
        self._unindex(short)
        self._unindex(path)
        for aid, key in s["members"].items():
            c["members"].setdefault(aid, key)
            c["names"].setdefault(aid, s["names"].get(aid, s["tokens"]))
        for aid, keys in s["context"].items():
            self._add_context(c, aid, frozenset(keys), s["dates"].get(aid, ""))
        c["posts"] = sorted(set(c["posts"]) | set(s["posts"]))
        del self.clusters[short]
        self._index(path)
        self._dirty.update((short, path))
        self._rename(short, path)

    def _absorb_short(self, path: str) -> None:
        """A new cluster takes in the clusters named by a part of its name that hold its
        post (and no other cluster with a longer name holds it)."""
        c = self.clusters[path]
        if not any(j for _, j in c["posts"]):
            return
        tokens = set(c["tokens"])
        shorter = {p for post in c["posts"] if post[1] for p in self._by_post.get(tuple(post), ())
                   if p != path and set(self.clusters[p]["tokens"]) < tokens}
        for short in sorted(shorter):
            s = self.clusters.get(short)
            if s is None or not any(post[1] and post in c["posts"] for post in s["posts"]):
                continue
            if self._containing(s["tokens"], s["posts"]) != [path]:
                continue  # two longer names hold that post: leave the short one alone
            self._merge(short, path)

    def _absorb_story(self, path: str) -> None:
        """A new cluster takes in the clusters of its story named by its given name or surname
        alone, when it is the only one of the story they could join (the rule of
        :meth:`_in_story`, for the articles that came first)."""
        c = self.clusters[path]
        if len(c["tokens"]) < 2:
            return
        # a bare name only: a cluster with a full name keeps its IRI, a longer name joins it
        near = {p for t in (c["tokens"][0], c["tokens"][-1]) if len(b := self._by_token.get(t, set())) <= _BLOCK_MAX
                for p in b if len(self.clusters[p]["tokens"]) == 1}
        for short in sorted(near - {path}):
            s = self.clusters.get(short)
            if s is None or set(s["members"]) & set(c["members"]) or not _part_of(s["tokens"], c["tokens"]):
                continue  # two people of one article are never one
            if self._in_story(s["tokens"], s["region"], s["posts"], self._context(short), skip=short,
                              published=max(s["dates"].values(), default="")) != [path]:
                continue
            ctx = self._context(path)
            if len(s["members"]) > len(c["members"]) or \
                    any(len(ctx & frozenset(s["context"].get(aid, ()))) < _STORY_MIN for aid in s["members"]):
                continue  # each article of the bare name tells the story, and the name alone is not
                # met more often than the full name (then it is a thing of its own: a club, a brand)
            self._merge(short, path)

    def _absorb_same_name(self, path: str, sig: PersonSig) -> None:
        """A cluster that a name holding a post joined takes in the clusters of that same
        name holding no post ("Rudi Wibisana" of a ticket; then "Gubernur Rudi Wibisana",
        the longer "Rudi Agus Wibisana"'s post): the name bridges them."""
        c = self.clusters[path]
        for p in sorted(self._by_name.get(" ".join(sig.tokens), ())):
            s = self.clusters.get(p)
            if p == path or s is None or any(j for _, j in s["posts"]) or set(s["members"]) & set(c["members"]) \
                    or s["tokens"] != list(sig.tokens) or not _compatible(s["region"], sig.region):
                continue
            self._merge(p, path)

    def resolve(self, article_id: str, sigs: Iterable[PersonSig]) -> dict[str, str]:
        """The IRI path of each person of one article (by key). Call :meth:`forget` first
        when the article was resolved before."""
        sigs = sorted(sigs, key=lambda s: (-len(s.tokens), s.key))  # the longest names first
        out: dict[str, str] = {}
        taken: set[str] = set()  # two people of one article are never one cluster
        for sig in sigs:
            cands = [p for p in self._candidates(sig) if p not in taken]
            if len(cands) == 1:
                path = cands[0]
                self._join(path, sig, article_id)
                if sig.full and sig.posts:
                    self._absorb_same_name(path, sig)
            else:
                path = self._new_path(sig)
                self.clusters[path] = {"name": sig.name, "tokens": list(sig.tokens), "region": sig.region,
                                       "posts": sorted(set(sig.posts)), "members": {article_id: sig.key},
                                       "context": {article_id: sorted(sig.context)},
                                       "dates": {article_id: sig.published} if sig.published else {},
                                       "names": {article_id: list(sig.tokens)}}
                self._index(path)
                self._dirty.add(path)
                self._absorb_short(path)
                self._absorb_story(path)
            out[sig.key] = path
            taken.add(path)
        return out
