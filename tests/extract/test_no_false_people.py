"""On the 3,448 real IndoSum articles, no person the extractor finds is a number, a legal
reference or a common noun (issue 14). The words checked are listed here, apart from the
lexicons the extractor reads, so that the test does not grade the lexicon by itself."""
from __future__ import annotations

import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

INDOSUM = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "indosum" / "articles.jsonl"

# a legal reference's words: a law's type, its number's and article's words
LEGAL_WORDS = frozenset("""UU Undang-Undang Perpres Perppu Perda Ranperda Raperda Permen Pergub Perbup Perwali
PP Keppres Inpres Perkap Perma Permendagri Pasal Ayat Nomor No KUHP KUHAP Peraturan Tahun""".split())
# nouns for people by their role or state, jobs, kin, and the bodies' head words: never a name alone
COMMON_NOUNS = frozenset("""Wartawan Jurnalis Warga Polisi Jaksa Hakim Terdakwa Tersangka Terpidana Korban Pelaku
Saksi Penyidik Pengacara Kuasa Hukum Dokter Perawat Pasien Guru Siswa Mahasiswa Pemain Pelatih Kiper Wasit
Penonton Pengunjung Pedagang Pengusaha Karyawan Pegawai Buruh Sopir Petani Nelayan Netizen Warganet Presiden
Menteri Gubernur Bupati Wali Kota Camat Lurah Ketua Wakil Anggota Direktur Kepala Pemerintah Negara Rakyat
Masyarakat Tim Pihak Partai Dewan Komisi Badan Dinas Kementerian Kantor Bank Rumah Sakit Sekolah Universitas
Pasar Jalan Desa Kampung Kecamatan Kabupaten Provinsi Ibu Bapak Anak Istri Suami Keluarga""".split())


def _names_of(path_and_range: tuple[str, int, int]) -> list[tuple[str, str]]:
    from graph.extract import extract
    from graph.ingest import iter_articles
    from graph.types import Article
    path, start, stop = path_and_range
    found = []
    for k, a in enumerate(iter_articles([path])):
        if start <= k < stop and isinstance(a, Article):
            found.extend((a.id, p.name) for p in extract(a).people)
    return found


def _is_false_person(name: str) -> bool:
    words = re.findall(r"[\w-]+", name)
    return (any(c.isdigit() for c in name) or not words or words[0] in LEGAL_WORDS
            or all(w in COMMON_NOUNS or w in LEGAL_WORDS for w in words))


@pytest.mark.parametrize("name, false", [
    ("Nomor", True), ("Perpres 12", True), ("Galaxy Note7", True), ("Korban", True), ("Kuasa Hukum", True),
    ("Rudi Wibisana", False), ("Budi Santoso", False),
])
def test_the_check_itself(name, false):
    assert _is_false_person(name) is false


@pytest.mark.skipif(not INDOSUM.is_file(), reason="the IndoSum corpus is not beside the checkout")
def test_no_person_is_a_number_a_legal_reference_or_a_common_noun():
    total = sum(1 for _ in INDOSUM.open(encoding="utf-8"))
    half = total // 2 + 1
    with ProcessPoolExecutor(2) as pool:
        names = [n for part in pool.map(_names_of, [(str(INDOSUM), 0, half), (str(INDOSUM), half, total)])
                 for n in part]
    assert len(names) > 10_000  # the corpus was read and people were found
    false = sorted({(aid, name) for aid, name in names if _is_false_person(name)})
    assert false == []
