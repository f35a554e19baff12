"""The mentions pass alone: last touches to the mention spans."""
from __future__ import annotations

import pytest

from .conftest import run_alone


@pytest.mark.parametrize("text, mentions", [
    # a body with its acronym in parentheses is one mention
    ("Komisi Pemilihan Umum (KPU) menggelar rapat.", [("org:komisi-pemilihan-umum", "Komisi Pemilihan Umum (KPU)")]),
    # a country that only qualifies a word is no place mention
    ("Ia bertemu turis Jepang di pasar.", []),
    # a country after "di" is one
    ("Ia pernah bekerja di Jepang.", [("place:jepang-country", "Jepang")]),
])
def test_mentions(text, mentions):
    assert sorted(run_alone(text, "mentions").mentions.values()) == mentions


@pytest.mark.parametrize("text, venue", [
    # a place the names read bare and an event then read as its venue is one place
    ("Tim Rajawali mengalahkan Garuda Muda 71-59 pada lanjutan liga di Sukamaju Arena, Solo, Senin (25/12/2017). Sukamaju Arena penuh.",
     "Sukamaju Arena"),
    ("Pertandingan digelar di Stadion Sukamaju, Minggu (23/7). Penonton memadati Stadion Sukamaju.",
     "Stadion Sukamaju"),
])
def test_a_venue_is_one_place(text, venue):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("t", text))
    same = [p for p in x.places if p.name == venue]
    assert [p.kind for p in same] == ["venue"]
    assert {m.entity for m in x.mentions if m.text == venue} == {same[0].key}


@pytest.mark.parametrize("text, venue", [
    # a hospital named only as where someone is taken or treated is a venue, its short names too
    ("Petugas membawa Rudi Wibisana ke Rumah Sakit Sukamaju Medika (RSSM) untuk diperiksa. "
     "Ia pernah dirawat di RSSM setelah kecelakaan. Pemeriksaan dilakukan di RSSM Medika.",
     "Rumah Sakit Sukamaju Medika"),
    ("Korban luka sudah dievakuasi ke Puskesmas Sukamakmur Raya.", "Puskesmas Sukamakmur Raya"),
])
def test_a_hospital_named_as_where_someone_is_is_a_venue(text, venue):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("t", text))
    assert [p.kind for p in x.places if p.name == venue] == ["venue"]
    assert venue not in {o.name for o in x.organizations}
    assert not [p for p in x.places if p.kind == "other" and p.name.startswith("RSSM")]


@pytest.mark.parametrize("text, body", [
    # one that has its officials or acts is a body
    ("Direktur Rumah Sakit Sukamaju Medika, Bambang Sutejo, mengatakan pasien stabil. "
     "Pasien dirujuk ke Rumah Sakit Sukamaju Medika.", "Rumah Sakit Sukamaju Medika"),
])
def test_a_hospital_with_its_officials_is_a_body(text, body):
    from graph.extract import extract
    from graph.types import Article
    assert body in {o.name for o in extract(Article("t", text)).organizations}


@pytest.mark.parametrize("text, country, place", [
    # a country after a competition's word names the competition, no place
    ("Rudi Wibisana bersenggolan di GP Belanda musim lalu.", "Belanda", False),
    ("Klub itu juara Liga Italia musim lalu.", "Italia", False),
    ("Rudi Wibisana tiba di Belanda kemarin.", "Belanda", True),
])
def test_a_country_naming_a_competition_is_no_place(text, country, place):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    assert any(m.text == country and m.entity.startswith("place:") for m in x.mentions) == place


@pytest.mark.parametrize("text, country, place", [
    # a country glued to the capitalized word before it in mid-sentence closes a longer name, no place
    ("Ia berbicara kepada Kabar Pesona Jepang kemarin.", "Jepang", False),
    ("Lagu itu dirilis label Nada Sakura Jepang tahun lalu.", "Jepang", False),
    ("Penghargaan itu diberikan Anugerah Pesona Belanda (APB) kemarin.", "Belanda", False),
    # after a title, a body's head, the official name's word or a region it stays the country
    ("Ia bertemu Presiden Jepang kemarin.", "Jepang", True),
    ("Bantuan datang dari Dubes Jepang kemarin.", "Jepang", True),
    ("Ia lahir di ibu kota Republik Jepang itu.", "Jepang", True),
    # the first word of a sentence is read elsewhere ("Di Jepang …" is the country)
    ("Di Jepang, harga beras naik.", "Jepang", True),
    # a headline in title case: its capitals say nothing
    ("Timnas Sukamaju Kalahkan Jepang di Semifinal Piala Asia\n\nTimnas menang.", "Jepang", True),
])
def test_a_country_closing_a_longer_name_is_no_place(text, country, place):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    assert any(m.text == country and m.entity.startswith("place:") for m in x.mentions) == place


@pytest.mark.parametrize("text, place", [
    # a city's name amid a body's name, the body's words going on after it, is no place
    ("Anggota Polres Metro Sukamaju menangkap pelaku di rumahnya.", None),
    ("Perintah itu datang dari Kapolres Metro Sukamaju Kombes Rudi Wibisana.", None),  # in a title's body
    # a body's region at the end of its name is one (when the article names it nowhere else)
    ("Dinas Kesehatan Kota Metro membagikan masker kepada warga.", "Kota Metro"),
    # and so is the city named on its own
    ("Rudi pindah ke Kota Metro. Ia bekerja di Polres Metro Sukamaju.", "Kota Metro"),
])
def test_a_region_amid_a_bodys_name_is_no_place(text, place):
    from graph.extract import extract
    from graph.types import Article
    places = [m.text for m in extract(Article("a", text)).mentions if m.entity.startswith("place:")]
    assert places == ([place] if place else [])
