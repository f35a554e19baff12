"""Real-news regressions of the organizations: what is no body, and where a body's name ends.

Whole extraction on invented sentences (names invented; national bodies real)."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.types import Article


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(Article("t", text, "Judul")).organizations}


@pytest.mark.parametrize("text, not_a_body", [
    # acronyms of terms, with or without their expansion
    ("Polisi menyita mobil beserta BPKB milik Rudi Wibisana.", "BPKB"),
    ("Penyidik akan menjerat Rudi Wibisana dengan TPPU.", "TPPU"),
    ("Jaksa membacakan BAP milik Bambang Sutejo di sidang.", "BAP"),
    ("Produksi gas naik menjadi 120 MMSCFD tahun lalu.", "MMSCFD"),
    ("Pelanggan menerima SMS dari PT Sinar Sukamaju.", "SMS"),
    ("Gempa berkekuatan 5,1 Skala Richter (SR) mengguncang Kabupaten Sukamaju.", "Skala Richter"),
    ("Realisasi Penanaman Modal Asing (PMA) naik tahun ini.", "Penanaman Modal Asing"),
    ("Dana itu berasal dari Corporate Social Responsibility (CSR) PT Sinar Sukamaju.",
     "Corporate Social Responsibility"),
    ("Longsor menimpa rumah warga di RT 03 RW 05 Desa Sukamaju.", "RT"),
])
def test_terms_are_no_bodies(text, not_a_body):
    assert not_a_body not in _orgs(text)


def _all_names(text: str) -> set[str]:
    x = extract(Article("t", text, "Judul"))
    return {e.name for e in (*x.organizations, *x.people, *x.places)} | {a for o in x.organizations for a in o.aliases}


@pytest.mark.parametrize("text, not_a_body", [
    # a session, a ceremony, a conference or an operation is held: no body, whatever body's word follows
    ("Hal itu dibahas dalam Rapat Dewan Pengurus Sukamaju pekan lalu.", "Rapat Dewan Pengurus Sukamaju"),
    ("Taruna tampil pada Acara Malam Dana Party di kapal itu.", "Acara Malam Dana Party"),
    ("Prajurit mengikuti Operasi Garuda Jaya Krida (GJK) tahun ini. GJK berakhir Mei.", "GJK"),
    ("Para menteri hadir di Konferensi Tingkat Tinggi Lorandia (KTL) kemarin.", "Konferensi Tingkat Tinggi Lorandia"),
    # a competition's group, its letter ending a sentence or not
    ("Sukamaju FC menjadi juara Grup H Liga Lorandia musim ini.", "Grup H Liga Lorandia"),
    ("Sukamaju FC memimpin klasemen Grup H. Lorato FC berada di bawahnya.", "Grup H. Lorato FC"),
    ("Sukamaju FC memimpin klasemen Grup H. Lorato FC berada di bawahnya.", "Grup H"),
    # the session's word before the words the acronym spells
    ("Kata Rudi Wibisana saat Rapat Strategi Impor Sukamaju Tinggi (IST). Hasil IST dibahas lagi.", "IST"),
    # the capitalized names of terms an acronym is defined by
    ("Pemerintah menerbitkan Surat Berharga Sukamaju (SBS) senilai Rp 5 triliun. SBS laku keras.", "SBS"),
    ("Peserta wajib lulus Seleksi Kompetensi Lorato (SKL) lebih dulu.", "Seleksi Kompetensi Lorato"),
    ("Cukai Sigaret Kretek Lorato (SKL) naik tahun depan.", "Sigaret Kretek Lorato"),
    ("Pekerja menerima Tunjangan Hari Lorato (THL) sepekan sebelumnya.", "Tunjangan Hari Lorato"),
    # a card's holder is no business's owner; its acronym opening a longer name names the card
    ("Wahana itu gratis bagi pemilik Kartu Lorato Pintar (KLP). Data pemilik KLP dikumpulkan.", "KLP"),
    ("Wahana itu gratis bagi pemilik Kartu Lorato Pintar (KLP). KLP Plus merupakan janji kerja.", "KLP Plus"),
])
def test_sessions_and_terms_are_no_bodies(text, not_a_body):
    assert not_a_body not in _all_names(text)


@pytest.mark.parametrize("text, body", [
    # a business group keeps its name; the clubs beside a competition's group stay
    ("Kata Rudi, saham Grup Sinar Lorato naik tajam kemarin.", "Grup Sinar Lorato"),
    ("Sukamaju FC memimpin klasemen Grup H. Lorato FC berada di bawahnya.", "Lorato FC"),
])
def test_groups_of_companies_stay(text, body):
    assert body in _orgs(text)


@pytest.mark.parametrize("text, not_a_body", [
    # suspects named by their initials in a crime or court report
    ("Polisi menangkap dua tersangka, yakni RW dan AS, di rumahnya.", "RW"),
    ("Polisi menangkap dua tersangka, yakni RW dan AS, di rumahnya.", "AS"),
    ("Penyidik mengamankan BTS di kantornya pada Senin.", "BTS"),
    ("Menurut polisi, pelaku berinisial HK ditahan di Polres Sukamaju.", "HK"),
])
def test_initials_in_a_crime_report_are_no_bodies(text, not_a_body):
    assert not_a_body not in _orgs(text)


@pytest.mark.parametrize("text, body", [
    # outside a crime report an unknown acronym still names a body
    ("Rudi Wibisana hadir mewakili LPKS dalam rapat itu.", "LPKS"),
    # an acronym the article defines is a body even in a crime report
    ("Lembaga Pemantau Kinerja Sukamaju (LPK) melaporkan tersangka itu. LPK juga hadir.",
     "Lembaga Pemantau Kinerja Sukamaju"),
])
def test_bodies_named_by_acronyms_stay(text, body):
    assert body in _orgs(text)


@pytest.mark.parametrize("text, body", [
    # a year after a known body ends its name; a numbered unit keeps its number
    ("Rapat Pimpinan TNI 2017 digelar di Sukamaju.", "Tentara Nasional Indonesia"),
    ("Anggaran Dinas Pendidikan 2016 dipangkas.", "Dinas Pendidikan"),
    ("Anggota Kodim 1907 Sukamaju hadir.", "Komando Distrik Militer 1907 Sukamaju"),
    # the province after a regency locates the body; it is no part of its name
    ("Polres Klaten Jawa Tengah mengamankan dua tersangka.", "Kepolisian Resor Klaten"),
    # a head its own acronym repeats: the acronym names the body
    ("Polisi bergerak dengan Kepolisian Polda Jawa Tengah untuk pengembangan.", "Kepolisian Daerah Jawa Tengah"),
    # a force of the armed forces, written out
    ("Hadir pejabat TNI Angkatan Laut dan TNI Angkatan Udara di Sukamaju.",
     "Tentara Nasional Indonesia Angkatan Laut"),
    ("Hadir pejabat TNI Angkatan Laut dan TNI Angkatan Udara di Sukamaju.",
     "Tentara Nasional Indonesia Angkatan Udara"),
    # a field's noun after "dan", even a rare or misspelt one, is part of a ministry's name
    ("Ia menyurati Dinas Informasi dan Komunikasi Kabupaten Klaten kemarin.",
     "Dinas Informasi dan Komunikasi Kabupaten Klaten"),
    # (a field's word misspelt by one letter is spelt right in the name, as written in an alias)
    ("Hadir perwakilan Kementerian Pendidikan dan Kebudyaan serta warga.",
     "Kementerian Pendidikan dan Kebudayaan"),
    # any number after a known body's acronym ends its name (a numbered unit keeps its number, above)
    ("Investor menanti suku bunga acuan BI 7 - day Reverse Repo Rate pekan ini.", "Bank Indonesia"),
    ("Sebanyak 300 personel, terdiri dari Polri 50 orang dan TNI 25 orang, berjaga di Sukamaju.",
     "Kepolisian Negara Republik Indonesia"),
    # a country inside a listed company's name ends no name
    ("Saham yang dapat dicermati antara lain Semen Lorato Tbk (SMLR) dan Sinar Indonesia Tbk (SNID).",
     "Sinar Indonesia Tbk"),
    # the words an acronym's expansion ends with, written again after it, are said once
    ("Kata Rudi, Pemprov DKI Jakarta akan membangun jalan.", "Pemerintah Provinsi DKI Jakarta"),
])
def test_where_a_bodys_name_ends(text, body):
    assert body in _orgs(text)


@pytest.mark.parametrize("text, body, alias", [
    # one body under its full name and a shorter form: one body, the short form an alias
    ("Rudi Wibisana bekerja di Dinas Kebudayaan dan Pariwisata Kabupaten Klaten. "
     "Ia diamankan di Dinas Pariwisata Kabupaten Klaten.",
     "Dinas Kebudayaan dan Pariwisata Kabupaten Klaten", "Dinas Pariwisata Kabupaten Klaten"),
    ("Bambang Sutejo memimpin PT Sinar Grup. Kami meneliti perusahaannya, yaitu Sinar Grup di Jakarta.",
     "PT Sinar Grup", "Sinar Grup"),
])
def test_a_short_form_of_a_body_is_its_alias(text, body, alias):
    orgs = extract(Article("t", text, "Judul")).organizations
    named = [o for o in orgs if alias == o.name or alias in o.aliases]
    assert [o.name for o in named] == [body]


def test_two_fields_of_a_body_are_two_bodies():
    orgs = _orgs("Dinas Kesehatan Kabupaten Klaten dan Dinas Kebudayaan dan Pariwisata Kabupaten Klaten hadir.")
    assert {"Dinas Kesehatan Kabupaten Klaten", "Dinas Kebudayaan dan Pariwisata Kabupaten Klaten"} <= orgs


@pytest.mark.parametrize("text, bodies", [
    # a team ("Tim X") is a body; a body inside its name is one too
    ("Tim Resmob Polres Klaten menangkap pelaku.", {"Tim Resmob Polres Klaten", "Kepolisian Resor Klaten"}),
    ("Tim Satgas BNN juga menangkap tiga orang lainnya.", {"Tim Satgas BNN", "Badan Narkotika Nasional"}),
    # national teams of two countries are two bodies
    ("Tim Nasional Malaysia kalah dari Tim Nasional Vietnam.", {"Tim Nasional Malaysia", "Tim Nasional Vietnam"}),
])
def test_teams(text, bodies):
    assert bodies <= _orgs(text)


@pytest.mark.parametrize("text, body", [
    # a team named after a body, with the acronym it defines, is one body
    ("Komisi B meminta Tim Anggaran Pemerintah Kabupaten (TAPK) Klaten menambah dana.",
     "Tim Anggaran Pemerintah Kabupaten Klaten"),
    ("Bupati Klaten didampingi Ketua Tim Penggerak PKK (TP PKK) Kabupaten Klaten, Ratna Wati.",
     "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kabupaten Klaten"),
])
def test_a_team_with_its_acronym_is_one_body(text, body):
    orgs = _orgs(text)
    assert body in orgs and not any(")" in o for o in orgs)


def test_the_away_team_is_no_body():
    assert not any(o.startswith("Tim") for o in _orgs("Tim Tamu Kota Makassar menyerang di babak kedua."))


@pytest.mark.parametrize("text, body", [
    # well-known companies named without a legal form
    ("Pameran itu diikuti Xiaomi, Lenovo dan Huawei tahun ini.", "Xiaomi"),
    ("Rudi Wibisana bekerja di Microsoft sejak 2010.", "Microsoft"),
])
def test_well_known_companies(text, body):
    x = extract(Article("t", text, "Judul"))
    assert body in {o.name for o in x.organizations} and body not in {p.name for p in x.people}


def test_the_start_of_a_bodys_name_is_that_body_not_a_person():
    x = extract(Article("t", "Selain mendapat dukungan dari pemerintah, pihak pengembang Wiranta meyakinkan "
                             "motor itu akan meluncur. CEO Wiranta Group, Rudi Wibisana mengatakan, proyek "
                             "berjalan. Wiranta sempat menerima pemesanan sebelum diluncurkan.", "Judul"))
    assert "Wiranta" not in {p.name for p in x.people}


def test_a_guessed_body_read_elsewhere_as_a_person_is_that_person():
    from graph.extract.document import Document
    from graph.extract.lexicon import lexicon
    from graph.extract.passes.names import _one_reading
    text = "Penonton memuji Rudi Wibisana. Rudi Wibisana mengatakan timnya siap."
    doc = Document(Article("t", text, "Judul"), lexicon())
    org = doc.add("org", "Rudi Wibisana", 16, category="other")
    doc.mention(16, 29, org.key)
    person = doc.add("person", "Rudi Wibisana", 31)
    doc.mention(31, 44, person.key)
    _one_reading(doc, {"Rudi Wibisana"})
    assert [e.kind for e in doc.ents.values()] == ["person"]
    assert {k for k, _ in doc.mentions.values()} == {person.key}
    # a body the lexicons or its acronym made sure is not guessed, and stays
    doc = Document(Article("t", text, "Judul"), lexicon())
    doc.add("org", "Rudi Wibisana", 16, category="other")
    doc.add("person", "Rudi Wibisana", 31)
    _one_reading(doc, set())
    assert sorted(e.kind for e in doc.ents.values()) == ["org", "person"]


def test_a_companys_legal_form_is_kept_in_one_of_its_names():
    org = next(o for o in extract(Article("t", "PT Sinar Grup (Persero) memberi bantuan.", "Judul")).organizations
               if o.name == "PT Sinar Grup")
    assert "PT Sinar Grup (Persero)" in org.aliases and "Persero" not in org.aliases


@pytest.mark.parametrize("end_text, defines", [
    ("Pegawai Negeri Sipil (PNS) Dinas Pariwisata", True),   # a term spelled out
    ("Lembaga Sukamaju (LS) hadir", False),                   # an unknown acronym: maybe a body
    ("Rudi Wibisana hadir", False),
])
def test_the_tagger_leaves_a_spelled_out_term(end_text, defines):
    from graph.extract.lexicon import lexicon
    from graph.extract.passes.crf import _defines_a_term
    words = end_text.split(" (")[0] if " (" in end_text else end_text
    assert _defines_a_term(lexicon(), end_text, len(words)) is defines
