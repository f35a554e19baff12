"""Timings of the slow paths, printed, never asserted: ``python -m graph.bench render``.

``bench_render()`` times the pictures against their targets: the seed article's graph
(≤ 1 s) and the corpus overview of a synthetic 5,000-entity graph (≤ 10 s).
:func:`synthetic_dataset` builds that graph; the tests use it too.

Heavy modules (rdflib's store, matplotlib, networkx) are imported inside the functions,
so ``import graph.bench`` stays light.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["bench_render", "synthetic_dataset", "main"]

BASE = "https://data.example.org/sintetis/"
SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "articles"

# Syllables for fake names that read like the region's (Balinese birth-order names,
# Javanese and Malay given names); the generator only needs them to be distinct.
_FIRST = ("I Made", "I Wayan", "I Nyoman", "I Ketut", "Ni Luh", "Ni Made", "I Komang",
          "I Gede", "Dewa", "Anak Agung")
_SYLLABLES = ("ka", "ra", "wi", "su", "na", "ta", "di", "ma", "ya", "lo", "ba", "ni", "sa",
              "de", "gu", "pu", "ri", "wa", "la", "ha")
_BODIES = ("Dinas Koperasi", "Dinas Pariwisata", "Dinas Kesehatan", "Badan Pendapatan",
           "Dinas Pertanian", "Satpol PP", "Dinas Sosial", "Badan Penanggulangan Bencana")
_REGIONS = ("Sleman", "Bantul", "Klaten", "Boyolali", "Sragen", "Karanganyar",
            "Wonogiri", "Sukoharjo", "Magelang", "Temanggung", "Sumbawa", "Bima")
_EVENT_TYPES = (("rapat", "meeting"), ("telekonferensi", "video conference"),
                ("pelatihan", "training"), ("kunjungan kerja", "working visit"),
                ("pameran", "exhibition"), ("upacara", "ceremony"))


def _word(n: int) -> str:
    """A distinct, pronounceable word for every n."""
    out = ""
    n += len(_SYLLABLES)  # at least two syllables
    while n:
        n, r = divmod(n, len(_SYLLABLES))
        out += _SYLLABLES[r]
    return out.capitalize()


def synthetic_dataset(articles: int = 500, *, seed: int = 0):
    """A fake corpus shaped like ours, about ten entities per article, in one pass.

    Like regional news, each article reports on one of twelve regions and mostly
    mentions that region's people, bodies and venues; a few provincial figures appear
    everywhere, popular local ones often (a Zipf-like choice), every entity at least
    once. Every article gets its own named graph, as ``build_dataset`` makes them,
    saying the types and names of what it mentions. With the default 500 articles:
    about 5,000 entities (people, government bodies, cooperatives, businesses, places,
    events, topics, offices), 1,000 quotations and ~60,000 quads, built in ~2 s.

    Returns
    -------
    rdflib.Dataset
        With ``default_union=True``, as :func:`graph.query.load_dataset` returns.
    """
    import random

    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import XSD

    from .vocab import KGO, ORG, RDF, RDFS, SDO, SEM, SKOS, bind_prefixes

    rng = random.Random(seed)
    n_regions = len(_REGIONS)

    def iri(kind: str, i: int | str) -> URIRef:
        return URIRef(f"{BASE}{kind}/{i}")

    def tagged(text: str, lang: str = "id") -> Literal:
        return Literal(text, lang=lang)

    def by_region(things):
        """region -> its members, most popular first (entity i lives in region i % 12)."""
        return [things[r::n_regions] for r in range(n_regions)]

    people = [(iri("orang", i), f"{_FIRST[i % len(_FIRST)]} {_word(i)} {_word(i * 7 + 3)}")
              for i in range(max(5 * articles, 8 * n_regions + 3))]
    provincial, people = people[:3], people[3:]
    bodies = [(iri("lembaga", i), f"{_BODIES[i // n_regions % len(_BODIES)]} "
               f"{_REGIONS[i % n_regions]}" + (f" {_word(i)}" if i >= len(_BODIES) * n_regions
                                                else ""))
              for i in range(max(4 * articles // 5, 2 * n_regions))]
    some = max(3 * articles // 5, n_regions)
    orgs = [(iri("organisasi", i), f"Koperasi {_word(i + 11)}") for i in range(some)]
    shops = [(iri("usaha", i), f"UD {_word(i + 29)}") for i in range(some)]
    venues = [(iri("tempat", i), f"Balai {_word(i + 5)}")
              for i in range(max(4 * articles // 5, n_regions))]
    regions = [(iri("wilayah", i), name) for i, name in enumerate(_REGIONS)]
    topics = [(iri("topik", i), f"topik {_word(i + 17)}") for i in range(max(2 * n_regions, articles // 10))]
    types = [(iri("jenis-peristiwa", i), label) for i, label in enumerate(_EVENT_TYPES)]
    local = {name: by_region(pool) for name, pool in
             (("people", people), ("bodies", bodies), ("orgs", orgs), ("shops", shops),
              ("venues", venues), ("topics", topics))}

    def pick(pool, k, turn):
        """``k`` distinct members: one in turn (so every member appears somewhere), the
        rest popular ones (low index) more often."""
        chosen = [pool[turn % len(pool)]]
        while len(chosen) < min(k, len(pool)):
            member = pool[min(int(rng.paretovariate(1.1)) - 1, len(pool) - 1)] \
                if rng.random() < 0.6 else rng.choice(pool)
            if member not in chosen:
                chosen.append(member)
        return chosen

    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    quads = []
    for a in range(articles):
        g = ds.graph(iri("graf", a))
        doc = iri("artikel", a)
        region, region_name = regions[a % n_regions]
        turn = a // n_regions  # this article's turn among its region's articles

        def add(s, p, o):
            quads.append((s, p, o, g))

        def thing(node, name, *classes):
            for cls in classes:
                add(node, RDF.type, cls)
            add(node, SDO.name, tagged(name))
            add(doc, SDO.mentions, node)

        def pool(name):
            return local[name][a % n_regions]

        add(doc, RDF.type, SDO.NewsArticle)
        add(doc, SDO.headline, tagged(f"Berita {a + 1}: {_word(a)} di {region_name}"))
        mentioned = [pool("people")[(turn * 5 + j) % len(pool("people"))] for j in range(4)]
        mentioned += [p for p in pick(pool("people"), 5, turn * 5 + 4) if p not in mentioned][:4]
        if rng.random() < 0.3:
            mentioned.insert(0, provincial[a % len(provincial)])
        if rng.random() < 0.15:  # someone from elsewhere
            mentioned.append(rng.choice(local["people"][(a + 1) % n_regions][:5]))
        for node, name in mentioned:
            thing(node, name, SDO.Person)
        mentioned_bodies = pick(pool("bodies"), 2, turn)
        for node, name in mentioned_bodies:
            thing(node, name, SDO.GovernmentOrganization, ORG.FormalOrganization)
            add(node, SDO.areaServed, region)
            # Each body has one head, a popular person of its region.
            index = pool("bodies").index((node, name))
            head, head_name = pool("people")[index % 6]
            thing(head, head_name, SDO.Person)
            post = iri("jabatan", node.rsplit("/", 1)[1])
            add(post, RDF.type, ORG.Post)
            add(post, RDFS.label, tagged(f"Kepala {name}"))
            add(post, ORG.postIn, node)
            add(head, ORG.holds, post)
            add(post, ORG.heldBy, head)
        org, org_name = pool("orgs")[turn % len(pool("orgs"))]
        thing(org, org_name, SDO.Organization)
        shop, shop_name = pool("shops")[turn % len(pool("shops"))]
        thing(shop, shop_name, SDO.LocalBusiness)
        member = iri("keanggotaan", a)
        add(member, RDF.type, ORG.Membership)
        add(member, ORG.member, mentioned[-1][0])
        add(member, ORG.organization, shop)
        thing(region, region_name, SDO.AdministrativeArea, SDO.Place)
        add(region, KGO.kind, Literal("kabupaten"))
        venue, venue_name = pool("venues")[turn % len(pool("venues"))]
        thing(venue, venue_name, SDO.Place)
        add(venue, SDO.containedInPlace, region)
        for e in range(2):
            event = iri("peristiwa", f"{a}-{e}")
            etype, (label_id, label_en) = types[(a + e) % len(types)]
            thing(event, f"{label_id.capitalize()} {_word(a * 2 + e)}", SDO.Event, SEM.Event)
            add(event, SEM.eventType, etype)
            add(etype, RDF.type, SKOS.Concept)
            add(etype, SKOS.prefLabel, tagged(label_id))
            add(etype, SKOS.prefLabel, tagged(label_en, "en"))
            if (a + e) % 10:  # every tenth event undated, as in real reporting
                day = 18262 + (a * 37 + e * 11) % 1461  # 2020-01-01 + up to four years
                add(event, SDO.startDate, Literal(_iso(day), datatype=XSD.date))
            add(event, SDO.location, venue)
            add(event, SDO.organizer, mentioned[e][0])
            for node, _ in mentioned[2 + e * 2:4 + e * 2] + mentioned_bodies[e:e + 1]:
                add(event, SDO.attendee, node)
        for q in range(2):
            quote = iri("kutipan", f"{a}-{q}")
            add(quote, RDF.type, SDO.Quotation)
            add(quote, SDO.text, tagged(f"Kami akan {_word(a + q).lower()} bersama warga"))
            add(quote, SDO.spokenByCharacter, mentioned[q][0])
            add(quote, SDO.isPartOf, doc)
        topic, topic_name = pool("topics")[turn % len(pool("topics"))]
        add(topic, RDF.type, SKOS.Concept)
        add(topic, SKOS.prefLabel, tagged(topic_name))
        add(doc, SDO.about, topic)
    ds.addN(quads)
    return ds


def _iso(days_since_epoch: int) -> str:
    import datetime

    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=days_since_epoch)).isoformat()


def _seed_dataset():
    from .build import build_dataset
    from .ingest import iter_articles
    from .pipeline import BuildSummary, extract_all

    return build_dataset(extract_all(iter_articles([SEED_DIR]), BuildSummary()))


def _timed(label: str, target: float | None, func):
    """Run ``func`` once; print wall-clock and CPU seconds (CPU tells a busy machine apart)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = func()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    verdict = "" if target is None else \
        f"  target \u2264 {target:g} s{'' if wall <= target else ', missed'}"
    print(f"{label:46} {wall:6.2f} s wall {cpu:6.2f} s cpu{verdict}", flush=True)
    return result


def bench_render() -> None:
    """Print how long the pictures take, in this one process.

    The first line is the one-off cost of importing matplotlib and networkx, which
    every ``kg render`` pays once; the first picture also loads the fonts, so the seed
    picture is timed twice.
    """
    _timed("import matplotlib, networkx, numpy", None, _import_drawing)
    seed = _timed("build seed dataset (data/articles)", None, _seed_dataset)
    corpus = _timed("build synthetic dataset (500 articles)", None, synthetic_dataset)
    from .render import render_overview, render_png, render_query, render_timeline

    query = """PREFIX schema: <https://schema.org/>
        CONSTRUCT { ?e schema:attendee ?a } WHERE { ?e schema:attendee ?a }"""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _timed("seed article graph PNG (first picture)", 1.0,
               lambda: render_png(seed, out / "seed.png"))
        _timed("seed article graph PNG (again)", 1.0, lambda: render_png(seed, out / "seed.png"))
        _timed("seed CONSTRUCT PNG", 1.0, lambda: render_query(seed, query, out / "query.png"))
        _timed("seed timeline PNG", 1.0, lambda: render_timeline(seed, out / "timeline.png"))
        _timed("overview PNG, synthetic 5k entities (top 60)", 10.0,
               lambda: render_overview(corpus, out / "overview.png"))
        _timed("timeline PNG, synthetic 1,000 events", None,
               lambda: render_timeline(corpus, out / "timeline-all.png"))


def _import_drawing() -> None:
    import matplotlib.figure  # noqa: F401
    import networkx  # noqa: F401
    import numpy  # noqa: F401
    from matplotlib.backends import backend_agg  # noqa: F401


def _bench_corpus() -> None:
    from .bench_corpus import bench_corpus
    sizes = tuple(int(x) for x in os.environ.get("KG_BENCH_SIZES", "1000,10000").split(","))
    bench_corpus(sizes)


def _bench_serve() -> None:
    """20 concurrent clients for 20 s of competency queries on a 1,000-article store."""
    import shutil

    from .bench_serve import bench_serve
    from .pipeline import build_store
    from .synth import write_jsonl
    work = tempfile.mkdtemp(prefix="kg-bench-serve-")
    try:
        build_store([write_jsonl(f"{work}/corpus.jsonl", 1000)], f"{work}/store", f"{work}/out", picture=False)
        bench_serve(f"{work}/store", clients=20, seconds=20)
    finally:
        shutil.rmtree(work, ignore_errors=True)


_BENCHES = {"corpus": _bench_corpus, "render": bench_render, "serve": _bench_serve}


def main(argv: list[str] | None = None) -> int:
    """``python -m graph.bench corpus|render|serve|all`` (sizes: $KG_BENCH_SIZES, e.g. "1000,10000")."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in (*_BENCHES, "all"):
        print(f"usage: python -m graph.bench {{{','.join(_BENCHES)},all}}", file=sys.stderr)
        return 2
    for name, bench in _BENCHES.items():
        if args[0] in (name, "all"):
            print(f"\n#### {name}")
            bench()
    return 0


if __name__ == "__main__":
    sys.exit(main())
