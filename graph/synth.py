"""Realistic synthetic articles in the corpus genre, for benchmarks (seeded, reproducible).

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

__all__ = ["articles", "write_jsonl"]

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
    from .extract.lexicon import read_table
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
