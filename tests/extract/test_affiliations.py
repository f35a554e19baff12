"""The affiliations pass: the body in brackets after a person's name that the name does not spell."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract.lookup.orgs import spells_out
from graph.types import Article


def _found(text: str) -> tuple[set[str], set[str], set[str]]:
    x = extract(Article("a", text))
    return {p.name for p in x.people}, {o.name for o in x.organizations if not o.implied}, \
        {a for o in x.organizations for a in o.aliases}


@pytest.mark.parametrize("short, long, spelled", [
    ("BPBD", "Badan Penanggulangan Bencana Daerah", True),
    ("Diskopdag", "Dinas Koperasi dan Perdagangan", True),  # by syllables
    ("KDRT", "Kekerasan Dalam Rumah Tangga", True),
    ("KSP", "Rudi Wibisana", False),
    ("CHN", "Liu Wei", False),
    ("Sinar Teknika", "Bambang Sutejo", False),
    ("ABC", "Bambang Cahyo", False),  # every letter there, but the first at no word's start
    ("", "Rudi Wibisana", False),
])
def test_a_short_form_is_spelled_by_its_expansion_only(short, long, spelled):
    assert spells_out(short, long) is spelled


@pytest.mark.parametrize("text, person, body", [
    ("Mentor yang hadir antara lain Rudi Wibisana (SinarTek) dan Bambang Sutejo (Koperasi Jaya).",
     "Rudi Wibisana", "SinarTek"),
    ("Mentor yang hadir antara lain Rudi Wibisana (SinarTek) dan Bambang Sutejo (Koperasi Jaya).",
     "Bambang Sutejo", "Koperasi Jaya"),
    ("Dalam diskusi itu, peneliti Rudi Wibisana (KSPN) memaparkan hasil survei.", "Rudi Wibisana", "KSPN"),
])
def test_a_bracket_the_name_does_not_spell_names_the_persons_body(text, person, body):
    people, orgs, aliases = _found(text)
    assert person in people
    assert body in orgs
    assert body not in aliases  # (the person is no body with the bracket as its acronym)


@pytest.mark.parametrize("text, person, not_body", [
    ("Warga Sukamaju, Rudi Wibisana (Sukamaju), menyampaikan keluhannya.", "Rudi Wibisana", "Sukamaju"),
    ("Kepala Dinas Koperasi Kabupaten Klaten Bambang Sutejo (Tejo Gondrong) hadir. Menurut Tejo Gondrong, "
     "koperasi itu sehat.", "Bambang Sutejo", "Tejo Gondrong"),  # a person's other name
    ("Korban bernama Rudi Wibisana (45) dirawat di rumah sakit.", "Rudi Wibisana", "45"),
    # a word shaped like a name: a short name, a role played
    ("Mahasiswi Rina Wati (Rina) menghilang sejak Senin. Orang tua Rina melapor.", None, "Rina"),
    ("Film itu dibintangi Rudi Wibisana (Joko Sembung Kelana) dan Rina Wati.", "Rudi Wibisana", "Joko Sembung Kelana"),
])
def test_a_place_a_nickname_or_an_age_in_brackets_names_no_body(text, person, not_body):
    people, orgs, _ = _found(text)
    assert person is None or person in people
    assert not_body not in orgs


def test_an_expansion_still_defines_its_acronym():
    _, orgs, aliases = _found("Rapat itu digelar Komisi Perlindungan Nelayan Sukamaju (KPNS) kemarin.")
    assert "Komisi Perlindungan Nelayan Sukamaju" in orgs and "KPNS" in aliases


def test_a_country_code_after_a_player_names_no_body():
    people, orgs, aliases = _found("Hasil babak kedua: Rudi Wibisana (INA) menang atas Bambang Sutejo (JPN) "
                                   "21 - 18, 21 - 16.")
    assert "Rudi Wibisana" in people
    assert not {"INA", "JPN", "Rudi Wibisana", "Bambang Sutejo"} & orgs
