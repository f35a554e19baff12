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
