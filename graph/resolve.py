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
- **People** need evidence, so they go through a :class:`Resolver` that keeps an index of
  the people seen so far, blocked by full name and by post held (near-linear: a new person
  is compared only with the people in its blocks). Two mentions are one person when

  * the full names (two words or more) are equal and their regions are compatible (the
    same region, one inside the other, or one unknown), and no second candidate is as
    good; or
  * one is a single name part of the other's full name and both hold the same post
    (role and jurisdiction): "Bupati Wiratmo" in one article is "Wiratmo Sastrodiningrat,
    Bupati Klaten" of another, while a bare "Agus" joins no "Agus Salim".

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
from dataclasses import dataclass

from .iris import slugify
from .types import Extraction, Organization, Place

__all__ = ["PersonSig", "Resolver", "entity_paths", "home_region", "person_signatures"]

_BELOW_REGENCY = {"district", "village", "venue", "other"}
_KIND_WORD = {"regency": "kabupaten", "city": "kota", "province": "provinsi", "district": "kecamatan",
              "village": "desa", "country": "negara"}
# the designations that may stand before a place name at the end of an organization's name
_DESIGNATIONS = {"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kec", "desa", "kelurahan",
                 "nagari", "kampung"}

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
        for form in (p.name, *p.aliases):
            if len(form) > 2 and name.endswith(f" {form}") and (best is None or len(form) > len(best[1])):
                best = (p, form)
    return best[0] if best else None


def _org_path(o: Organization, places: dict[str, Place], home: Place | None) -> str:
    # the place the name ends with wins over the area the extractor inferred from context
    area = _named_area(o.name, places) or (places.get(o.area) if o.area else None)
    if area is None and o.is_business and home is not None:
        area = home
    if area is None or area.kind not in _KIND_WORD:
        return f"org/{slugify(o.name)}"
    base = o.name
    for name in sorted({area.name, *area.aliases}, key=len, reverse=True):
        if len(base) > len(name) and base.endswith(name) and base[-len(name) - 1] in " ,":
            base = base[:-len(name)].rstrip(" ,")
            head, _, last = base.rpartition(" ")
            if head and last.lower().rstrip(".") in _DESIGNATIONS:
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


# ---- people: signatures and the resolver ---------------------------------------------------
@dataclass(frozen=True)
class PersonSig:
    """What one article says about one person, as far as resolution needs it."""

    key: str                                 # the key inside the article
    name: str
    tokens: tuple[str, ...]                  # lowercased name parts
    region: Region | None                    # post jurisdiction, else the article's region
    posts: tuple[tuple[str, str], ...] = ()  # (role label, jurisdiction slug) pairs

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2


def _region(p: Place | None, places: dict[str, Place]) -> Region | None:
    if p is None:
        return None
    regency = _up_to(places, p.within, {"regency", "city"})
    prov = _up_to(places, p.within, {"province"})
    return p.kind, slugify(p.name), slugify(regency.name) if regency else "", slugify(prov.name) if prov else ""


def person_signatures(x: Extraction) -> list[PersonSig]:
    places = _places(x)
    home = home_region(x)
    posts: dict[str, list] = {}
    for post in x.posts:
        posts.setdefault(post.holder, []).append(post)
    out = []
    bodies = {o.key: o for o in x.organizations}
    for p in x.people:
        held = posts.get(p.key, [])
        juris = [places[q.jurisdiction] for q in held if q.jurisdiction in places]
        tokens = tuple(t for t in re.split(r"[\s.,'’-]+", p.name.lower()) if t)
        national = any(q.organization in bodies and bodies[q.organization].kind == "government" and
                       not bodies[q.organization].area for q in held)
        if juris:
            region = _region(juris[0], places)
        elif national or len(tokens) >= 3:
            # the article's region says little of a national official ("Juru Bicara KPK") or of
            # a name of three words, which two people seldom share: it keeps no one apart
            region = None
        else:
            region = _region(home, places)
        pairs = tuple(sorted({(q.role.label_id.lower(), slugify(places[q.jurisdiction].name)
                               if q.jurisdiction in places else "") for q in held}))
        out.append(PersonSig(p.key, p.name, tokens, region, pairs))
    return out


def _compatible(a: Region | None, b: Region | None) -> bool:
    if a is None or b is None or a == b:
        return True
    for outer, inner in ((a, b), (b, a)):  # a district in its regency, a regency in its province
        if (outer[0] in ("regency", "city") and inner[2] == outer[1]) or \
                (outer[0] == "province" and inner[3] == outer[1]):
            return True
    return False


class Resolver:
    """Clusters of person mentions across articles; each cluster is one IRI path.

    State: ``clusters`` (path → {"name", "tokens", "region", "posts", "members": {article:
    key}}). Blocks by full name and by post are rebuilt from it on load.
    """

    def __init__(self, state: dict | None = None) -> None:
        self.clusters: dict[str, dict] = {}
        self._by_name: dict[str, set[str]] = {}
        self._by_post: dict[tuple, set[str]] = {}  # (role, jurisdiction) -> clusters holding it
        self._by_article: dict[str, set[str]] = {}
        for path, c in (state or {}).get("clusters", {}).items():
            c["region"] = tuple(c["region"]) if c.get("region") else None
            c["posts"] = [tuple(p) for p in c.get("posts", [])]
            self.clusters[path] = c
            self._index(path)
        self.renamed: dict[str, str] = {}  # paths merged into others since the last take_renames()
        self._dirty: set[str] = set()  # clusters changed (or gone) since the last take_changes()

    # -- state -------------------------------------------------------------------------------
    def take_changes(self) -> tuple[dict[str, dict], set[str]]:
        """The clusters changed since the last call (path → cluster) and the paths gone,
        for a store that keeps the state row by row."""
        changed = {p: self._row(p) for p in self._dirty if p in self.clusters}
        gone = {p for p in self._dirty if p not in self.clusters}
        self._dirty = set()
        return changed, gone

    def _row(self, path: str) -> dict:
        c = self.clusters[path]
        return {**c, "tokens": list(c["tokens"]), "members": dict(c["members"]), "posts": list(c["posts"])}

    def state(self) -> dict:
        """All clusters (plain JSON), as :class:`Resolver` takes them back."""
        return {"format": 1, "clusters": {path: self._row(path) for path in sorted(self.clusters)}}

    def _index(self, path: str) -> None:
        c = self.clusters[path]
        for aid in c["members"]:
            self._by_article.setdefault(aid, set()).add(path)
        self._by_name.setdefault(" ".join(c["tokens"]), set()).add(path)
        for post in c["posts"]:
            if post[1]:
                self._by_post.setdefault(tuple(post), set()).add(path)

    def _unindex(self, path: str) -> None:
        c = self.clusters[path]
        for aid in c["members"]:
            self._by_article.get(aid, set()).discard(path)
        self._by_name.get(" ".join(c["tokens"]), set()).discard(path)
        for post in c["posts"]:
            self._by_post.get(tuple(post), set()).discard(path)

    def forget(self, article_id: str) -> None:
        """Take an article's people out of their clusters (it was removed or changed)."""
        for path in self._by_article.pop(article_id, set()):
            c = self.clusters[path]
            del c["members"][article_id]
            if not c["members"]:
                self._unindex(path)
                del self.clusters[path]
            self._dirty.add(path)

    def take_renames(self) -> dict[str, str]:
        out, self.renamed = self.renamed, {}
        return out

    # -- resolution ------------------------------------------------------------------------------
    def _same_post(self, sig: PersonSig, c: dict) -> bool:
        return any(j and (r, j) in c["posts"] for r, j in sig.posts)

    def _containing(self, tokens, posts) -> list[str]:
        """Clusters with a longer name holding all of ``tokens`` and one of ``posts``."""
        holders = {p for post in posts if post[1] for p in self._by_post.get(tuple(post), ())}
        return [p for p in holders if set(tokens) < set(self.clusters[p]["tokens"])]

    def _candidates(self, sig: PersonSig) -> list[str]:
        if sig.full:
            same = [p for p in self._by_name.get(" ".join(sig.tokens), ())
                    if _compatible(sig.region, self.clusters[p]["region"])]
            if len(same) > 1:  # prefer the one with the same post or the same region
                same = [p for p in same if self._same_post(sig, self.clusters[p])] or \
                       [p for p in same if self.clusters[p]["region"] == sig.region] or same
            # a shorter form of a longer name ("Yusra Halim" of "Yusra Halim Dt. Rajo Api")
            # holding the same post
            return same or self._containing(sig.tokens, sig.posts)
        # a single name part: the full name holding the same post, else the same bare name
        linked = self._containing(sig.tokens, sig.posts)
        if linked:
            return linked
        return [p for p in self._by_name.get(" ".join(sig.tokens), ())
                if self.clusters[p]["region"] == sig.region or self._same_post(sig, self.clusters[p])]

    def _new_path(self, sig: PersonSig) -> str:
        path = f"person/{slugify(sig.name)}"
        if path in self.clusters and sig.region:
            path = f"{path}-{sig.region[1]}"
        n = 2
        stem = path
        while path in self.clusters:
            path, n = f"{stem}-{n}", n + 1
        return path

    def _join(self, path: str, sig: PersonSig, article_id: str) -> None:
        c = self.clusters[path]
        c["members"][article_id] = sig.key
        self._dirty.add(path)
        self._by_article.setdefault(article_id, set()).add(path)
        c["posts"] = sorted(set(c["posts"]) | set(sig.posts))
        for post in sig.posts:
            if post[1]:
                self._by_post.setdefault(tuple(post), set()).add(path)
        if c["region"] is None and sig.region is not None:
            c["region"] = sig.region

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
            self._unindex(short)
            for aid, key in s["members"].items():
                c["members"].setdefault(aid, key)
                self._by_article.setdefault(aid, set()).add(path)
            del self.clusters[short]
            self._dirty.update((short, path))
            self.renamed[short] = path
            for old, new in self.renamed.items():  # keep chains flat
                if new == short:
                    self.renamed[old] = path

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
            else:
                path = self._new_path(sig)
                self.clusters[path] = {"name": sig.name, "tokens": list(sig.tokens), "region": sig.region,
                                       "posts": sorted(set(sig.posts)), "members": {article_id: sig.key}}
                self._index(path)
                self._dirty.add(path)
                self._absorb_short(path)
            out[sig.key] = path
            taken.add(path)
        return out
