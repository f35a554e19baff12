"""The laws pass: legal references read as laws (name as written, normalized identifier, type),
never as people, bodies or places. Invented sentences."""
from __future__ import annotations

import pytest
from graph.extract import extract
from graph.extract.lexicon import read_table
from graph.types import Article


def _laws(text: str) -> list[tuple[str, str, str]]:
    return [(x.name, x.identifier, x.law_type) for x in extract(Article("t", text, "Judul")).laws]


@pytest.mark.parametrize("text, expected", [
    ("Presiden menerbitkan Peraturan Presiden Nomor 12 Tahun 2019 kemarin.",
     [("Peraturan Presiden Nomor 12 Tahun 2019", "Perpres 12/2019", "Perpres")]),
    ("Aturan itu tertuang dalam Perpres 12/2019.", [("Perpres 12/2019", "Perpres 12/2019", "Perpres")]),
    ("Dasarnya PP Nomor 43 Tahun 2018 tentang Tata Cara Pelaporan.",
     [("PP Nomor 43 Tahun 2018 tentang Tata Cara Pelaporan", "PP 43/2018", "PP")]),
    ("Ia dijerat UU No. 20/2001 dan Undang - undang Nomor 31 tahun 1999.",
     [("UU No. 20/2001", "UU 20/2001", "UU"), ("Undang - undang Nomor 31 tahun 1999", "UU 31/1999", "UU")]),
    ("Warga mengacu pada Permendagri No 19 Tahun 2016 tentang pengelolaan barang milik daerah.",
     [("Permendagri No 19 Tahun 2016 tentang pengelolaan barang milik daerah", "Permendagri 19/2016", "Permen")]),
    ("Pemkab menyusun Peraturan Daerah Kabupaten Sukamakmur Nomor 5 Tahun 2016.",
     [("Peraturan Daerah Kabupaten Sukamakmur Nomor 5 Tahun 2016", "Perda Kabupaten Sukamakmur 5/2016", "Perda")]),
    ("Hal itu diatur Perda Nomor 5 Tahun 2016 dan Perbup Nomor 7 Tahun 2021.",
     [("Perda Nomor 5 Tahun 2016", "Perda 5/2016", "Perda"), ("Perbup Nomor 7 Tahun 2021", "Perbup 7/2021", "Perbup")]),
    ("Tersangka dijerat Pasal 2 ayat (1) juncto Pasal 18 UU Tipikor.", [("UU Tipikor", "UU Tipikor", "UU")]),
    ("Keduanya dijerat Pasal 340 subsider Pasal 338 KUHP.", [("Pasal 338 KUHP", "KUHP Pasal 338", "KUHP")]),
    ("Ia disangka melanggar pasal 55 ayat 1 ke - 1 KUHP.", [("pasal 55 ayat 1 ke - 1 KUHP", "KUHP Pasal 55", "KUHP")]),
    ("Penyidik berpegang pada KUHAP.", [("KUHAP", "KUHAP", "KUHAP")]),
    ("Semua berdasar Pancasila dan UUD 45.", [("UUD 45", "UUD 1945", "UUD")]),
    ("Hak itu dijamin Undang-Undang Dasar Negara Republik Indonesia Tahun 1945.",
     [("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "UUD 1945", "UUD")]),
    ("DPRD membahas Ranperda tentang Pajak Daerah.",
     [("Ranperda tentang Pajak Daerah", "Ranperda tentang Pajak Daerah", "Ranperda")]),
    ("Pelaku dijerat Undang-Undang Minyak dan Gas Bumi.",
     [("Undang-Undang Minyak dan Gas Bumi", "UU Minyak dan Gas Bumi", "UU")]),
    ("Ia menerbitkan Perppu Nomor 1 Tahun 2020 dan Inpres Nomor 4 Tahun 2022.",
     [("Perppu Nomor 1 Tahun 2020", "Perppu 1/2020", "Perppu"), ("Inpres Nomor 4 Tahun 2022", "Inpres 4/2022", "Inpres")]),
    # a title that names another law is none of the first law's
    ("Ia melanggar UU Nomor 9 Tahun 2016 tentang perubahan atas UU Nomor 2 Tahun 2008 tentang kearsipan.",
     [("UU Nomor 9 Tahun 2016", "UU 9/2016", "UU"), ("UU Nomor 2 Tahun 2008 tentang kearsipan", "UU 2/2008", "UU")]),
    # a national law's "RI" or name before its number adds nothing; a title ends before a venue
    ("Ia melanggar Undang-undang RI Nomor 35 Tahun 2014 tentang Perlindungan Anak.",
     [("Undang-undang RI Nomor 35 Tahun 2014 tentang Perlindungan Anak", "UU 35/2014", "UU")]),
    ("Uji materi UU 41/2014 tentang Peternakan di Mahkamah Konstitusi ditolak.",
     [("UU 41/2014 tentang Peternakan", "UU 41/2014", "UU")]),
    ("Aturannya Peraturan Menteri Keuangan Nomor 12/PMK.03/2018 tentang Tarif.",
     [("Peraturan Menteri Keuangan Nomor 12/PMK.03/2018 tentang Tarif", "PMK 12/PMK.03/2018", "Permen")]),
    # a variant spelling takes its type's short form
    ("Ia meneken Kepres No. 3 Tahun 2020 dan Perpu Nomor 1 Tahun 2020 sesuai Undang-Undang Dasar 1945.",
     [("Kepres No. 3 Tahun 2020", "Keppres 3/2020", "Keppres"), ("Perpu Nomor 1 Tahun 2020", "Perppu 1/2020", "Perppu"),
      ("Undang-Undang Dasar 1945", "UUD 1945", "UUD")]),
    # the short form in parentheses before the number is part of the name as written
    ("Sesuai Peraturan Menteri Keuangan (PMK) Nomor 147/PMK.010/2016 tentang Tarif.",
     [("Peraturan Menteri Keuangan (PMK) Nomor 147/PMK.010/2016 tentang Tarif", "PMK 147/PMK.010/2016", "Permen")]),
    # no law: an anaphoric type word, a body named with PP, lowercase words in running text
    ("Perda itu belum berlaku, kata Satpol PP.", []),
    ("Semua sesuai undang-undang yang berlaku.", []),
])
def test_law_table(text, expected):
    assert _laws(text) == expected


def test_the_same_law_twice_is_one_law_with_its_forms():
    x = extract(Article("t", "Ia dijerat UU No. 31 Tahun 1999. Undang-Undang Nomor 31 Tahun 1999 itu berat.", "J"))
    (law,) = x.laws
    assert (law.identifier, law.name, law.aliases) == \
        ("UU 31/1999", "Undang-Undang Nomor 31 Tahun 1999", ("UU No. 31 Tahun 1999",))
    assert [(m.start, m.end) for m in x.mentions if m.entity == law.key] == [(11, 31), (33, 66)]


def test_regional_rule_without_its_region_is_the_articles_own():
    x = extract(Article("t", "Perda Nomor 5 Tahun 2016 dan Perda Kota Sukamakmur Nomor 5 Tahun 2016 berlaku.", "J"))
    assert [(law.identifier, law.local) for law in x.laws] == \
        [("Perda 5/2016", True), ("Perda Kota Sukamakmur 5/2016", False)]


@pytest.mark.parametrize("text, not_a_person", [
    ("Presiden menerbitkan Peraturan Presiden Nomor 12 Tahun 2019 tentang Pengadaan Barang, kata Rudi Hartono.",
     "Nomor"),
    ("Kemarin Perpres Nomor 8 Tahun 2020 diteken Presiden.", "Perpres"),
    ("Ranperda itu dibahas bersama Bupati Sukamakmur Rudi Hartono.", "Ranperda"),
    ("Perda Nomor 3 Tahun 2019 tentang Pasar dibahas kemarin, ujar Ketua DPRD Rina Wati.", "Perda"),
    ("Pasal 27 ayat (3) UU ITE menjerat Budi Santoso.", "Pasal"),
    ("Peraturan Menteri Keuangan (PMK) Nomor 147/PMK.010/2016 diteken Menteri Keuangan Rina Wati.", "Nomor"),
    # a letter's reference number is no name either
    ("Perintah itu tertuang dalam Surat Kapolda Nomor: STR/12/X/2016 tertanggal 3 Oktober.", "Nomor"),
])
def test_legal_words_are_no_people_bodies_or_posts(text, not_a_person):
    x = extract(Article("t", text, "Judul"))
    names = {p.name for p in x.people} | {a for p in x.people for a in p.aliases}
    assert not any(not_a_person in n.split() for n in names)
    assert not any(not_a_person in o.name.split() for o in x.organizations)
    holders = {p.holder for p in x.posts}
    assert all(not k.endswith(("nomor", "pasal", "perpres", "ranperda", "perda")) for k in holders)


def test_no_person_inside_a_law():
    text = "Gubernur Sukamakmur menerbitkan Peraturan Gubernur Sukamakmur Nomor 4 Tahun 2020, kata Rina Wati."
    x = extract(Article("t", text, "Judul"))
    (law,) = x.laws
    span = next((m.start, m.end) for m in x.mentions if m.entity == law.key)
    assert law.identifier == "Pergub Sukamakmur 4/2020"
    assert not [m for m in x.mentions if m.entity != law.key and m.start < span[1] and span[0] < m.end]


def test_law_types_table_header():
    rows = read_table("laws.tsv")
    assert set(rows[0]) == {"long", "short", "type", "scope", "alone"}
    assert {r["scope"] for r in rows} <= {"national", "regional", "code", "constitution"}
    assert {r["alone"] for r in rows} <= {"law", "claim", "no"}
    assert {r["kind"] for r in read_table("law_words.tsv")} == \
        {"number", "year", "article", "clause", "link", "title", "title_joins", "title_ends"}



@pytest.mark.parametrize("text, acronym", [
    ("Rudi Wibisana dijerat Pasal 310 Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan (LLAJ).",
     "LLAJ"),
    ("Perda Nomor 5 Tahun 2016 tentang Pajak Daerah (PD) disahkan DPRD Klaten.", "PD"),
])
def test_the_acronym_of_a_laws_title_is_no_body(text, acronym):
    orgs = [o.name for o in extract(Article("t", text, "Judul")).organizations]
    assert acronym not in orgs and not any(acronym in o.split() for o in orgs)
