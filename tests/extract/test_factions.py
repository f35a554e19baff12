"""The factions pass alone: "X dari Fraksi Y" makes X a member of the faction."""
from __future__ import annotations

from .conftest import entity, run_alone


def test_a_member_before_the_faction():
    person = entity(run_alone("Pramesti Sumarsih dari Fraksi Partai Golkar menolak usulan itu.", "factions"),
                    "Pramesti Sumarsih")
    assert [(p.title, p.comp) for p in person.posts] == [("Anggota", "Fraksi Partai Golkar")]
