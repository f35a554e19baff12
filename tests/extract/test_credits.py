"""The article's source credited in its text (a dateline's medium, an end credit, the outlet
spoken to) is read as no body, person or place it mentions; the dateline's place still is a
place, and another medium cited in the running text is a body."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.types import Article


def _names(text: str) -> dict[str, str]:
    x = extract(Article("a", text))
    found = {p.name: "person" for p in x.people}
    found.update({o.name: "org" for o in x.organizations})
    found.update({p.name: "place" for p in x.places if not p.implied})
    return found


@pytest.mark.parametrize("text, medium", [
    ("Sukamaju, CNN Indonesia - - Bupati Sukamaju Rudi Wibisana meresmikan pasar.", "CNN"),
    ("Sukamaju (ANTARA News) - Bupati Sukamaju Rudi Wibisana meresmikan pasar.", "ANTARA News"),
    ("Sukamaju, Jawa Tengah (ANTARA) - Bupati Sukamaju Rudi Wibisana meresmikan pasar.", "ANTARA"),
    ("Beritakita.com - Bupati Sukamaju Rudi Wibisana meresmikan pasar.", "Beritakita.com"),
    ("Sukamaju, CNN Indonesia - - Pasar dibuka, kata Rudi Wibisana kepada CNNIndonesia.com.", "CNNIndonesia.com"),
    ("Pasar itu diresmikan kemarin. Demikian dikutip Antara.", "Antara"),
    ('"Pasar ini untuk warga," ujar Rudi Wibisana kepada Beritakita.com.', "Beritakita.com"),
    ("Pasar itu diresmikan kemarin. [Antara]", "Antara"),
    ("Pasar itu diresmikan kemarin. (Antara / Reuters)", "Antara"),
    # the own outlet's site named anywhere, not only as the one spoken to
    ("Sukamaju, CNN Indonesia - - Dalam surat yang dilihat CNNIndonesia.com, Rudi Wibisana melapor.",
     "CNNIndonesia.com"),
])
def test_the_credited_medium_is_no_entity(text, medium):
    assert medium not in _names(text)


def test_the_place_of_a_mixed_case_dateline_is_a_place():
    assert _names("Baturaja (ANTARA News) - Polisi menangkap dua pencuri sapi.").get("Baturaja") == "place"


def test_a_body_quoted_as_a_source_is_still_a_body():
    found = _names("Data itu dikutip dari Dinas Kesehatan Kabupaten Sukamaju.")
    assert found.get("Dinas Kesehatan Kabupaten Sukamaju") == "org"


@pytest.mark.parametrize("text, medium", [
    ("Bupati Rudi Wibisana meresmikan pasar, seperti dilansir dari Antara.", "Antara"),
    ("Sukamaju, CNN Indonesia - - Hal itu dilaporkan Reuters, Senin.", "Reuters"),
    ("Sukamaju, CNN Indonesia - - Rudi Wibisana mengatakannya kepada Kabarsukamaju.com.", "Kabarsukamaju.com"),
    ("Beritakita.com - Menurut Rudi Wibisana, seperti dikutip dari Antara, pasar dibuka.", "Antara"),
])
def test_another_medium_cited_in_the_text_is_a_body(text, medium):
    assert _names(text).get(medium) == "org"


def test_the_outlet_spoken_to_is_the_publishers_own_by_its_metadata():
    def orgs(publisher):
        x = extract(Article("a", '"Kami siap," kata Rudi Wibisana kepada Beritakita.com.', publisher=publisher))
        return [o.name for o in x.organizations]
    assert orgs("beritakita.com") == [] and orgs("Kabar Sukamaju") == ["Beritakita.com"]


def test_another_outlets_site_under_a_dateline_is_a_body():
    found = _names("Sukamaju, CNN Indonesia - - Menurut Beritakita.com, Rudi Wibisana melapor.")
    assert found.get("Beritakita.com") == "org"
