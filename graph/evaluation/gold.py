"""``kg eval``: score the graph against gold annotations, reading it through SPARQL.

What is scored is what users query: each article is built into its own graph and the
facts are read back with SPARQL in the profile's terms, then compared with the gold
(``*.gold.yaml``, format in the corpus README). Per category: precision, recall, F1;
per article and overall (micro per category, macro over categories). A duplicate node
for one real entity counts as a false positive.

The scoring core (:func:`score_article`) works on plain sets and dicts, so it is tested
on hand-made cases without building anything.
"""
from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..build import build_dataset
from ..extract import extract
from ..ingest import iter_articles
from ..types import Skipped

log = logging.getLogger("graph")

__all__ = ["CATEGORIES", "SPARQL_PREFIXES", "Counts", "Facts", "Report", "facts_from_gold", "facts_from_graph",
           "read_gold", "score_article", "set_counts", "evaluate_dir", "format_report"]

CATEGORIES = ("people", "organizations", "places", "posts", "events", "event_slots", "participants",
              "quotes", "quote_speakers")


def norm(text: str | None) -> str:
    """Case-, accent-, punctuation- and space-insensitive form of a name."""
    if text is None:
        return ""
    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.false_positives += other.false_positives

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Entity:
    name: str
    aliases: tuple[str, ...] = ()
    where: str = ""  # the sentence it came from (predicted side), for --verbose


@dataclass
class EventFacts:
    date: str | None
    kind: str
    place: str | None
    organizer: str | None
    participants: set[str]


@dataclass
class Facts:
    """What one article says, either from gold or from a graph, names as plain strings."""

    people: list[Entity] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    posts: set[tuple[str, str]] = field(default_factory=set)  # (person name, role)
    events: list[EventFacts] = field(default_factory=list)
    quotes: list[tuple[str, str | None]] = field(default_factory=list)  # (text or start, speaker)
    # (person name, role) -> the role's other labels ("Kabiro Umum" of "Kepala Biro Umum"): a gold
    # role equal to one of them is the same role
    post_alts: dict[tuple[str, str], set[str]] = field(default_factory=dict)


def facts_from_gold(gold: dict) -> Facts:
    f = Facts()
    f.people = [Entity(p["name"], tuple(p.get("aliases") or ())) for p in gold.get("people") or ()]
    seen = set()
    for o in list(gold.get("organizations") or ()) + list(gold.get("businesses") or ()):
        if norm(o["name"]) not in seen:
            seen.add(norm(o["name"]))
            f.organizations.append(Entity(o["name"], tuple(o.get("aliases") or ())))
    f.places = [Entity(p["name"], tuple(p.get("aliases") or ())) for p in gold.get("places") or ()]
    for p in gold.get("people") or ():
        for post in p.get("posts") or ():
            f.posts.add((p["name"], post["role"]))
    for e in gold.get("events") or ():
        f.events.append(EventFacts(str(e["date"]) if e.get("date") else None, e.get("kind") or "",
                                   e.get("place"), e.get("organizer"), set(e.get("participants") or ())))
    f.quotes = [(q["starts_with"], q.get("speaker")) for q in gold.get("quotes") or ()]
    return f


# ---- matching -----------------------------------------------------------------------------

def _match_entities(gold: list[Entity], pred: list[Entity]) -> tuple[dict[int, int], Counts]:
    """One-to-one matching, names first then aliases; extra nodes for one gold entity are FPs."""
    counts = Counts()
    pairs: dict[int, int] = {}
    gold_forms = [{norm(g.name)} | {norm(a) for a in g.aliases} for g in gold]
    pred_forms = [{norm(p.name)} | {norm(a) for a in p.aliases} for p in pred]
    for strict in (True, False):
        for pi, p in enumerate(pred):
            if pi in pairs.values():
                continue
            for gi, g in enumerate(gold):
                if gi in pairs:
                    continue
                hit = norm(p.name) == norm(g.name) if strict else bool(pred_forms[pi] & gold_forms[gi])
                if hit:
                    pairs[gi] = pi
                    break
    matched_pred = set(pairs.values())
    for gi, pi in pairs.items():
        counts.tp += 1
    for gi, g in enumerate(gold):
        if gi not in pairs:
            counts.fn += 1
            counts.misses.append(g.name)
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            counts.fp += 1
            dup = any(pred_forms[pi] & gold_forms[gi] for gi in pairs)
            counts.false_positives.append(f"{p.name}{' (duplicate)' if dup else ''}{' — ' + p.where if p.where else ''}")
    return pairs, counts


def _name_map(gold: list[Entity], pred: list[Entity], pairs: dict[int, int]) -> dict[str, str]:
    """Predicted name (normalized) → gold name, for comparing slot values."""
    out = {}
    for gi, pi in pairs.items():
        out[norm(pred[pi].name)] = gold[gi].name
    return out


def set_counts(gold: set, pred: set, label=str) -> Counts:
    c = Counts(len(gold & pred), len(pred - gold), len(gold - pred))
    c.misses = [label(x) for x in sorted(gold - pred, key=str)]
    c.false_positives = [label(x) for x in sorted(pred - gold, key=str)]
    return c


def _pair_events(gold: list[EventFacts], pred: list[EventFacts], to_gold) -> dict[int, int]:
    """Gold event index → extracted event index: a gold event pairs with an extracted one of the
    same date, an undated gold event with any. As many pairs as can be made, and among those the
    pairs that agree most (kind, venue, organizer, participants in common), so that two events of
    one day are not scored against each other's slots because of the order they were read in;
    ties go to the earlier extracted event. (Until 2026-12-08 each gold event took the first free
    extracted event of its date, in the gold's order.)

    >>> day = lambda kind, who: EventFacts("2017-05-22", kind, None, None, {who})
    >>> _pair_events([day("hearing", "Rudi")], [day("arrest", "Budi"), day("hearing", "Rudi")], lambda x: x)
    {0: 1}
    """
    import networkx as nx
    graph = nx.Graph()
    unit = 1 + len(gold) * len(pred)  # one point of agreement outweighs every tie-break together
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.date and p.date == g.date or not g.date:
                agree = (norm(g.kind) == norm(p.kind)) + sum(
                    gv is not None and pv is not None and norm(gv) == norm(pv)
                    for gv, pv in ((g.place, to_gold(p.place)), (g.organizer, to_gold(p.organizer)))) + len(
                    {norm(x) for x in g.participants} & {norm(to_gold(x)) for x in p.participants})
                graph.add_edge(("gold", gi), ("pred", pi), weight=unit * (1 + agree) + len(pred) - pi)
    out = {}
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        (_, gi), (_, pi) = sorted((a, b))  # ("gold", i) sorts before ("pred", j)
        out[gi] = pi
    return out


def score_article(gold: Facts, pred: Facts) -> dict[str, Counts]:
    """Counts per category for one article."""
    out: dict[str, Counts] = {}
    maps: dict[str, str] = {}
    for cat in ("people", "organizations", "places"):
        pairs, counts = _match_entities(getattr(gold, cat), getattr(pred, cat))
        out[cat] = counts
        maps.update(_name_map(getattr(gold, cat), getattr(pred, cat), pairs))

    def to_gold(name: str | None) -> str | None:
        return None if name is None else maps.get(norm(name), name)

    gold_posts = {(norm(p), norm(r)) for p, r in gold.posts}
    pred_posts = set()
    for p, r in pred.posts:
        name = norm(to_gold(p))
        labels = [norm(r), *(norm(a) for a in sorted(pred.post_alts.get((p, r), ())))]
        pred_posts.add(next(((name, x) for x in labels if (name, x) in gold_posts), (name, labels[0])))
    out["posts"] = set_counts(gold_posts, pred_posts, lambda x: f"{x[0]} — {x[1]}")
    # events: a gold event pairs with an extracted one of its date (an undated one with any)
    ev = Counts()
    slots, parts = Counts(), Counts()
    paired = _pair_events(gold.events, pred.events, to_gold)
    used = set(paired.values())
    pairs: list[tuple[EventFacts, EventFacts]] = []
    for gi, g in enumerate(gold.events):
        if gi in paired:
            pairs.append((g, pred.events[paired[gi]]))
            ev.tp += 1
        else:
            ev.fn += 1
            ev.misses.append(f"{g.kind} {g.date}")
            slots.fn += sum(v is not None for v in (g.date, g.place, g.organizer))
            parts.fn += len(g.participants)
            parts.misses += sorted(g.participants)
    for i, p in enumerate(pred.events):
        if i not in used:
            ev.fp += 1
            ev.false_positives.append(f"{p.kind} {p.date}")
            slots.fp += sum(v is not None for v in (p.date, p.place, p.organizer))
            parts.fp += len(p.participants)
    for g, p in pairs:
        for slot, gv, pv in (("date", g.date, p.date), ("venue", g.place, to_gold(p.place)),
                             ("organizer", g.organizer, to_gold(p.organizer))):
            if gv is not None and pv is not None and norm(gv) == norm(pv):
                slots.tp += 1
                continue
            if gv is not None:
                slots.fn += 1
                slots.misses.append(f"{slot}: {gv}")
            if pv is not None:
                slots.fp += 1
                slots.false_positives.append(f"{slot}: {pv}")
        c = set_counts({norm(x) for x in g.participants}, {norm(to_gold(x)) for x in p.participants})
        parts.add(c)
    out["events"], out["event_slots"], out["participants"] = ev, slots, parts
    # quotes: a predicted quote matches a gold one when it starts with the gold's first words
    q, qs = Counts(), Counts()
    taken: set[int] = set()
    for start, speaker in gold.quotes:
        hit = next((i for i, (text, _) in enumerate(pred.quotes)
                    if i not in taken and norm(text).startswith(norm(start))), None)
        if hit is None:
            q.fn += 1
            q.misses.append(start)
            qs.fn += 1
            qs.misses.append(f"{speaker}: {start}")
            continue
        taken.add(hit)
        q.tp += 1
        said_by = to_gold(pred.quotes[hit][1])
        if (said_by and norm(said_by) == norm(speaker)) or (said_by is None and speaker is None):
            qs.tp += 1  # (a quote the text gives no person for is right with none)
        else:
            qs.fn += 1
            qs.misses.append(f"{speaker}: {start}")
            if said_by:
                qs.fp += 1
                qs.false_positives.append(f"{said_by}: {start}")
    for i, (text, speaker) in enumerate(pred.quotes):
        if i not in taken:
            q.fp += 1
            q.false_positives.append(text[:60])
    out["quotes"], out["quote_speakers"] = q, qs
    return out


# ---- reading a graph through SPARQL ---------------------------------------------------------

SPARQL_PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX kgo: <https://w3id.org/kg-berita/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def _entities(ds, classes: str) -> list[Entity]:
    """Mentioned, not implied, entities of the given classes (publishers left out)."""
    q = SPARQL_PREFIXES + f"""
    SELECT DISTINCT ?e ?name ?alias ?sent WHERE {{
      ?e a ?cls ; schema:name ?name .
      VALUES ?cls {{ {classes} }}
      FILTER NOT EXISTS {{ ?e kgo:implied true }}
      FILTER NOT EXISTS {{ ?art schema:publisher ?e }}
      ?m itsrdf:taIdentRef ?e .
      OPTIONAL {{ ?e schema:alternateName ?alias }}
      OPTIONAL {{ ?m nif:sentence/nif:anchorOf ?sent }}
    }}"""
    found: dict[str, Entity] = {}
    for row in ds.query(q):
        ent = found.setdefault(str(row.e), Entity(str(row.name), (), str(row.sent or "")[:120]))
        if row.alias is not None and str(row.alias) not in ent.aliases:
            ent.aliases += (str(row.alias),)
    return list(found.values())


def facts_from_graph(ds) -> Facts:
    """Read the facts of a built dataset with SPARQL in the profile's terms."""
    f = Facts()
    f.people = _entities(ds, "schema:Person")
    f.organizations = _entities(ds, "schema:Organization schema:GovernmentOrganization schema:LocalBusiness "
                                    "org:Organization org:FormalOrganization")
    f.places = _entities(ds, "schema:Place schema:AdministrativeArea")
    q_posts = SPARQL_PREFIXES + """
    SELECT DISTINCT ?name ?role ?alt WHERE {
      { ?p org:holds ?post . ?post org:role ?concept . }
      UNION
      { ?m a org:Membership ; org:member ?p ; org:role ?concept . }
      ?concept skos:prefLabel ?role . FILTER(lang(?role) = "id")
      OPTIONAL { ?concept skos:altLabel ?alt }
      ?p schema:name ?name .
    }"""
    for row in ds.query(q_posts):
        f.posts.add((str(row.name), str(row.role)))
        if row.alt is not None:
            f.post_alts.setdefault((str(row.name), str(row.role)), set()).add(str(row.alt))
    q_events = SPARQL_PREFIXES + """
    SELECT ?ev ?date ?kind ?place ?org ?att WHERE {
      ?ev a schema:Event .
      OPTIONAL { ?ev schema:startDate ?date }
      OPTIONAL { ?ev <http://semanticweb.cs.vu.nl/2009/11/sem/eventType>/skos:prefLabel ?kind . FILTER(lang(?kind) = "en") }
      OPTIONAL { ?ev schema:location/schema:name ?place }
      OPTIONAL { ?ev schema:organizer/schema:name ?org }
      OPTIONAL { ?ev schema:attendee/schema:name ?att }
    } ORDER BY ?date ?ev"""
    events: dict[str, EventFacts] = {}
    for row in ds.query(q_events):
        ev = events.setdefault(str(row.ev), EventFacts(
            str(row.date) if row.date else None, str(row.kind or ""), str(row.place) if row.place else None,
            str(row.org) if row.org else None, set()))
        if row.att is not None:
            ev.participants.add(str(row.att))
    f.events = list(events.values())
    q_quotes = SPARQL_PREFIXES + """
    SELECT ?text ?speaker WHERE {
      ?q a schema:Quotation ; schema:text ?text .
      OPTIONAL { ?q schema:spokenByCharacter/schema:name ?speaker }
    }"""
    for row in ds.query(q_quotes):
        f.quotes.append((str(row.text), str(row.speaker) if row.speaker else None))
    return f


# ---- running over a folder --------------------------------------------------------------------

@dataclass
class Report:
    per_article: dict[str, dict[str, Counts]]
    totals: dict[str, Counts]
    articles_per_second: float = 0.0

    @property
    def macro_f1(self) -> float:
        return sum(c.f1 for c in self.totals.values()) / len(self.totals)

    def article_macro(self, aid: str) -> float:
        cats = self.per_article[aid]
        return sum(c.f1 for c in cats.values()) / len(cats)

    def to_json(self) -> dict:
        def cj(c: Counts, verbose: bool = False) -> dict:
            d = {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                 "recall": round(c.recall, 4), "f1": round(c.f1, 4)}
            if verbose:
                d["misses"], d["false_positives"] = c.misses, c.false_positives
            return d
        return {"macro_f1": round(self.macro_f1, 4),
                "articles_per_second": round(self.articles_per_second, 2),
                "categories": {k: cj(v) for k, v in self.totals.items()},
                "articles": {a: {"macro_f1": round(self.article_macro(a), 4),
                                 "categories": {k: cj(v, True) for k, v in cats.items()}}
                             for a, cats in self.per_article.items()}}


def read_gold(path: str | Path) -> dict:
    """A gold annotation (YAML mapping); a file that cannot be read or is no such mapping
    is one ``ValueError`` naming it."""
    import yaml  # PyYAML comes with the test extra; only kg eval needs it
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text, so no gold annotation") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{path}: malformed YAML{where} ({getattr(exc, 'problem', None) or exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a gold annotation (a YAML mapping of people, organizations, "
                         f"places, events, quotes), but {type(data).__name__}")
    return data


def evaluate_dir(gold_dirs: Iterable[str | Path]) -> Report:
    """Build every article that has a ``*.gold.yaml`` beside it and score it.

    Raises
    ------
    ValueError
        When no gold file with its article is found.
    """
    pairs = []
    for d in gold_dirs:
        d = Path(d)
        if not d.exists():
            raise ValueError(f"{d}: no such gold file or folder")
        golds = sorted(g for g in d.glob("*.gold.yaml") if g.name != "resolution.gold.yaml") \
            if d.is_dir() else [d]
        for g in golds:
            txt = g.with_name(g.name[:-len(".gold.yaml")] + ".txt")
            if txt.is_file():
                pairs.append((txt, g))
            elif not d.is_dir():  # named alone: it must have its article
                raise ValueError(f"{g}: no article {txt.name} beside it" if g.name.endswith(".gold.yaml")
                                 else f"{g}: not a *.gold.yaml file")
            else:
                log.warning("%s: no article %s beside it; not scored", g, txt.name)
    if not pairs:
        where = ", ".join(str(d) for d in gold_dirs)
        raise ValueError(f"no *.gold.yaml with a matching .txt article found in {where}")
    per_article: dict[str, dict[str, Counts]] = {}
    t0 = time.perf_counter()
    for txt, g in pairs:
        gold = read_gold(g)  # a bad gold file fails before any article is built
        art = next(iter(iter_articles([txt])), None)
        if art is None or isinstance(art, Skipped):
            raise ValueError(str(art) if art else f"{txt}: no article in it")
        ds = build_dataset([extract(art)])
        try:
            facts = facts_from_gold(gold)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ValueError(f"{g}: not a gold annotation as the corpus README describes it "
                             f"({type(exc).__name__}: {exc})") from None
        per_article[txt.stem] = score_article(facts, facts_from_graph(ds))
    seconds = time.perf_counter() - t0
    totals = {c: Counts() for c in CATEGORIES}
    for cats in per_article.values():
        for c, counts in cats.items():
            totals[c].add(counts)
    return Report(per_article, totals, len(pairs) / seconds if seconds else 0.0)


def format_report(report: Report, verbose: bool = False) -> str:
    lines = [f"{'category':15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for c, k in report.totals.items():
        lines.append(f"{c:15} {k.precision:6.3f} {k.recall:6.3f} {k.f1:6.3f} {k.tp:4d} {k.fp:4d} {k.fn:4d}")
    lines.append(f"{'macro F1':15} {report.macro_f1:20.3f}")
    lines.append("")
    lines.append("per article (macro F1): " + ", ".join(
        f"{a} {report.article_macro(a):.3f}" for a in report.per_article))
    lines.append(f"articles/s (build + score): {report.articles_per_second:.1f}")
    if verbose:
        for a, cats in report.per_article.items():
            for c, k in cats.items():
                for m in k.misses:
                    lines.append(f"MISS {a} {c}: {m}")
                for fp in k.false_positives:
                    lines.append(f"FP   {a} {c}: {fp}")
    return "\n".join(lines)
