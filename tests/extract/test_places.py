"""The places pass alone: the dateline, gazetteer regions, districts and villages, countries."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, name, level, within", [
    # a dateline names the article's region; the province above it is implied
    ("GIANYAR – Warga menanam padi.", "Gianyar", "regency", "place:bali-province"),
    # a level word picks the region of that level
    ("Banjir melanda Kabupaten Klaten kemarin.", "Klaten", "regency", "place:jawa-tengah-province"),
    ("Banjir melanda Kota Bogor kemarin.", "Bogor", "city", "place:jawa-barat-province"),
    # a district named with its level word, inside its regency
    ("GIANYAR – Warga Kecamatan Ubud menanam padi.", "Ubud", "district", "place:gianyar-regency"),
    # a village named with its district lies in it
    ("GIANYAR – Warga Desa Tirtasari, Kecamatan Ubud, menanam padi.", "Tirtasari", "village", "place:ubud-district"),
    # a country
    ("Pupuk itu didatangkan dari Jepang.", "Jepang", "country", None),
])
def test_places(text, name, level, within):
    doc = run_alone(text, "places")
    place = entity(doc, name)
    assert (place.kind, place.level, place.within) == ("place", level, within)
    assert place.mentioned


@pytest.mark.parametrize("text, region", [
    ("GIANYAR – Warga Kota Bogor datang.", "place:gianyar-regency"),  # the dateline first
    ("Warga Kabupaten Klaten dan Kota Bogor datang.", "place:klaten-regency"),  # else the first regency or city
    ("Warga Provinsi Bali datang.", None),  # a province is no article's region
])
def test_the_articles_region(text, region):
    assert run_alone(text, "places").region == region


@pytest.mark.parametrize("text", [
    "Kepala Desa Tirtasari hadir.",  # a title: read with the people
    "Bank Nagari Tirtasari buka.",  # an institution's name
])
def test_no_village(text):
    doc = run_alone(text, "places")
    assert not any(e.kind == "place" and e.level == "village" for e in doc.ents.values())


@pytest.mark.parametrize("text, places", [
    # a site's name opening the dateline is no place; a place after it is the dateline's
    ("KABARSUKAMAJU.NET, SOLO - Tim basket itu menang.", {"Solo"}),
    ("KABARSUKAMAJU.NET - Petarung itu menang.", set()),
    ("WARTANUSA.COM - Balapan rampung di Jawa.", set()),
    # a place before the site's name stays the dateline's
    ("GIANYAR – Warga menanam padi.", {"Gianyar"}),
])
def test_a_sites_name_in_the_dateline_is_no_place(text, places):
    doc = run_alone(text, "places")
    assert {e.name for e in doc.ents.values() if e.kind == "place" and e.mentioned and
            any(k == e.key for k, _ in doc.mentions.values())} == places


@pytest.mark.parametrize("text, region", [
    # a region's name set inside a body's name, before a dictionary word of it, is no place
    ("Kapolda itu menyebut Polda Klaten Raya menangkap pelaku. Polda Klaten Raya lalu menahannya.", None),
    ("Pelaku dibawa ke Mapolda Klaten Raya kemarin. Di Mapolda Klaten Raya ia diperiksa.", None),
    # the region after a body and before its person, or before a direction, is one
    ("Kapolres Klaten Rudi Wibisana hadir.", "Klaten"),
    ("Polres Klaten Kota menggelar rapat.", "Klaten"),
])
def test_a_region_inside_a_bodys_name(text, region):
    doc = run_alone(text, "places")
    found = {e.name for e in doc.ents.values() if e.kind == "place" and e.mentioned and e.level in ("city", "regency")}
    assert found == ({region} if region else set())


def test_a_region_before_a_persons_name_stays_a_place():
    # a dictionary word after the region, written so once, may start the holder's name
    doc = run_alone("Ketua DPRD Purworejo Siti Aminah Rahayu hadir dalam rapat.", "places")
    assert "Purworejo" in {e.name for e in doc.ents.values() if e.kind == "place"}


@pytest.mark.parametrize("text, name, alias", [
    # a region the gazetteer does not know, read after its level word: named without it
    ("Dua waduk di Provinsi Wetanjaya telah mengering. Wetanjaya kini darurat air.", "Wetanjaya", "Provinsi Wetanjaya"),
    ("Festival akan digelar di Kota Ranumaju, Senin.", "Ranumaju", "Kota Ranumaju"),
])
def test_an_unknown_region_is_named_without_its_level_word(text, name, alias):
    from graph.extract import extract
    from graph.types import Article
    places = {p.name: p.aliases for p in extract(Article("a", text)).places if not p.implied}
    assert name in places and alias in places[name] and alias not in places


@pytest.mark.parametrize("text", [
    "Beberapa danau di Tanah Air terbentuk dengan proses ini.",
    "Industri makanan merupakan andalan Ibu Pertiwi, kata Rudi Wibisana.",
])
def test_the_homeland_said_so_is_no_place(text):
    from graph.extract import extract
    from graph.types import Article
    assert not [p.name for p in extract(Article("a", text)).places if not p.implied]


@pytest.mark.parametrize("text", [
    "Ia langsung mendapat kenaikan pangkat dari Marsekal Madya ke Marsekal.",  # ranks alone
    "Baginya, hutan merupakan tempat resapan air.",  # an opening word with its pronoun
])
def test_a_rank_or_an_opening_word_is_no_place(text):
    from graph.extract import extract
    from graph.types import Article
    assert not [p.name for p in extract(Article("a", text)).places if not p.implied]


@pytest.mark.parametrize("text, places", [
    # a group of officers' short word that is also a regency's name: no place where the story
    # writes it as the group (once is enough: one sense a story)
    ("Presiden menerima para Pati TNI dan Pati Polri di istana.", []),
    ("Sebanyak 51 perwira tinggi (Pati) dirotasi. Para Pamen dan Pati itu tiba pagi ini.", []),
    # the regency itself stays
    ("Bupati Pati Rudi Wibisana meninjau pasar di Pati, Jawa Tengah.", ["Pati", "Jawa Tengah"]),
    ("Warung itu dekat Terminal Bus Pati.", ["Pati"]),
])
def test_a_group_of_officers_is_no_regency(text, places):
    from graph.extract import extract
    from graph.types import Article
    assert [p.name for p in extract(Article("a", text)).places if not p.implied] == places


def test_a_group_of_officers_leaves_no_province_behind():
    # (the regency was once read and dropped after, leaving its province implied)
    from graph.extract import extract
    from graph.types import Article
    text = "Sebanyak 51 perwira tinggi (Pati) dirotasi. Para Pamen dan Pati itu tiba pagi ini. Pati itu dilantik."
    assert [p.name for p in extract(Article("a", text)).places] == []


@pytest.mark.parametrize("text, place", [
    # a district whose name ends in a weekday's is read whole, not cut to its first word
    ("Restoran itu dibangun di kawasan Pasar Minggu, Jakarta Selatan.", "Pasar Minggu"),
    ("Tanggul jebol di Kelurahan Sukamaju, Pasar Minggu, Jakarta Selatan.", "Pasar Minggu"),
])
def test_a_district_named_with_a_weekday(text, place):
    from graph.extract import extract
    from graph.types import Article
    names = [p.name for p in extract(Article("a", text)).places]
    assert place in names and "Pasar" not in names


def test_a_weekday_after_a_market_that_is_no_region_is_no_part_of_its_name():
    from graph.extract import extract
    from graph.types import Article
    assert "Pasar Sukamaju" in [p.name for p in extract(Article("a", "Rapat digelar di Pasar Sukamaju Minggu (12/3).")).places]


@pytest.mark.parametrize("text, country, short", [
    # a country's abbreviation and its name are one place, the abbreviation its alias
    ("Presiden AS bertemu rekannya. Amerika Serikat dan Korea Selatan sepakat.", "Amerika Serikat", "AS"),
    ("Korsel menolak usul itu. Korea Selatan lalu mengirim utusan.", "Korea Selatan", "Korsel"),
    ("Korut kembali menguji rudal, kata pejabat di Seoul.", "Korea Utara", "Korut"),
])
def test_a_countrys_abbreviation_is_the_country(text, country, short):
    from graph.extract import extract
    from graph.types import Article
    found = [p for p in extract(Article("a", text)).places if not p.implied and p.kind == "country"]
    same = [p for p in found if p.name == country or short in p.aliases]
    assert len(same) == 1 and same[0].name == country and short in same[0].aliases


@pytest.mark.parametrize("text, level", [
    # a bare name after the region was named with its level is that region, not another of
    # the same name ("Semarang" is a city and a regency)
    ("Kantor itu dibuka di Kota Semarang. Kantor yang berlokasi di Semarang itu melayani UMKM.", "city"),
    ("Bupati Semarang meninjau pasar. Kantor di Semarang itu melayani warga.", "regency"),
])
def test_a_bare_name_is_the_region_named_before(text, level):
    from graph.extract import extract
    from graph.types import Article
    found = [p for p in extract(Article("a", text)).places if not p.implied and p.name == "Semarang"]
    assert [p.kind for p in found] == [level]


@pytest.mark.parametrize("text, region", [
    # a region's name inside a village's, a street's or a landmark's name is no region
    ("Banjir merendam Kelurahan Jati Klaten. Tanggul di Jati Klaten jebol kemarin.", "Klaten"),
    ("Ia ditemui di Jalan Klaten Raya, Jakarta Pusat.", "Klaten"),
    ("Kapal itu bersandar di Pulau Sragen pagi ini.", "Sragen"),
])
def test_a_regions_name_inside_a_places_name_is_no_region(text, region):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    assert region not in [p.name for p in x.places]


def test_a_region_after_a_village_it_does_not_end_stays():
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Warga Kelurahan Jati Klaten mengungsi ke Sragen, Senin."))
    assert "Sragen" in [p.name for p in x.places]


@pytest.mark.parametrize("text, name, alias", [
    # a place after an area's word ("Kawasan", "Wilayah", "Kampung") is named without it, kept in an alias
    ("Polisi menutup jalan di Kawasan Tanjungwaru sejak pagi.", "Tanjungwaru", "Kawasan Tanjungwaru"),
    ("Warga Kampung Cibeurit mengungsi ke masjid.", "Cibeurit", "Kampung Cibeurit"),
    # a dictionary word after it: the area's own name, kept whole
    ("Polisi berjaga di Kawasan Industri Sukamaju.", "Kawasan Industri Sukamaju", None),
])
def test_an_area_word_before_a_place_is_no_part_of_its_name(text, name, alias):
    from graph.extract import extract
    from graph.types import Article
    place = next(p for p in extract(Article("a", text)).places if name in (p.name, *p.aliases) or p.name.endswith(name))
    assert place.name == name
    assert alias is None or alias in place.aliases


@pytest.mark.parametrize("text, not_a_place, place", [
    # a region's name after a body's word and before a region that neither holds it nor lies in
    # it is a word of the body's name (as the capital's police name their units), not that region
    ("Kapolres Klaten Jakarta Barat Kombes Rudi Wibisana membenarkan.", "Klaten", "Jakarta Barat"),
    ("Kasat Reskrim Polres Klaten Jakarta Utara membenarkan.", "Klaten", "Jakarta Utara"),
])
def test_a_region_inside_a_bodys_name_before_a_region_elsewhere(text, not_a_place, place):
    names = {e.name for e in run_alone(text, "places").ents.values() if e.kind == "place"}
    assert not_a_place not in names and place in names


def test_a_region_before_its_own_province_stays_a_place():
    names = {e.name for e in run_alone("Kapolres Klaten Jawa Tengah membenarkan.", "places").ents.values()}
    assert {"Klaten", "Jawa Tengah"} <= names
