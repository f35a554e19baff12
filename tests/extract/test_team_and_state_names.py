"""Names that look like a person's to the rules and are not (people10, from pool articles):
another language's article opening a team's or a league's name, an epithet with "Si", a song
after "pelantun", a team after "pemain", and a state's long name after a title. Invented
sentences; the whole pipeline runs."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.types import Article


def _people(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", text)).people}


@pytest.mark.parametrize("text, people, not_people", [
    # another language's article opens a team's name: no person, and no person of the rest
    ("Rudi Wibisana mencetak gol untuk Los Morenos, Minggu (2/10).", {"Rudi Wibisana"}, {"Los Morenos", "Morenos"}),
    ("Gli Lorandi menang dengan skor 2 - 0 atas Sukamaju FC.", set(), {"Gli Lorandi", "Lorandi"}),
    ("Pemain muda itu dijual ke Die Nusaner tahun lalu.", set(), {"Die Nusaner", "Nusaner"}),
    ("Budi Santoso mengakhiri musim bersama Il Lorandese di posisi kesepuluh.", {"Budi Santoso"},
     {"Il Lorandese", "Lorandese"}),
    # "La" before a competition's head is a league; before other words it opens Sulawesi names
    ("Klub itu menjuarai La Formula Sukamaju musim lalu.", set(), {"La Formula Sukamaju", "La Formula"}),
    ("Anggota DPRD La Kapal Wibisana hadir. La Kapal mengatakan itu penting.", {"La Kapal Wibisana"}, set()),
    # "Si" before dictionary words only is an epithet: of a team, a trophy, a thing
    ("Rudi Wibisana mencetak dua gol untuk Si Nyonya Merah, sementara Budi Santoso mencetak satu gol.",
     {"Rudi Wibisana", "Budi Santoso"}, {"Merah", "Si Nyonya Merah"}),
    ("Sukamaju FC semakin dekat ke trofi Si Kuping Emas.", set(), {"Si Kuping Emas", "Kuping Emas"}),
    ("“Saya tidak tahu,” kata Si Wibisana kepada wartawan.", {"Si Wibisana"}, set()),
    # the singer named by the song ("pelantun X"): the song is no person
    ("Tapi kali ini, sang pelantun Broken Lanterns tak dapat menyembunyikan kegembiraannya mendapat kado.", set(),
     {"Broken Lanterns"}),
    ("Pelantun Midnight Bling itu memang merupakan pemuda yang berasal dari Kanada.", set(), {"Midnight Bling"}),
    # one word right after a player's title is the team; the player is named after a comma
    ("Hanya sedikit pemain Lorandos yang tinggal di mess, ucap Rudi Wibisana.", {"Rudi Wibisana"}, {"Lorandos"}),
    ("Sebagai hukuman, mantan pemain Lorandos dan Garuda itu harus menyetor pajak.", set(), {"Lorandos"}),
    ("Dua pemain Lorandia, Budi Santoso dan Agus Salim, belakangan meninggalkan klub.", {"Budi Santoso"},
     {"Lorandia"}),
    # no name runs over a line's end
    ("Susunan Pemain\n\nLorandos: Rudi Wibisana; Budi Santoso, Agus Salim, Joko Susanto, Hadi Kurnia, Rina Wati",
     set(), {"Pemain\n\nLorandos"}),
    # a state's long name after a title or a rank is the state, no person
    ("Surat itu harus dengan izin tertulis dari Presiden Republik Finlandia, kata Rudi Wibisana.",
     {"Rudi Wibisana"}, {"Republik Finlandia"}),
    ("Konsulat Jenderal Republik Finlandia di Sukamaju akan memfasilitasi para pengusaha.", set(),
     {"Republik Finlandia"}),
])
def test_teams_epithets_and_states_are_no_people(text, people, not_people):
    found = _people(text)
    assert people <= found
    assert not found & not_people
