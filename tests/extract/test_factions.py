"""The factions pass alone: "X dari Fraksi Y" makes X a member of the faction."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


def test_a_member_before_the_faction():
    person = entity(run_alone("Pramesti Sumarsih dari Fraksi Partai Golkar menolak usulan itu.", "factions"),
                    "Pramesti Sumarsih")
    assert [(p.title, p.comp) for p in person.posts] == [("Anggota", "Fraksi Partai Golkar")]


@pytest.mark.parametrize("text, name", [
    # the name right after the faction, a title of its own before it
    ("Ketua Pansus Angket dari Fraksi Partai Karya Rudi Wibisana mengatakan rapat berlangsung cair.",
     "Rudi Wibisana"),
    ("Gugatan dilayangkan anggota Komisi V DPR dari Fraksi Partai Karya Rina Wati kemarin.", "Rina Wati"),
])
def test_a_member_named_right_after_the_faction(text, name):
    person = entity(run_alone(text, "factions"), name)
    assert ("Anggota", "Fraksi Partai Karya") in [(p.title, p.comp) for p in person.posts]


def test_a_name_after_the_faction_and_a_verb_is_no_member():
    doc = run_alone("Usulan dari Fraksi Partai Karya ditolak Rudi Wibisana kemarin.", "factions")
    assert entity(doc, "Rudi Wibisana").posts == []
