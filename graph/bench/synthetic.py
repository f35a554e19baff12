"""Synthetic data for benchmarks and tests, seeded and reproducible: articles as text
(:func:`articles`, :func:`write_jsonl`) and a built graph (:func:`synthetic_dataset`).

Realistic synthetic articles in the corpus genre:

Each article has a dateline, officials introduced by their titles and degrees, a Dinas
or Badan, a business with its owner and products, a venue, a dated event, quotes with
speech verbs (some only "ujarnya"), short forms, and site noise (banners, "Baca Juga",
tags, a byline). Names are made from syllables, places come from the gazetteer, so the
same seed gives the same corpus on every machine.
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

__all__ = ["articles", "write_jsonl", "synthetic_dataset"]

_SYL = ["an", "ar", "di", "ka", "ra", "su", "wi", "to", "ni", "ma", "ha", "ri", "ta", "ya", "na", "sa", "lu", "de",
        "ba", "go", "si", "pu", "te", "jo", "ko", "la", "mi", "no", "ru", "we"]
_FIRST_START = ["I Made", "I Wayan", "Ni Luh", "Andi", "Teuku", "Cut", "Lalu", "Baiq", "", "", "", "", ""]
_TITLES = [("Bupati", "gov"), ("Wakil Bupati", "gov"), ("Sekretaris Daerah", "gov"), ("Camat", "district")]
_DINAS = ["Kesehatan", "Pariwisata", "Koperasi dan UKM", "Perindustrian dan Perdagangan", "Pertanian",
          "Pemberdayaan Masyarakat dan Desa", "Lingkungan Hidup", "Sosial", "Perhubungan"]
_EVENTS = [("menggelar rapat koordinasi", "Rapat"), ("menggelar pelatihan pemasaran digital", "Pelatihan"),
           ("melakukan kunjungan kerja", "Kunjungan"), ("meresmikan pasar rakyat", "Peresmian"),
           ("menggelar teleconference", "Teleconference"), ("menyerahkan bantuan alat produksi", "Penyerahan")]
_VENUES = ["Aula Kantor Bupati", "Pendopo Rumah Dinas Bupati", "Gedung Serbaguna", "Ruang Rapat Kantor Bupati",
           "Balai Desa", "Wantilan Desa"]
_SECTORS = [("tenun", "kain tenun"), ("batik", "kain batik"), ("kopi", "kopi bubuk"), ("keripik", "keripik"),
            ("madu", "madu")]
_WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"]
_VERBS = ["kata", "ujar", "jelas", "tutur"]
_SUFFIXES = ["", "", ", S.E.", ", S.Sos., M.Si.", ", S.H."]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_SYL) for _ in range(n)).capitalize()


def _person(rng: random.Random) -> tuple[str, str]:
    """(full name, short form)."""
    last = _word(rng, rng.randint(2, 3))
    first = rng.choice(_FIRST_START)
    mid = _word(rng, 2)
    full = " ".join(x for x in (first, mid, last) if x)
    return full, last


def _regencies() -> list[str]:
    from ..extract.lexicon import read_table
    return [r["name"] for r in read_table("gazetteer/regions.tsv") if r["kind"] == "regency"]


def articles(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` article records (``id``, ``title``, ``published``, ``publisher``, ``text``)."""
    rng = random.Random(seed)
    regencies = _regencies()
    for i in range(n):
        reg = rng.choice(regencies)
        off, short = _person(rng)
        head, head_short = _person(rng)
        owner, owner_short = _person(rng)
        title, _ = rng.choice(_TITLES[:3])
        dinas = rng.choice(_DINAS)
        verb, noun = rng.choice(_EVENTS)
        venue = f"{rng.choice(_VENUES)} {reg}"
        sector, product = rng.choice(_SECTORS)
        biz = f"UD {_word(rng, 2)} {_word(rng, 2)}"
        year = rng.randint(2019, 2024)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        wd = _WEEKDAYS[rng.randrange(7)]
        published = f"{year}-{month:02d}-{day:02d}"
        paras = [
            f"{reg.upper()}, WARTADAERAH.ID – {title} {reg} {off}{rng.choice(_SUFFIXES)}, {verb} di {venue}, "
            f"{wd} ({day}/{month}/{year}). Kegiatan ini dihadiri oleh Kepala Dinas {dinas} Kabupaten {reg} "
            f"{head} dan perwakilan pelaku UMKM se-{reg}.",
            "banner 468x60",
            f"{noun} tersebut bertujuan untuk memperkuat ekonomi masyarakat di tengah kenaikan harga bahan pokok.",
            f"Baca Juga: {_word(rng, 3)} {_word(rng, 2)} Resmikan Jembatan Baru di Desa {_word(rng, 3)}",
            f"“Pemerintah daerah akan terus mendampingi pelaku usaha agar produk lokal bisa bersaing di pasar,” "
            f"{rng.choice(_VERBS)} {short}.",
            f"Salah satu peserta, {owner}, pemilik {biz} yang memproduksi {product}, mengaku senang. "
            f"“Penjualan kami naik sejak ikut pameran dan berjualan lewat media sosial,” ujarnya.",
            f"Sementara itu, Kepala Dinas {dinas} {head_short} menambahkan, pihaknya menyiapkan pelatihan lanjutan "
            f"bagi {rng.randint(20, 200)} pelaku usaha {sector}. “Kami ingin pelaku usaha naik kelas,” "
            f"{rng.choice(_VERBS)}nya. ({_word(rng, 1).lower()}/{_word(rng, 1).lower()})",
            "Tags: UMKM, Pemerintah Daerah",
        ]
        yield {"id": f"synth-{i:05d}", "title": f"{noun} {title} {reg} bersama Pelaku UMKM",
               "published": published, "publisher": "WARTADAERAH.ID", "text": "\n\n".join(paras)}


def write_jsonl(path: str | Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` synthetic articles as JSON lines."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in articles(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


# --- a built graph, for the pictures ------------------------------------------------

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


def _name_word(n: int) -> str:
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

    from ..vocab import KGO, ORG, RDF, RDFS, SDO, SEM, SKOS, bind_prefixes

    rng = random.Random(seed)
    n_regions = len(_REGIONS)

    def iri(kind: str, i: int | str) -> URIRef:
        return URIRef(f"{BASE}{kind}/{i}")

    def tagged(text: str, lang: str = "id") -> Literal:
        return Literal(text, lang=lang)

    def by_region(things):
        """region -> its members, most popular first (entity i lives in region i % 12)."""
        return [things[r::n_regions] for r in range(n_regions)]

    people = [(iri("orang", i), f"{_FIRST[i % len(_FIRST)]} {_name_word(i)} {_name_word(i * 7 + 3)}")
              for i in range(max(5 * articles, 8 * n_regions + 3))]
    provincial, people = people[:3], people[3:]
    bodies = [(iri("lembaga", i), f"{_BODIES[i // n_regions % len(_BODIES)]} "
               f"{_REGIONS[i % n_regions]}" + (f" {_name_word(i)}" if i >= len(_BODIES) * n_regions
                                                else ""))
              for i in range(max(4 * articles // 5, 2 * n_regions))]
    some = max(3 * articles // 5, n_regions)
    orgs = [(iri("organisasi", i), f"Koperasi {_name_word(i + 11)}") for i in range(some)]
    shops = [(iri("usaha", i), f"UD {_name_word(i + 29)}") for i in range(some)]
    venues = [(iri("tempat", i), f"Balai {_name_word(i + 5)}")
              for i in range(max(4 * articles // 5, n_regions))]
    regions = [(iri("wilayah", i), name) for i, name in enumerate(_REGIONS)]
    topics = [(iri("topik", i), f"topik {_name_word(i + 17)}") for i in range(max(2 * n_regions, articles // 10))]
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
        add(doc, SDO.headline, tagged(f"Berita {a + 1}: {_name_word(a)} di {region_name}"))
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
            thing(event, f"{label_id.capitalize()} {_name_word(a * 2 + e)}", SDO.Event, SEM.Event)
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
            add(quote, SDO.text, tagged(f"Kami akan {_name_word(a + q).lower()} bersama warga"))
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
