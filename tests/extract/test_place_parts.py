"""The place-parts pass alone: a compass word after a place names a part of it."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, part, within", [
    ("Banjir melanda Afrika timur.", "Afrika timur", "place:afrika-country"),
])
def test_parts(text, part, within):
    place = entity(run_alone(text, "place-parts"), part)
    assert (place.level, place.within) == ("other", within)


def test_a_gazetteer_region_written_in_lowercase():
    doc = run_alone("Hujan deras turun di Sumatera selatan.", "place-parts")
    assert list(doc.mentions.values()) == [("place:sumatera-selatan-province", "Sumatera selatan")]


@pytest.mark.parametrize("text, person, place", [
    # a first name after "ke": the person named in full before, or only after it
    ("Rudi Wibisana ditelepon Hendrawan Saputra. Berkas itu lalu diserahkan ke Hendrawan, katanya.",
     "Hendrawan Saputra", "Hendrawan"),
    ("Berkas itu lalu diserahkan ke Hendrawan pekan lalu. Hal itu dibenarkan Hendrawan Saputra kepada wartawan.",
     "Hendrawan Saputra", "Hendrawan"),
    ("Bola itu dioper ke Hendrawan. Hendrawan Saputra mencetak gol kedua.", "Hendrawan Saputra", "Hendrawan"),
])
def test_a_place_guessed_from_its_preposition_that_names_a_person_is_the_person(text, person, place):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    assert person in [p.name for p in x.people]
    assert place not in [p.name for p in x.places]


@pytest.mark.parametrize("text, place", [
    # a city that is the last word of a name a person was (wrongly) read as stays a place
    ("Warga Bambang Sukamaju hadir. Rombongan itu lalu pergi ke Sukamaju, kata dia.", "Sukamaju"),
    ("Rudi Wibisana berangkat ke Nairobi pekan lalu.", "Nairobi"),
])
def test_a_place_that_ends_a_persons_name_stays_a_place(text, place):
    from graph.extract import extract
    from graph.types import Article
    assert place in [p.name for p in extract(Article("a", text)).places]


def test_a_place_the_article_says_is_one_with_di_stays_a_place():
    from graph.extract import extract
    from graph.types import Article
    # (a paper named after the city was read as a person's name)
    x = extract(Article("a", "Pameran itu digelar di Orlando, Amerika Serikat. Iklan itu dimuat Orlando Sentinel kemarin."))
    assert "Orlando" in [p.name for p in x.places]


@pytest.mark.parametrize("text, places, mentions", [
    # a city written after a place's name locates it: the place, and the city, each a mention
    ("Rudi Wibisana ditemui di Tirtawangi Jakarta, Rabu (17/1/2018).",
     {"Tirtawangi", "Jakarta"}, ["Rudi Wibisana", "Tirtawangi", "Jakarta"]),
    ("Tersangka ditangkap di Hotel Wibisana Kemayoran Jakpus, Selasa (7/8) malam.",
     {"Hotel Wibisana", "Kemayoran", "Jakarta Pusat"}, ["Hotel Wibisana", "Kemayoran", "Jakpus"]),
    ("Presiden berpidato di Istana Cempaka Jakarta, Senin (17/04/2017).",
     {"Istana Cempaka", "Jakarta"}, ["Istana Cempaka", "Jakarta"]),
    # a street of dictionary words and a seat's head alone name their place with the city
    ("Kemacetan terjadi di persimpangan Jalan Terusan Jakarta, Senin.",
     {"Jalan Terusan Jakarta"}, ["Jalan Terusan Jakarta"]),
    ("Kapolda hadir di Mapolda Jabar, Senin.", {"Mapolda Jabar"}, ["Mapolda Jabar"]),
])
def test_a_region_after_a_places_name_is_a_place_of_its_own(text, places, mentions):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    assert places <= {p.name for p in x.places}
    assert [m.text for m in x.mentions] == mentions
