"""Media cited in the text ("dilansir dari X", "Via X", "dikutip A dari X"): bodies, whatever their words."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.types import Article


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(Article("a", text)).organizations if not o.implied}


@pytest.mark.parametrize("text, medium", [
    ("Harga gabah naik tajam, seperti dilaporkan Warta Sukamaju pekan ini.", "Warta Sukamaju"),
    ("Harga gabah naik tajam pekan ini.\n\nVia Digital Sukamaju.", "Digital Sukamaju"),
    ("Pelatih itu mundur, dikutip Kabarsukamaju.com dari Suara Wibisana, Senin.", "Suara Wibisana"),
    ("Pelatih itu mundur, seperti dilansir dari Digital Sukamaju, Senin.", "Digital Sukamaju"),
])
def test_a_medium_cited_is_a_body(text, medium):
    assert medium in _orgs(text)


def test_a_name_after_a_plain_dari_is_no_medium():
    assert "Bambang Sutejo" not in _orgs("Bantuan itu datang dari Bambang Sutejo, warga Sukamaju.")


# "dilaporkan" cites a medium only after "seperti/sebagaimana" (a person is reported to the police),
# "Via" only as a credit alone on its line (it is also a given name)
@pytest.mark.parametrize("text, person", [
    ("Surel itu dilaporkan Bambang Sutejo ke Polda Sukamaju, Senin.", "Bambang Sutejo"),
    ("Sumbangan itu dilaporkan berasal dari Bambang Sutejo, warga Sukamaju.", "Bambang Sutejo"),
    ("Lagu itu dinyanyikan Via Wibisana di panggung utama, kata panitia.", "Wibisana"),
])
def test_a_person_after_a_reporting_word_is_no_medium(text, person):
    assert not any(person in name for name in _orgs(text))


def test_via_inside_a_sentence_stays_a_given_name():
    people = {p.name for p in extract(Article("a", "Lagu itu dinyanyikan Via Wibisana di panggung utama, kata panitia."
                                                     )).people}
    assert "Via Wibisana" in people


# a line crediting the article's sources ("Sumber: A dan B.", "Sumber berita A, B dan C."): every
# name listed on it is a body, and so is the name wherever else the article writes it (it reads
# an unknown company acting alone, "Lorato merilis …", as a person's or after "dari" as a place's)
_STORY = ("Lorato kembali merilis ponsel baru pekan ini. Ponsel itu dirakit di pabrik mereka. "
          "Harganya belum diumumkan. Lorato mengatakan ponsel itu dijual bulan depan. "
          "Menurut Lorato, stoknya terbatas. Pengguna bisa memesannya dari Lorato secara daring.\n\n")


@pytest.mark.parametrize("credit, bodies", [
    ("Sumber: Sinartek.", {"Sinartek"}),
    ("Sumber: Sinartek dan Warta Nusa.", {"Sinartek", "Warta Nusa"}),
    ("Sumber berita Sinartek, Kabarnusa dan Warta Nusa.", {"Sinartek", "Kabarnusa", "Warta Nusa"}),
    ("Sumber: Sinartek via Warta Nusa.", {"Sinartek", "Warta Nusa"}),
    ("Sumber: Lorato dan Sinartek.", {"Lorato", "Sinartek"}),
])
def test_the_names_of_a_credit_line_are_bodies(credit, bodies):
    x = extract(Article("a", _STORY + credit))
    assert bodies <= {o.name for o in x.organizations if not o.implied}
    assert not bodies & {p.name for p in x.people}
    assert not bodies & {p.name for p in x.places}


@pytest.mark.parametrize("line, person", [
    ("Sumber itu menyebut Bambang Sutejo hadir di sana.", "Bambang Sutejo"),   # a source of the story
    ("Sumber dana itu berasal dari Bambang Sutejo, warga Sukamaju.", "Bambang Sutejo"),
    ("Sumber: wawancara dengan Bambang Sutejo, warga Sukamaju.", "Bambang Sutejo"),  # no list of names
])
def test_a_sumber_line_that_lists_no_names_credits_no_body(line, person):
    assert not any(person in name for name in _orgs(_STORY + line))
