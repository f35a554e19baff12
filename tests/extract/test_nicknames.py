"""The nicknames pass: one person under all the names the article gives them."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract.passes.nicknames import join_nicknames
from graph.types import Article


def _people(text: str) -> dict[str, set[str]]:
    return {p.name: set(p.aliases) for p in extract(Article("a", text)).people}


@pytest.mark.parametrize("text, name, alias", [
    ("Penyidik menangkap Rudi Wibisana alias Rudi Kancil di rumahnya. Rudi Kancil tidak melawan.",
     "Rudi Wibisana", "Rudi Kancil"),
    ("Kepala Dinas Koperasi Kabupaten Klaten Bambang Sutejo (Tejo Gondrong) hadir. Menurut Tejo Gondrong, "
     "koperasi itu sehat.", "Bambang Sutejo", "Tejo Gondrong"),
    ("Presiden Joko Widodo meresmikan bendungan. Jokowi mengatakan bendungan itu untuk petani.",
     "Joko Widodo", "Jokowi"),
    # the nickname first, then "sapaan akrab" and the name said before
    ("Calon gubernur Kombes Pol Bambang Sutejo menyerahkan formulir, Jumat (18/8). Gus Tejo sapaan akrab "
     "Bambang Sutejo - datang bersama istrinya. “Saya maju untuk rakyat kecil,” tegas Gus Tejo.",
     "Bambang Sutejo", "Gus Tejo"),
    ("Ahli geologi Rudi Wibisana hadir. Penegasan itu disampaikan Mbah Wibi — sapaan Rudi Wibisana — "
     "berdasarkan data.", "Rudi Wibisana", "Mbah Wibi"),
])
def test_another_name_of_a_person_is_an_alias(text, name, alias):
    people = _people(text)
    assert alias not in people
    assert alias in people[name]


def test_a_short_name_alone_takes_the_full_name():
    assert "Joko Widodo" in _people("Jokowi mengatakan bendungan itu untuk petani di Sukamaju.")


def test_a_body_in_parentheses_after_a_name_is_no_other_name():
    people = _people("Hadir Rina Wati (Koperasi Sukamaju) dan Budi Santoso (Dinas Koperasi).")
    assert {"Rina Wati", "Budi Santoso"} <= set(people)


@pytest.mark.parametrize("text, name", [
    ("Kader Golkar di Klaten menggelar rapat. Ketua Partai Golkar Klaten Budi Santoso hadir.", "Partai Golkar"),
    ("Politikus PDIP Rudi Wibisana hadir. Ia kader PDI Perjuangan sejak lama.",
     "Partai Demokrasi Indonesia Perjuangan"),
])
def test_a_party_named_loosely_is_one_body_under_its_standard_name(text, name):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    parties = [o for o in x.organizations if o.name == name]
    assert len(parties) == 1
    assert not [o for o in x.organizations if o.name in ("Golkar", "PDIP", "PDI Perjuangan")]


@pytest.mark.parametrize("text, name, alias", [
    # a clipped first name
    ("Kepala Desa Sukamaju Kurniawan Sutejo membuka pasar. “Pasar ini untuk warga,” ujar Kurnia.",
     "Kurniawan Sutejo", "Kurnia"),
    ("Sekretaris Kabinet Pramesti Wibisana menyampaikan keputusan itu. “Kami siap,” tutur Pram.",
     "Pramesti Wibisana", "Pram"),
    # one letter more or less in one word of the name
    ("Menurut Achmad Wibisana, pasar itu ramai. Pedagang mengenal Ahmad Wibisana sejak lama.",
     "Achmad Wibisana", "Ahmad Wibisana"),
    ("Kepala Desa Sukamaju Rina Wati yang akrab disapa Chacha membuka pasar. “Saya senang,” ungkap Cacha.",
     "Rina Wati", "Cacha"),
    # two letters side by side swapped, or one letter more in the first name alone
    ("Pelatih Thailand Kiatisuk Wibisana memuji timnya. “Maafkan saya,” kata Kaitisuk kepada wasit.",
     "Kiatisuk Wibisana", "Kaitisuk"),
    ("Menurut Wilhemus Iwan Sutejo, proyek itu sah. “Saya tidak menerima uang,” kata Wilhelmus.",
     "Wilhemus Iwan Sutejo", "Wilhelmus"),
    # the middle of the name left out
    ("Kiper Persikota, Wahyu Tri Sutejo, tampil gemilang. “Saya senang,” kata Wahyu Sutejo.",
     "Wahyu Tri Sutejo", "Wahyu Sutejo"),
])
def test_a_name_written_another_way_is_an_alias(text, name, alias):
    people = _people(text)
    assert alias not in people
    assert alias in people[name]


@pytest.mark.parametrize("text, names", [
    # a different letter, not one more or less: two people
    ("Hadir Rudi Hartono dan Rudi Hartanto dari Sukamaju.", {"Rudi Hartono", "Rudi Hartanto"}),
    # a clipped name two people's names could give: no guess
    ("Hadir Kurniawan Sutejo dan Kurniadi Wibowo. “Pasar ini untuk warga,” ujar Kurnia.",
     {"Kurniawan Sutejo", "Kurniadi Wibowo", "Kurnia"}),
    ("Hadir Pramesti Wibisana dan Pramono Sutejo. “Kami siap,” tutur Pram.",
     {"Pramesti Wibisana", "Pramono Sutejo", "Pram"}),
])
def test_names_alike_of_different_people_stay_apart(text, names):
    assert names <= set(_people(text))


def test_a_surname_with_its_particle_capitalized_is_the_full_name():
    text = "Bola itu ditepis Marco - Andre ter Sutejo dengan mudah. Ter Sutejo menepis dua tendangan lagi."
    assert set(_people(text)) == {"Marco - Andre ter Sutejo"}


@pytest.mark.parametrize("text, name, alias", [
    # an acronym the article never defines, of a body it names in full
    ("Massa membakar kantor Gerakan Suka Bakti Sukamaju. Anggota GSBS tidak terlibat, kata Rudi Wibisana.",
     "Gerakan Suka Bakti Sukamaju", "GSBS"),
    ("PT Kereta Api Sukamaju membuka penjualan tiket. Menurut PT KAS, tiket habis.", "PT Kereta Api Sukamaju", "PT KAS"),
    # the region written short, the level word left out
    ("Dinas Kesehatan Provinsi Jawa Tengah menggelar vaksinasi. Dinas Kesehatan Jateng menyiapkan 500 dosis.",
     "Dinas Kesehatan Provinsi Jawa Tengah", "Dinas Kesehatan Jateng"),
])
def test_one_body_under_its_acronym_or_its_regions_short_form(text, name, alias):
    orgs = {o.name: set(o.aliases) for o in extract(Article("a", text)).organizations if not o.implied}
    assert name in orgs and alias in orgs[name] and alias not in orgs


def test_an_acronym_of_other_initials_is_another_body():
    # (three initials of a four-word name: another body)
    orgs = {o.name for o in extract(Article("a", "Gerakan Suka Bakti Sukamaju hadir. GSB menolak.")).organizations}
    assert {"Gerakan Suka Bakti Sukamaju", "GSB"} <= orgs


def test_the_start_of_a_bodys_name_read_alone_is_that_body():
    # "Badan Pengawas" read apart from the whole name, dictionary words only: the body it starts
    from .conftest import prepared
    doc = prepared("Badan Pengawas Sungai Sukamaju memeriksa tanggul. Badan Pengawas menemukan retakan.",
                   "nicknames")
    whole = doc.add("org", "Badan Pengawas Sungai Sukamaju", 0, category="government")
    part = doc.add("org", "Badan Pengawas", 50, category="government")
    doc.mention(50, 64, part.key)
    join_nicknames(doc)
    assert part.key not in doc.ents and doc.mentions[(50, 64)][0] == whole.key


def test_a_known_bodys_name_is_no_start_of_another():
    from graph.extract.lexicon import lexicon
    from graph.extract.passes.nicknames import _a_names_start
    assert not _a_names_start(lexicon(), "Dewan Perwakilan Rakyat")
    assert _a_names_start(lexicon(), "Kepolisian Negara")
