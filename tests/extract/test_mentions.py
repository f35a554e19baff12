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
