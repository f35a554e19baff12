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
