"""The lineups pass: the players and coach of a sports report's line-ups."""
from __future__ import annotations

from graph.extract import extract
from graph.types import Article

REPORT = """Garuda Raya menang 2 - 1 atas Banteng Muda di Stadion Sukamaju, Minggu (7/5).

Susunan pemain

Garuda Raya 4 - 4 - 2

Rudi Wibisana; Bambang Sutejo, Agus Salim, Rina Wati, Dedi Kurnia; Budi Santoso, Hendra Gunawan, Yoo - Min Park, Joko Susanto; Andi Pratama, Wawan Setiawan

Pelatih: Ahmad Fauzi
"""


def _posts(text: str) -> set[tuple[str, str]]:
    x = extract(Article("a", text))
    names = {p.key: p.name for p in x.people}
    return {(names[p.holder], p.label) for p in x.posts}


def test_each_listed_player_holds_a_post_of_the_team_and_the_coach_his():
    posts = _posts(REPORT)
    players = {n for n, label in posts if label == "Pemain Garuda Raya"}
    assert len(players) == 11 and "Yoo - Min Park" in players  # a hyphenated name is one name
    assert ("Ahmad Fauzi", "Pelatih Garuda Raya") in posts


def test_a_list_of_names_without_a_team_is_no_line_up():
    text = "Hadir dalam acara itu:\n\nRudi Wibisana, Bambang Sutejo, Agus Salim, Rina Wati, Dedi Kurnia, Budi Santoso\n"
    assert not {label for _, label in _posts(text) if label.startswith("Pemain")}


def test_one_post_has_several_holders():
    # the members of one council each hold its post
    posts = _posts("Rudi Wibisana, Anggota DPRD Kabupaten Klaten, hadir. Budi Santoso, Anggota DPRD Kabupaten "
                   "Klaten, juga hadir.")
    assert {n for n, label in posts if label.startswith("Anggota ")} == {"Rudi Wibisana", "Budi Santoso"}


NUMBERED = """Garuda Raya menang 2 - 1 atas Banteng Muda, Minggu (7/5).

Garuda Raya: 1 - Rudi Wibisana, 28 - Bambang Sutejo, 4 - Agus Salim (Rina Wati 75 '), 15 - Dedi Kurnia, 5 - Budi Santoso, 6 - Hendra Gunawan, Joko Susanto

Pelatih: Ahmad Fauzi

Wasit: Andi Pratama
"""


def test_a_numbered_line_up_with_substitutes_its_goalkeeper_coach_and_referee():
    posts = _posts(NUMBERED)
    assert ("Rudi Wibisana", "Kiper Garuda Raya") in posts  # the first numbered one
    players = {n for n, label in posts if label == "Pemain Garuda Raya"}
    # the substitute plays; a name without a number in a numbered list is skipped
    assert players == {"Bambang Sutejo", "Agus Salim", "Rina Wati", "Dedi Kurnia", "Budi Santoso", "Hendra Gunawan"}
    assert ("Ahmad Fauzi", "Pelatih Garuda Raya") in posts
    assert ("Andi Pratama", "Wasit") in posts


def test_a_coach_line_glued_to_the_list_is_read():
    text = NUMBERED.replace(", Joko Susanto\n\nPelatih", "Pelatih").split("\n\nWasit")[0]
    posts = _posts(text)
    assert ("Ahmad Fauzi", "Pelatih Garuda Raya") in posts
    assert ("Hendra Gunawan", "Pemain Garuda Raya") in posts


def test_numbers_in_a_list_of_scores_are_no_line_up():
    text = "Hasil: 1 - 2, 3 - 0, 2 - 2, 1 - 1, 0 - 4, 2 - 1, 3 - 3\n"
    assert not {label for _, label in _posts(text) if label.startswith(("Pemain", "Kiper"))}
