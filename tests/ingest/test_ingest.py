"""Tests for graph.ingest: the real corpus end to end, then one table per rule."""
from __future__ import annotations

import doctest
import json
import logging
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

import graph.ingest.article
import graph.ingest.noise
import graph.ingest.readers
from graph.ingest import (
    article_id,
    clean_noise,
    iter_articles,
    parse_date_line,
    read_text_article,
)
from graph.types import Article, Skipped

REPO = Path(__file__).resolve().parents[2]
# The repository is checked out next to the shared corpus.
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SEED = CORPUS / "seed" / "jembrana-ukm-teleconference.txt"
DEV_ARTICLES = sorted(CORPUS.glob("dev/*.txt"))

RELATED_MARKERS = ("baca juga", "bacaan lainnya", "berita terkait", "pos terkait")


def read_one(path: Path, **kwargs) -> Article | Skipped:
    items = list(iter_articles([path], **kwargs))
    assert len(items) == 1, items
    return items[0]


def read_ok(path: Path) -> Article:
    item = read_one(path)
    assert isinstance(item, Article), item
    return item


def read_skipped(path: Path, **kwargs) -> Skipped:
    item = read_one(path, **kwargs)
    assert isinstance(item, Skipped), item
    assert "\n" not in item.reason
    return item


@pytest.fixture
def seed() -> Article:
    if not SEED.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return read_ok(SEED)


# ------------------------------------------------------------------ real articles

def test_seed_title(seed):
    assert seed.title == "Teleconference dengan UKM, Tampung Keluh Kesah, Ingatkan Jangan Putus Asa"
    assert seed.id == "jembrana-ukm-teleconference"
    assert seed.source == str(SEED)


@pytest.mark.parametrize("noise", ["banner", "Bacaan Lainnya", "Pos terkait",
                                   "Tinggalkan Balasan", "Akismet", "(MN/yogi-HJ)"])
def test_seed_noise_is_gone(seed, noise):
    assert noise not in seed.text


def test_seed_keeps_the_paragraph_after_bacaan_lainnya(seed):
    assert "\n\nDalam video conference tersebut, Wabup Kembang menyapa satu persatu" in seed.text


def test_seed_credits_and_dateline(seed):
    assert seed.author == "MN/yogi-HJ"
    assert seed.publisher == "MANGUPURANEWS"
    assert "JEMBRANA, MANGUPURANEWS – Wakil Bupati Jembrana" in seed.text
    assert seed.text.endswith("untuk diproduksi oleh pengusaha di Jembrana,”imbuhnya.")


def test_seed_hash_is_of_the_raw_bytes(seed):
    import hashlib
    assert seed.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()


@pytest.mark.parametrize("path", DEV_ARTICLES, ids=lambda p: p.stem)
def test_dev_article_date_matches_gold(path):
    gold = yaml.safe_load(path.with_suffix(".gold.yaml").read_text(encoding="utf-8"))
    article = read_ok(path)
    if gold["published"] is None:  # no date line: a date is at most inferred from the first paragraph
        assert article.published is None or article.published_inferred
    else:
        assert (article.published, article.published_inferred) == (gold["published"], None)
    assert article.title == gold["title"]


@pytest.mark.parametrize("path", DEV_ARTICLES, ids=lambda p: p.stem)
def test_dev_article_noise_is_gone(path):
    article = read_ok(path)
    raw_lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n")]
    related_headlines = []
    for index, line in enumerate(raw_lines):
        lowered = line.lower()
        if lowered.startswith(RELATED_MARKERS):
            _, _, same_line = line.partition(":")
            if same_line.strip():
                related_headlines.append(same_line.strip())
            else:  # the headlines follow, up to the next paragraph that ends like prose
                for following in raw_lines[index + 1:]:
                    if following.endswith((".", '"', "”")):
                        break
                    if following and "banner" not in following:
                        related_headlines.append(following)
    for headline in related_headlines:
        assert headline not in article.text
    for line in article.text.split("\n"):
        assert not line.lower().startswith((*RELATED_MARKERS, "tags:", "tag:", "bagikan",
                                            "banner", "editor:", "tinggalkan balasan"))


@pytest.mark.parametrize("path", [*DEV_ARTICLES, SEED], ids=lambda p: p.stem)
def test_real_article_keeps_every_body_paragraph(path):
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    article = read_ok(path)
    body_lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n")[1:]]
    for line in body_lines:
        if len(line) > 150 and line.endswith((".", '"', "”")):
            assert line in article.text


def test_dev_credits():
    if not DEV_ARTICLES:
        pytest.skip(f"shared corpus not found at {CORPUS}")
    authors = {path.stem: read_ok(path).author for path in DEV_ARTICLES}
    assert authors["01"] == "gde/ari"
    assert authors["02"] == "rif/ed; Ahmad Rifa'i"
    assert authors["05"] is None  # "(*)" credits nobody
    assert authors["08"] is None


# ------------------------------------------------------------------ noise rules

@pytest.mark.parametrize("noise", [
    "banner 468x60",
    "banner 300x250",
    "Banner 728 x 90",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Bagikan:",
    "Bagikan",
    "Bagikan: Facebook Twitter WhatsApp Telegram",
    "Share this:",
    "Share:",
    "Tags: UMKM Banyuwangi, Pemasaran Digital",
    "Tag: Bupati",
    "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
    "Nama *",
    "Email *",
    "Situs Web",
    "Situs ini menggunakan Akismet untuk mengurangi spam. Pelajari bagaimana data komentar Anda diproses.",
    "Copyright © 2021 Kabar Jatim. Semua hak dilindungi.",
    "Ikuti berita terkini dari kami di Google News",
    "Ikuti kami di Instagram dan TikTok",
    "Simak berita dan artikel lainnya di Google News",
])
def test_drop_line(noise):
    text, removed, author = clean_noise(f"Paragraf pertama.\n\n{noise}\n\nParagraf kedua.")
    assert text == "Paragraf pertama.\n\nParagraf kedua."
    assert removed == (noise,)
    assert author is None


@pytest.mark.parametrize("prose", [
    "Bupati membagikan bantuan kepada warga terdampak banjir.",
    "Bagikan bantuan secara merata, pesan Bupati.",
    "Berita lainnya, menurut Kepala Dinas, akan disampaikan pekan depan.",
    "Komentar warga beragam soal kebijakan itu.",
    "Banner berisi ucapan selamat dipasang di depan kantor desa.",
    "Tagihan listrik naik 10 persen dan warga mengeluh.",
    "Terbarukan: energi surya mulai dipakai di desa.",
    "Dana berasal dari Lembaga Pengelola Dana Bergulir (LPDB).",
    "Bupati meninjau pasar, Kamis (30/04)",
    "Situs web resmi pemerintah daerah kini memuat data UMKM.",
    "Pemkab mengalokasikan Dana Alokasi Khusus (DAK)",
    "Ikuti kami di lapangan, kata Kapolres kepada warga yang berkumpul di depan kantor desa itu pagi tadi.",
])
def test_prose_is_not_noise(prose):
    text, removed, author = clean_noise(f"Paragraf pertama.\n\n{prose}")
    assert text == f"Paragraf pertama.\n\n{prose}"
    assert removed == ()
    assert author is None


@pytest.mark.parametrize(("body", "expected", "removed"), [
    ("A dibuka.\n\nBaca Juga: Ratusan Warga Ikuti Vaksinasi\n\nB ditutup.",
     "A dibuka.\n\nB ditutup.", ("Baca Juga: Ratusan Warga Ikuti Vaksinasi",)),
    ("A dibuka.\nBACA JUGA : Harga Cabai Turun. Warga Lega!\nB ditutup.",
     "A dibuka.\nB ditutup.", ("BACA JUGA : Harga Cabai Turun. Warga Lega!",)),
    ("A dibuka.\n\nBaca juga  Bupati Tinjau Pasar\n\nB ditutup.",
     "A dibuka.\n\nB ditutup.", ("Baca juga  Bupati Tinjau Pasar",)),
    # in brackets, and "Baca:" with its colon
    ("A dibuka.\n\n[Baca juga: Bupati Tinjau Pasar di Sukamaju]\n\nB ditutup.",
     "A dibuka.\n\nB ditutup.", ("[Baca juga: Bupati Tinjau Pasar di Sukamaju]",)),
    ("A dibuka.\n\n[Baca: Koperasi Sukamaju Segera Ekspansi]\n\nB ditutup.",
     "A dibuka.\n\nB ditutup.", ("[Baca: Koperasi Sukamaju Segera Ekspansi]",)),
    ("A dibuka.\n\nBaca: Harga Cabai Turun\n\nB ditutup.",
     "A dibuka.\n\nB ditutup.", ("Baca: Harga Cabai Turun",)),
    # a marker alone is followed by headlines, blank lines between them
    ("A dibuka.\n\nBaca Juga:\n\nBupati Tinjau Pasar\n\nHarga Cabai Turun\n\nB ditutup.",
     "A dibuka.\n\nB ditutup.", ("Baca Juga:", "Bupati Tinjau Pasar", "Harga Cabai Turun")),
    # ... and stops at the first line that reads like body text
    ("A dibuka.\n\nBacaan Lainnya\n\nDalam video conference tersebut, Wabup menyapa pelaku UKM.",
     "A dibuka.\n\nDalam video conference tersebut, Wabup menyapa pelaku UKM.",
     ("Bacaan Lainnya",)),
    ("A dibuka.\n\nSimak juga\n\n“Kami siap membantu,” kata Bupati",
     "A dibuka.\n\n“Kami siap membantu,” kata Bupati", ("Simak juga",)),
    ("A dibuka.\n\nArtikel Terkait\n\n" + "Paragraf panjang tanpa titik " * 8,
     "A dibuka.\n\n" + ("Paragraf panjang tanpa titik " * 8).strip(), ("Artikel Terkait",)),
    # headlines at the very end, with banners among them
    ("A dibuka.\n\nPos terkait\n\nPemko Salurkan Sembako\n\nbanner 468x60\n\nLomba Paduan Suara",
     "A dibuka.", ("Pos terkait", "Pemko Salurkan Sembako", "banner 468x60", "Lomba Paduan Suara")),
    ("A dibuka.\n\nBerita Lainnya\nBupati Tinjau Pasar\nBerita Terkait\nHarga Cabai Turun",
     "A dibuka.", ("Berita Lainnya", "Bupati Tinjau Pasar", "Berita Terkait", "Harga Cabai Turun")),
])
def test_related_articles_are_dropped_with_their_headlines(body, expected, removed):
    assert clean_noise(body)[:2] == (expected, removed)


@pytest.mark.parametrize("heading", [
    "Tinggalkan Balasan", "Leave a Reply", "Tulis Komentar", "Komentar", "0 Komentar",
])
def test_cut_from_drops_everything_after(heading):
    body = f"A dibuka.\n\n{heading}\n\nKomentar pertama yang panjang sekali.\n\nNama *\n\nB."
    text, removed, _ = clean_noise(body)
    assert text == "A dibuka."
    assert removed == (heading, "Komentar pertama yang panjang sekali.", "Nama *", "B.")


def test_comment_heading_above_the_body_cuts_nothing():
    text, removed, _ = clean_noise("Komentar\n\nTABANAN – Isi berita.\n\nTinggalkan Balasan\n\nNama *")
    assert text == "TABANAN – Isi berita."
    assert removed == ("Komentar", "Tinggalkan Balasan", "Nama *")


@pytest.mark.parametrize(("body", "expected", "author"), [
    ("Bupati membuka acara,”imbuhnya. (MN/yogi-HJ)", "Bupati membuka acara,”imbuhnya.", "MN/yogi-HJ"),
    ("Kami jual sendiri,” ucapnya. (gde/ari)", "Kami jual sendiri,” ucapnya.", "gde/ari"),
    ('Hasilnya kelihatan," pesannya. (rif/ed)', 'Hasilnya kelihatan," pesannya.', "rif/ed"),
    ("Langsung kami daftarkan,”tegasnya. (rh/sn)", "Langsung kami daftarkan,”tegasnya.", "rh/sn"),
    ("Pemasaran beras lebih luas. (*)", "Pemasaran beras lebih luas.", None),
    ("Pameran ditutup Minggu sore.\n\n(ant)", "Pameran ditutup Minggu sore.", "ant"),
    ("Pameran ditutup.\n\nEditor: Ahmad Rifa'i", "Pameran ditutup.", "Ahmad Rifa'i"),
    ("Pameran ditutup.\nPenulis : Siti Rahma\nReporter: Budi", "Pameran ditutup.", "Siti Rahma; Budi"),
    ("Pameran ditutup. (rif/ed)\n\nEditor: Ahmad Rifa'i", "Pameran ditutup.", "rif/ed; Ahmad Rifa'i"),
    # not bylines: an acronym inside the sentence, a date in the dateline
    ("Dana dari Lembaga Pengelola Dana Bergulir (LPDB).",
     "Dana dari Lembaga Pengelola Dana Bergulir (LPDB).", None),
    ("Wabup menggelar teleconference, Kamis (30/04)", "Wabup menggelar teleconference, Kamis (30/04)", None),
])
def test_byline_is_removed_and_kept_as_credit(body, expected, author):
    text, _, credit = clean_noise(body)
    assert (text, credit) == (expected, author)


@pytest.mark.parametrize(("body", "expected"), [
    ("A.\n\n\nbanner 468x60\n\n\nB.", "A.\n\nB."),
    ("\n\nbanner 468x60\n\nA.\n\n\n\nB.\n\nTags: x\n\n", "A.\n\nB."),
    ("A.\r\nB.\r\n\r\nC.", "A.\nB.\n\nC."),
    ("  A.  \n\t\nB.", "A.\n\nB."),
    ("", ""),
])
def test_paragraph_structure(body, expected):
    assert clean_noise(body)[0] == expected


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize(("line", "expected"), [
    ("Minggu, 18 Juli 2021 | 08:30 WITA", date(2021, 7, 18)),
    ("Senin, 12 Oktober 2020 | 17:05 WITA", date(2020, 10, 12)),
    ("Jumat, 6 Agustus 2021 - 09:14 WIB", date(2021, 8, 6)),
    ("Jum'at, 6 Agustus 2021 – 09.14 WIB", date(2021, 8, 6)),
    ("Sabtu, 20 November 2021", date(2021, 11, 20)),
    ("Kamis, 30 April 2020", date(2020, 4, 30)),
    ("Diterbitkan: 24 Juni 2021", date(2021, 6, 24)),
    ("24/06/2021", date(2021, 6, 24)),
    ("Rabu, 24-06-2021 10:00 WIT", date(2021, 6, 24)),
    ("2021-06-24", date(2021, 6, 24)),
    ("5 Jan 2022", date(2022, 1, 5)),
    ("17 Agu 2021", date(2021, 8, 17)),
    ("17 Agt 2021", date(2021, 8, 17)),
    ("17 Ags. 2021", date(2021, 8, 17)),
    ("1 Mei 2021", date(2021, 5, 1)),
    ("3 Okt 2021", date(2021, 10, 3)),
    ("25 Des 2020", date(2020, 12, 25)),
    ("9 Sep 2020", date(2020, 9, 9)),
    ("MINGGU, 3 OKTOBER 2021", date(2021, 10, 3)),
    # not a real day, or not a date line at all
    ("31 Februari 2021", None),
    ("30/02/2021", None),
    ("Kamis 30/04 menggelar teleconference", None),
    ("Kamis, 30 April", None),
    ("Senin, 12 Oktobar 2020", None),
    ("Pada 12 Oktober 2020 BUMDes resmi beroperasi.", None),
    ("", None),
])
def test_parse_date_line(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(("date_line", "published"), [
    ("Senin, 12 Oktober 2020 | 17:05 WITA", date(2020, 10, 12)),
    ("31 Februari 2021", None),  # ignored, not a crash; the line is still site chrome
])
def test_date_line_is_removed_from_the_body(date_line, published):
    article = read_text_article(f"Judul\n\n{date_line}\n\nbanner 728x90\n\nTABANAN – Isi berita.",
                                source="x.txt")
    assert article.published == published
    assert article.text == "TABANAN – Isi berita."
    assert article.removed_noise[0] == date_line


def test_date_far_down_the_body_is_body_text():
    body = "\n\n".join(["Judul", *(f"Paragraf {n}." for n in range(6)), "24 Juni 2021"])
    article = read_text_article(body, source="x.txt")
    assert article.published is None
    assert article.text.endswith("24 Juni 2021")


# ------------------------------------------------------------------ datelines, ids

@pytest.mark.parametrize(("first_paragraph", "publisher"), [
    ("JEMBRANA, MANGUPURANEWS – Wakil Bupati menggelar rapat.", "MANGUPURANEWS"),
    ("TABANAN, SINARBALI.ID – BUMDes resmi beroperasi.", "SINARBALI.ID"),
    ("BANYUWANGI, JATIMKINI.COM – Sebanyak 150 pelaku usaha.", "JATIMKINI.COM"),
    ("BANDA ACEH, KOMPAS.com - Gubernur meninjau pasar.", "KOMPAS.com"),
    ("JAKARTA (ANTARA) - Menteri membuka pameran.", "ANTARA"),
    ("TAKENGON – Komisi B menggelar rapat.", None),
    ("SIDRAP — Koperasi menggelar RAT.", None),
    ("Bupati, yang hadir – katanya – senang.", None),
])
def test_publisher_from_dateline(first_paragraph, publisher):
    article = read_text_article(f"Judul\n\n{first_paragraph}", source="x.txt")
    assert article.publisher == publisher
    assert article.text == first_paragraph  # the dateline stays in the body


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("jembrana-ukm-teleconference", "", "jembrana-ukm-teleconference"),
    ("Berita Jembrana_2021 (1)", "", "berita-jembrana-2021-1"),
    ("Kafé Kopi Gayo", "", "kafe-kopi-gayo"),
    ("01", "", "01"),
    ("???", "Bupati membuka pameran.", "053b16cfaf9d"),
    ("", "", "e3b0c44298fc"),
])
def test_article_id(name, text, expected):
    assert article_id(name, text) == expected


def test_markdown_heading_is_not_part_of_the_title():
    assert read_text_article("# Judul Berita\n\nIsi.", source="a.md").title == "Judul Berita"


# ------------------------------------------------------------------ sidecars

def test_sidecar_overrides_the_text(tmp_path):
    path = tmp_path / "berita.txt"
    path.write_text("Judul Asli\n\nSabtu, 20 November 2021\n\n"
                    "TABANAN, SINARBALI.ID – Isi berita. (gde/ari)\n", encoding="utf-8")
    (tmp_path / "berita.meta.json").write_text(json.dumps({
        "title": "Judul Sidecar", "published": "2021-11-19T10:00:00+08:00",
        "publisher": "Sinar Bali", "author": "I Gede Ari", "url": "https://sinarbali.id/x",
    }), encoding="utf-8")
    article = read_ok(path)
    assert (article.title, article.published, article.publisher, article.author, article.url) == (
        "Judul Sidecar", date(2021, 11, 19), "Sinar Bali", "I Gede Ari", "https://sinarbali.id/x")
    assert article.text == "TABANAN, SINARBALI.ID – Isi berita."


@pytest.mark.parametrize(("sidecar", "problem"), [
    ("{not json", "invalid JSON"),
    ("[1, 2]", "expected a JSON object, got array"),
    ('{"published": "kemarin"}', "not an ISO date"),
    ('{"published": "2021-02-31"}', "not a real date"),
    ('{"titel": "Judul"}', "unknown field 'titel'"),
    ('{"author": 42}', "field 'author' must be a string"),
])
def test_bad_sidecar(tmp_path, sidecar, problem):
    path = tmp_path / "berita.txt"
    path.write_text("Judul\n\nIsi berita.", encoding="utf-8")
    (tmp_path / "berita.meta.json").write_text(sidecar, encoding="utf-8")
    skipped = read_skipped(path)
    assert skipped.reason.startswith("bad sidecar berita.meta.json: ")
    assert problem in skipped.reason


# ------------------------------------------------------------------ bad input

BROKEN_HTML = ("<html><body><p>unclosed <div><b>Bupati Jembrana meninjau pasar rakyat di Negara "
               "untuk memastikan stok beras aman menjelang hari raya. Para pedagang mengeluhkan "
               "sepinya pembeli selama pandemi Covid-19 berlangsung di wilayah tersebut.")


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("kosong.txt", b"", "empty file"),
    ("spasi.txt", b"  \n\n\t \r\n", "empty file"),
    ("bom.txt", b"\xef\xbb\xbf\n\n", "empty file"),
    ("biner.txt", bytes(range(256)) * 4, "binary file (NUL bytes)"),
    ("biner.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
    ("judul-saja.txt", "Judul Berita Saja\n", "no article text after the headline"),
    ("hanya-iklan.txt", "Judul\n\nbanner 468x60\n\nTags: x", "no article text after the headline"),
    ("kosong.html", "<html><head><title>Kosong</title></head><body></body></html>",
     "no article text found in HTML"),
    ("bukan.html", "<<<>>>", "no article text found in HTML"),
    ("laporan.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ("README", "Judul\n\nIsi.", "unsupported file type without extension"),
])
def test_bad_file(tmp_path, name, content, problem):
    skipped = read_skipped(_write(tmp_path / name, content))
    assert skipped.source == str(tmp_path / name)
    assert problem in skipped.reason


def test_missing_path(tmp_path):
    assert read_skipped(tmp_path / "tidak-ada.txt").reason == "no such file or folder"


def test_file_over_the_size_limit_is_not_read(tmp_path):
    path = tmp_path / "besar.txt"
    with path.open("wb") as stream:  # sparse: 20 MB on paper, nothing on disk
        stream.seek(20_000_000)
        stream.write(b"x")
    assert read_skipped(path).reason.startswith("larger than 10 MB limit")
    assert "larger than 1 kB limit" in read_skipped(_write(path, "a" * 2000), max_bytes=1000).reason


def test_cp1252_file_is_read_with_a_warning(tmp_path, caplog):
    path = _write(tmp_path / "kafe.txt",
                  "Kafé Kopi Gayo Dibuka\n\nTAKENGON – Kafé milik koperasi dibuka, ujar Salmah.\n"
                  .encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="graph.ingest"):
        article = read_ok(path)
    assert article.title == "Kafé Kopi Gayo Dibuka"
    assert article.text == "TAKENGON – Kafé milik koperasi dibuka, ujar Salmah."
    assert any("decoded as cp1252" in record.getMessage() and record.name == "graph.ingest"
               for record in caplog.records)


@pytest.mark.parametrize(("raw", "encoding"), [
    ("\ufeffJudul\r\n\r\nIsi berita Kafe\u0301.\r\n", "utf-8"),  # BOM, CRLF, decomposed é
    ("Judul\n\nIsi berita Kafe\u0301.\n", "utf-16"),
])
def test_text_is_normalised(tmp_path, raw, encoding):
    article = read_ok(_write(tmp_path / "a.txt", raw.encode(encoding)))
    assert (article.title, article.text) == ("Judul", "Isi berita Kafé.")


def test_broken_html_does_not_crash(tmp_path):
    article = read_ok(_write(tmp_path / "rusak.html", BROKEN_HTML))
    assert "Bupati Jembrana meninjau pasar rakyat di Negara" in article.text


def test_html_libraries_do_not_log(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    list(iter_articles([_write(tmp_path / "a.html", "<<<>>>"),
                        _write(tmp_path / "b.html", BROKEN_HTML)]))
    assert [r for r in caplog.records if not r.name.startswith("graph")] == []


def test_jsonl_bad_lines_do_not_stop_the_rest(tmp_path):
    path = _write(tmp_path / "dump.jsonl", "\n".join([
        json.dumps({"id": "Berita 1", "title": "Judul", "published": "2021-08-06T09:14:00+07:00",
                    "text": "BANYUWANGI, JATIMKINI.COM – Isi berita. (rif/ed)\n\nTags: UMKM",
                    "url": "https://jatimkini.com/1", "extra": [1, 2]}),
        "{oops",
        "",
        json.dumps({"title": "Tanpa teks"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Berita kedua tanpa id."}),
    ]) + "\n")
    items = list(iter_articles([path]))
    assert [type(item).__name__ for item in items] == [
        "Article", "Skipped", "Skipped", "Skipped", "Article"]
    first, bad_json, no_text, empty_text, second = items
    assert (first.id, first.title, first.published, first.publisher, first.author, first.url) == (
        "berita-1", "Judul", date(2021, 8, 6), "JATIMKINI.COM", "rif/ed", "https://jatimkini.com/1")
    assert first.text == "BANYUWANGI, JATIMKINI.COM – Isi berita."
    assert first.source == f"{path}:1"
    assert (bad_json.source, no_text.source, empty_text.source) == (
        f"{path}:2", f"{path}:4", f"{path}:5")
    assert bad_json.reason.startswith("line 2: invalid JSON: ")
    assert no_text.reason == "line 4: missing required field 'text'"
    assert empty_text.reason == "line 5: field 'text' is empty"
    assert (second.id, second.source) == ("dump-6", f"{path}:6")


@pytest.mark.parametrize(("record", "problem"), [
    ('["text"]', "expected a JSON object, got array"),
    ('{"text": 42}', "field 'text' must be a string, got number"),
    ('{"text": "Isi.", "title": ["a"]}', "field 'title' must be a string, got array"),
    ('{"text": "Isi.", "published": "06/08/2021"}', "field 'published' is not an ISO date"),
    ('{"text": "Isi.", "id": {"a": 1}}', "field 'id' must be a string or integer"),
    ('{"text": "banner 468x60"}', "no article text left after removing site noise"),
])
def test_bad_jsonl_record(tmp_path, record, problem):
    skipped = read_skipped(_write(tmp_path / "x.jsonl", record + "\n"))
    assert skipped.source == f"{tmp_path / 'x.jsonl'}:1"
    assert problem in skipped.reason


def test_jsonl_limits_each_line(tmp_path):
    path = _write(tmp_path / "x.jsonl", "\n".join([
        json.dumps({"text": "Pendek."}), json.dumps({"text": "Panjang " * 300}),
        json.dumps({"text": "Pendek lagi."})]))
    items = list(iter_articles([path], max_bytes=1000))
    assert [type(item).__name__ for item in items] == ["Article", "Skipped", "Article"]
    assert items[1].reason == "line 2: larger than 1 kB limit"
    assert items[2].text == "Pendek lagi."


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty file"),
    (b"\n  \n\n", "empty file"),
    (b'{"text": "a"}\x00\x00', "binary file (NUL bytes)"),
])
def test_bad_jsonl_file(tmp_path, content, problem):
    skipped = read_skipped(_write(tmp_path / "x.jsonl", content))
    assert skipped.source == str(tmp_path / "x.jsonl")
    assert skipped.reason == problem


def test_folder_yields_everything_in_stable_order(tmp_path):
    good = "Judul\n\nTABANAN – Isi berita yang baik."
    _write(tmp_path / "b.txt", good)
    _write(tmp_path / "a.md", good)
    _write(tmp_path / "a.meta.json", '{"author": "Redaksi"}')
    _write(tmp_path / "c.txt", b"")
    _write(tmp_path / "catatan.yaml", "bukan artikel")
    _write(tmp_path / ".tersembunyi.txt", good)
    (tmp_path / ".git").mkdir()
    _write(tmp_path / ".git" / "x.txt", good)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "d.html", BROKEN_HTML)
    _write(tmp_path / "sub" / "e.jsonl", '{"text": "Isi."}\n{bad\n')
    first = list(iter_articles([tmp_path]))
    assert first == list(iter_articles([str(tmp_path)]))
    assert [(type(item).__name__, Path(item.source).relative_to(tmp_path).as_posix())
            for item in first] == [
        ("Article", "a.md"),
        ("Article", "b.txt"),
        ("Skipped", "c.txt"),
        ("Article", "sub/d.html"),
        ("Article", "sub/e.jsonl:1"),
        ("Skipped", "sub/e.jsonl:2"),
    ]
    assert first[0].author == "Redaksi"


def test_empty_folder(tmp_path):
    assert "no .txt" in read_skipped(tmp_path).reason


def test_single_path_is_not_iterated_character_by_character(tmp_path):
    path = _write(tmp_path / "a.txt", "Judul\n\nIsi.")
    assert [item.text for item in iter_articles(str(path))] == ["Isi."]


# ------------------------------------------------------------------ a real HTML page

NEWS_PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>Diskop UMP Latih 150 Pelaku Usaha Mikro Jualan Daring - Jatim Kini</title>
  <meta property="og:site_name" content="Jatim Kini">
  <meta property="og:title" content="Diskop UMP Latih 150 Pelaku Usaha Mikro Jualan Daring">
  <meta name="author" content="Ahmad Rifa'i">
  <meta property="article:published_time" content="2021-08-06T09:14:00+07:00">
  <link rel="canonical" href="https://jatimkini.example/ekonomi/diskop-ump-latih-150-pelaku-usaha">
</head>
<body>
  <nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/politik">Politik</a></li>
    <li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li></ul></nav>
  <main>
    <article>
      <h1>Diskop UMP Latih 150 Pelaku Usaha Mikro Jualan Daring</h1>
      <div class="meta">Jumat, 6 Agustus 2021 - 09:14 WIB</div>
      <div class="entry-content">
        <p>BANYUWANGI, JATIMKINI.COM – Sebanyak 150 pelaku usaha mikro di Banyuwangi mengikuti
        pelatihan pemasaran digital yang digelar Dinas Koperasi, Usaha Mikro dan Perdagangan.</p>
        <p>Pelatihan dibuka oleh Sekretaris Daerah Banyuwangi. Dalam sambutannya, ia menyebut
        pandemi telah memaksa pelaku usaha untuk berubah cepat dan mulai berjualan secara daring.</p>
        <p>Baca Juga: Vaksinasi Pelajar di Banyuwangi Sasar 12 Ribu Siswa SMP</p>
        <p>"Pasar sekarang ada di genggaman tangan. Kalau UMKM kita tidak hadir di sana, pembeli
        akan lari ke produk dari luar daerah," ujarnya di Aula Diskop UMP.</p>
        <p>Peserta berasal dari 25 kecamatan dan dipilih dari pelaku usaha yang sudah memiliki
        Nomor Induk Berusaha. Materi meliputi cara membuka toko daring dan memotret produk.</p>
      </div>
    </article>
  </main>
  <aside><h3>Berita Populer</h3><ul><li><a href="/a">Harga Cabai Rawit Turun</a></li></ul></aside>
  <footer><p>Copyright © 2021 Jatim Kini. Semua hak dilindungi.</p>
    <a href="/redaksi">Redaksi</a> <a href="/kontak">Kontak</a></footer>
</body>
</html>
"""


def test_real_html_page(tmp_path):
    article = read_ok(_write(tmp_path / "diskop-ump.html", NEWS_PAGE))
    assert article.id == "diskop-ump"
    assert article.title == "Diskop UMP Latih 150 Pelaku Usaha Mikro Jualan Daring"
    assert article.publisher == "Jatim Kini"
    assert article.author == "Ahmad Rifa'i"
    assert article.published == date(2021, 8, 6)
    assert article.url == "https://jatimkini.example/ekonomi/diskop-ump-latih-150-pelaku-usaha"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("BANYUWANGI, JATIMKINI.COM – Sebanyak 150 pelaku usaha mikro")
    assert paragraphs[-1].endswith("cara membuka toko daring dan memotret produk.")
    assert len(paragraphs) == 4
    for chrome in ("Beranda", "Olahraga", "Copyright", "Kontak", "Baca Juga", "Vaksinasi Pelajar",
                   "Jumat, 6 Agustus", "Harga Cabai"):
        assert chrome not in article.text


def test_html_without_metadata_falls_back_to_the_text(tmp_path):
    page = ("<html><body><h1>Pasar Murah</h1><div class='content'><p>Senin, 12 Oktober 2020</p>"
            "<p>TABANAN, SINARBALI.ID – Pemerintah Kabupaten Tabanan menggelar pasar murah di "
            "Lapangan Alun-alun untuk membantu warga yang terdampak pandemi Covid-19.</p>"
            "<p>Sebanyak 2.000 paket sembako dijual separuh harga pasar, kata kepala dinas "
            "perdagangan kepada wartawan di lokasi kegiatan. (gde/ari)</p></div></body></html>")
    article = read_ok(_write(tmp_path / "pasar.htm", page))
    assert (article.published, article.publisher, article.author) == (
        date(2020, 10, 12), "SINARBALI.ID", "gde/ari")
    assert article.text.startswith("TABANAN, SINARBALI.ID – ")


# ------------------------------------------------------------------ the module itself

@pytest.mark.parametrize("module", [graph.ingest.article, graph.ingest.noise, graph.ingest.readers])
def test_docstring_examples_run(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_importing_ingest_does_not_import_trafilatura():
    code = "import sys, graph.ingest; sys.exit('trafilatura' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


@pytest.mark.parametrize("text, title, starts", [
    ("Bupati Resmikan Pasar Contoh\n\nBupati Contoh meresmikan pasar, Senin.\n", "Bupati Resmikan Pasar Contoh",
     "Bupati Contoh meresmikan"),
    ("Siapa Calon Bupati Contoh?\n\nPartai Contoh belum memutuskan.\n", None, "Siapa Calon"),
    ("Bupati Contoh meresmikan Pasar Baru di Kecamatan Contoh, Senin (4/5), didampingi camat.\n\n"
     "Pasar itu dibangun tahun lalu.\n", None, "Bupati Contoh meresmikan"),
    ("Semarang (ANTARA) - Gubernur Contoh melantik tiga bupati\n\nPelantikan berlangsung singkat.\n", None,
     "Semarang (ANTARA)"),
    ("Contohnews.com - Wali Kota Contoh membuka pameran UMKM\n\nPameran digelar tiga hari.\n", None,
     "Contohnews.com"),
])
def test_a_first_paragraph_is_not_taken_for_a_headline(text, title, starts):
    art = read_text_article(text, source="artikel.txt")
    assert art.title == title
    assert art.text.startswith(starts)


@pytest.mark.parametrize(("text", "published"), [
    ("Judul\n\nSUKAMAJU, 22/10/2025 – Bupati Rudi Wibisana meresmikan pasar.", date(2025, 10, 22)),
    ("Judul\n\nSukamaju (22/10/2025) - Bupati Rudi Wibisana meresmikan pasar.", date(2025, 10, 22)),
    ("Judul\n\nBupati Rudi Wibisana meresmikan pasar, Rabu (22/10/2025).", date(2025, 10, 22)),
    ("Judul\n\nBupati Rudi Wibisana meresmikan pasar, Rabu, 22 Oktober 2025.", date(2025, 10, 22)),
    # the weekday does not fit the date: no date
    ("Judul\n\nBupati Rudi Wibisana meresmikan pasar, Senin (22/10/2025).", None),
    # a date without its year, or only in a later paragraph: no date
    ("Judul\n\nBupati Rudi Wibisana meresmikan pasar, Rabu (22/10).", None),
    ("Judul\n\nBupati Rudi Wibisana meresmikan pasar.\n\nPasar dibangun sejak Rabu (22/10/2025).", None),
])
def test_publication_date_from_the_first_paragraph(text, published):
    article = read_text_article(text, source="x.txt")
    assert article.published == published
    assert bool(article.published_inferred) == (published is not None)


def test_metadata_beats_the_first_paragraph():
    article = read_text_article("Judul\n\nBupati meresmikan pasar, Rabu (22/10/2025).", source="x.txt",
                                meta={"published": "2025-10-23"})
    assert (article.published, article.published_inferred) == (date(2025, 10, 23), None)
