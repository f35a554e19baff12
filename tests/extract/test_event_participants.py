"""Who takes part in an event: the people and bodies of the sentences that tell it (invented text)."""
from __future__ import annotations

from datetime import date

import pytest

from graph.extract import extract
from graph.types import Article

from .conftest import run_alone

# a semifinal played the day before the report, then the final and the return leg still to come
_SEMIFINAL = ("Sukamaju Knights menaklukkan Contoh Muda di laga semifinal di GOR Sukamaju, Rabu (19/4/2017).\n\n"
              "Hasil itu membuat Sukamaju Knights hanya perlu satu kemenangan lagi untuk lolos ke final Liga Contoh "
              "2017 yang digelar 4 - 7 Mei 2017, melawan pemenang semifinal lain.\n\n"
              "Pelatih Sukamaju Knights Rudi Wibisana puas. Bambang Sutejo mencetak 20 poin.")


@pytest.mark.parametrize("published, expected", [
    # a day after the report's is still to come even without "akan": the players named after it
    # played the semifinal, not the final
    (date(2017, 4, 20), [(date(2017, 4, 19), True), (date(2017, 5, 4), False)]),
    # told after the final was played, the part after it is the final's
    (date(2017, 5, 8), [(date(2017, 4, 19), False), (date(2017, 5, 4), True)]),
])
def test_an_event_dated_after_the_report_ends_no_part(published, expected):
    doc = run_alone(_SEMIFINAL, "events", published)
    assert [(ev.start, "person:bambang-sutejo" in ev.attendees) for ev in doc.events] == expected


def test_a_first_event_still_to_come_takes_no_one_of_the_story_after_it():
    text = ("Sukamaju FC akan menjalani laga persahabatan melawan Contoh United pada 13 Juni 2017.\n\n"
            "Direktur Media Sukamaju FC, Rudi Wibisana, mengatakan persiapan sudah matang.")
    [ev] = run_alone(text, "events", date(2017, 5, 4)).events
    assert ev.start == date(2017, 6, 13)
    assert "person:rudi-wibisana" not in ev.attendees


def test_a_sentence_without_its_day_continues_the_event_already_held():
    # "di laga tersebut" after the return leg still to come is the match played: its sentence is that
    # match's (and so is the body it names, a side of it)
    text = ("Sukamaju Knights menaklukkan Contoh Muda di laga semifinal di GOR Sukamaju, Rabu (19/4/2017).\n\n"
            "Laga kedua akan diadakan pada Minggu (23/4/2017) di tempat yang sama.\n\n"
            "Persatuan Basket Contoh memang tampil buruk di laga tersebut.")
    first, second = run_alone(text, "events", date(2017, 4, 20)).events
    assert (first.start, second.start) == (date(2017, 4, 19), date(2017, 4, 23))
    assert ("org:persatuan-basket-contoh" in first.attendees, "org:persatuan-basket-contoh" in second.attendees) == \
        (True, False)


def test_an_event_still_to_come_takes_the_people_its_own_sentences_name():
    # "Ia akan tampil …": the pronoun points back to the singer; who only comments on it takes no part
    text = ("Penyanyi senior Rudi Wibisana siap tampil kembali setelah sembuh dari sakitnya.\n\n"
            "Ia akan tampil pada konser yang akan diadakan di Balai Sukamaju, 9 Desember 2016.\n\n"
            "Bambang Sutejo mengatakan konser itu akan meriah.")
    [ev] = run_alone(text, "events", date(2016, 11, 18)).events
    assert "person:rudi-wibisana" in ev.attendees
    assert "person:bambang-sutejo" not in ev.attendees


def test_the_sentence_of_an_event_still_to_come_gives_no_one_to_the_event_before_it():
    # the protest was held; the arrest it demands is still to come, and who it names is not at the protest
    text = ("Puluhan warga Sukamaju menggelar unjuk rasa di Alun-alun Sukamaju, Minggu (18/2/2018).\n\n"
            "Aksi itu menuntut polisi segera menangkap Bambang Sutejo yang akan pulang pada 21 Februari 2018.\n\n"
            "Koordinator aksi Rudi Wibisana berorasi di depan massa.")
    protest = run_alone(text, "events", date(2018, 2, 18)).events[0]
    assert protest.start == date(2018, 2, 18)
    assert "person:rudi-wibisana" in protest.attendees
    assert "person:bambang-sutejo" not in protest.attendees


def test_the_players_a_tournaments_part_names_took_part_in_it():
    # a tournament is told round by round in the sentences after its word: those players played in it
    text = ("JUARA.NET, SUKAMAJU - Indonesia meloloskan dua wakil ke babak kedua turnamen Sukamaju Terbuka 2017 "
            "yang berlangsung di GOR Sukamaju, Rabu (25/10/2017).\n\n"
            "Pada nomor tunggal putra, Rudi Wibisana melaju setelah mengalahkan Bambang Sutejo.")
    [ev] = run_alone(text, "events", date(2017, 10, 27)).events
    assert ev.event_type.label_en == "tournament"
    assert {"person:rudi-wibisana", "person:bambang-sutejo"} <= set(ev.attendees)


@pytest.mark.parametrize("text, teams", [
    # a country that opens a match's sentence, or stands after its word, its verb or "kontra", is a side: its
    # national team
    ("Islandia bakal menghadapi Paraguay pada laga pembuka di Stadion Sukamaju, Minggu (18/6/2017).",
     ["org:tim-nasional-islandia", "org:tim-nasional-paraguay"]),
    ("Laga Islandia kontra Paraguay di Stadion Sukamaju berakhir imbang, Minggu (18/6/2017).",
     ["org:tim-nasional-islandia", "org:tim-nasional-paraguay"]),
    # a player's nationality is no side, nor the country a tournament is named after
    ("Petenis Islandia, Rudi Wibisana, mengalahkan Bambang Sutejo di laga semifinal, Minggu (18/6/2017).", []),
    ("Juara Paraguay Terbuka itu menang di laga semifinal, Minggu (18/6/2017).", []),
    ("Rudi Wibisana melaju ke semifinal Paraguay (PA) Terbuka, Minggu (18/6/2017).", []),
    ("Rudi Wibisana menjadi manajer tim di seri kejuaraan Paraguay, Minggu (18/6/2017).", []),
])
def test_the_countries_a_match_names_as_its_sides_are_their_national_teams(text, teams):
    [ev] = run_alone(text, "events", date(2017, 6, 19)).events
    assert [k for k in ev.attendees if k.startswith("org:tim-nasional")] == teams


@pytest.mark.parametrize("text, expected", [
    # an accident or a crime befalls the people its sentence names, or they did it
    ("Mobil yang dikemudikan Rudi Wibisana mengalami kecelakaan di Jalan Sukamaju, Kamis (16/11/2017).",
     ["person:rudi-wibisana"]),
    ("Bambang Sutejo diserang dua orang tak dikenal di Desa Sukamaju, Kamis (16/11/2017).",
     ["person:bambang-sutejo"]),
    # (named in an apposition before its word: the comma closing it parts nothing)
    ("Pebalap Contoh Racing, Rudi Wibisana, juga mengalami kecelakaan di tikungan delapan, Kamis (16/11/2017).",
     ["person:rudi-wibisana"]),
    # not who tells of it, nor one named in a clause of another occasion
    ("Kecelakaan itu terjadi di Jalan Sukamaju, Kamis (16/11/2017), kata Kapolres Sukamaju Rudi Wibisana.", []),
    ("Bentrokan terjadi saat massa mengawal pemeriksaan Bambang Sutejo di Desa Sukamaju, Kamis (16/11/2017).", []),
    # a disaster of nature strikes places, not people
    ("Banjir melanda rumah Rudi Wibisana di Desa Sukamaju, Kamis (16/11/2017).", []),
])
def test_an_incident_takes_the_people_it_befell(text, expected):
    [ev] = run_alone(text, "events", date(2017, 11, 17)).events
    assert [k for k in ev.attendees if k.startswith("person:")] == expected



@pytest.mark.parametrize("text, expected", [
    # an occurrence no event word names takes the people its own sentence names
    ("Rudi Wibisana dan Bambang Sutejo pertama kali dipertemukan di Desa Sukamaju, Jumat (23/9/2016).",
     ["person:rudi-wibisana", "person:bambang-sutejo"]),
    ("Rudi Wibisana resmi diperkenalkan sebagai pelatih baru Persatuan Sepak Bola Sukamaju, Jumat (23/9/2016).",
     ["person:rudi-wibisana"]),
    # not one only talked about
    ("Kebijakan Gubernur Rudi Wibisana resmi dicabut DPRD Sukamaju pada Jumat (23/9/2016).", []),
])
def test_an_occurrence_of_no_known_kind_takes_the_people_its_sentence_names(text, expected):
    [ev] = extract(Article("a", text, published=date(2016, 9, 24))).events
    assert ev.event_type.label_en == "event"
    assert list(ev.attendees) == expected



def _attendees(text: str) -> tuple[str, ...]:
    [ev] = extract(Article("a", text, published=date(2021, 5, 4))).events
    return ev.attendees


_MEETING = "Rapat koordinasi digelar di Balai Desa Sukamaju, Senin (3/5/2021). Rapat itu dihadiri Rudi Wibisana.\n\n"


@pytest.mark.parametrize("later, bambang", [
    # a sentence of the event's part that opens by telling of an earlier time is background to it
    ("Sebelumnya, Bambang Sutejo sudah menjabat kepala desa selama dua periode.", False),
    ("Namun sebelumnya, Bambang Sutejo sempat menolak rencana itu.", False),
    ("Sebelumnya pada 2019, Bambang Sutejo mengusulkan rencana serupa.", False),
    # "sebelumnya" inside the sentence does not open it; nor does a sentence naming the event's kind tell
    # of an earlier time
    ("Bambang Sutejo hadir, seperti pada rapat sebelumnya.", True),
    ("Sebelumnya, dalam rapat itu Bambang Sutejo menyampaikan laporan.", True),
    ("Bambang Sutejo juga hadir dalam rapat itu.", True),
])
def test_a_sentence_told_of_an_earlier_time_gives_no_one_to_the_event(later, bambang):
    attendees = _attendees(_MEETING + later)
    assert "person:rudi-wibisana" in attendees
    assert ("person:bambang-sutejo" in attendees) == bambang


@pytest.mark.parametrize("later, bambang", [
    # a sentence of the event's part that opens by telling of another occasion: who it names spoke or
    # acted elsewhere, even of the event
    ("Secara terpisah, Bambang Sutejo mengatakan rencana itu perlu dikaji.", False),
    ("Sementara itu, secara terpisah Bambang Sutejo menilai rencana itu terlambat.", False),
    ("Dihubungi secara terpisah, Bambang Sutejo menyambut baik keputusan itu.", False),
    ("Dalam wawancara terpisah, Ketua Koperasi Contoh Bambang Sutejo menyatakan setuju.", False),
    ("Di lain kesempatan, Bambang Sutejo menyampaikan hal serupa.", False),
    ("Pada kesempatan yang berbeda, Bambang Sutejo meninjau pasar.", False),
    # ... and so does where the part names them again
    ("Secara terpisah, Bambang Sutejo menilai rencana itu terlambat.\n\n\"Warga harus bersabar,\" kata Bambang.",
     False),
    # named first in the event's part, then speaking apart: still one who was there
    ("Bambang Sutejo membuka acara itu. Secara terpisah, Bambang Sutejo mengatakan rencana itu perlu dikaji.",
     True),
    # "terpisah" elsewhere in the sentence does not open it
    ("Bambang Sutejo membagikan dua berkas secara terpisah.", True),
    ("Di sisi lain, Bambang Sutejo meminta warga bersabar.", True),
])
def test_a_sentence_told_of_another_occasion_gives_no_one_to_the_event(later, bambang):
    attendees = _attendees(_MEETING + later)
    assert "person:rudi-wibisana" in attendees
    assert ("person:bambang-sutejo" in attendees) == bambang


def test_a_match_keeps_who_speaks_apart_of_it():
    # a match's part tells its players and coaches, whatever occasion they speak on
    text = ("Sukamaju FC mengalahkan Contoh United di Stadion Sukamaju, Sabtu (6/5/2017).\n\n"
            "Secara terpisah, pelatih Sukamaju FC Bambang Sutejo mengaku puas.")
    [ev] = run_alone(text, "events", date(2017, 5, 7)).events
    assert "person:bambang-sutejo" in ev.attendees


@pytest.mark.parametrize("later, bambang", [
    # who is credited for a film the event shows made the film, and took no part in the event
    ("Film itu disutradarai oleh Bambang Sutejo.", False),
    ("Film yang dibintangi Bambang Sutejo itu diputar di akhir acara.", False),
    ("Disutradarai Bambang Sutejo, film itu meraih banyak penghargaan.", False),
    # one named otherwise in its part took part
    ("Bambang Sutejo menonton film itu bersama warga.", True),
])
def test_the_people_credited_for_a_work_take_no_part_in_the_event(later, bambang):
    attendees = _attendees("Festival film digelar di Balai Desa Sukamaju, Senin (3/5/2021). "
                           "Festival itu dihadiri Rudi Wibisana.\n\n" + later)
    assert "person:rudi-wibisana" in attendees
    assert ("person:bambang-sutejo" in attendees) == bambang


@pytest.mark.parametrize("later, expected", [
    # the one a relative is named by is only talked about
    ("Rudi Wibisana menyapa istri Bambang Sutejo dalam pertemuan itu.", ["person:rudi-wibisana"]),
    ("Rudi Wibisana menyapa mantan kekasih Bambang Sutejo dalam pertemuan itu.", ["person:rudi-wibisana"]),
    # the relative herself took part: "bersama istri X", "sang istri X"
    ("Rudi Wibisana datang bersama istri Sari Dewi.", ["person:rudi-wibisana", "person:sari-dewi"]),
    ("Rudi Wibisana datang bersama sang istri Sari Dewi.", ["person:rudi-wibisana", "person:sari-dewi"]),
])
def test_the_one_a_relative_is_named_by_takes_no_part(later, expected):
    assert list(_attendees("Pertemuan itu digelar di Balai Desa Sukamaju, Senin (3/5/2021). " + later)) == expected


@pytest.mark.parametrize("text, expected", [
    # the one an examination or an incident is done to ("terhadap" right after its word) undergoes it
    ("Polres Sukamaju menjadwalkan pemeriksaan terhadap Bambang Sutejo, Senin (3/5/2021).",
     ["person:bambang-sutejo"]),
    ("Warga melaporkan penganiayaan yang dilakukan terhadap Rudi Wibisana di Desa Sukamaju, Senin (3/5/2021).",
     ["person:rudi-wibisana"]),
    # of a protest, "terhadap" names one only talked about
    ("Ratusan warga menggelar aksi dukungan terhadap Bupati Sukamaju Rudi Wibisana di Desa Sukamaju, "
     "Senin (3/5/2021).", []),
])
def test_the_one_an_event_is_done_to_undergoes_it(text, expected):
    assert [k for k in _attendees(text) if k.startswith("person:")] == expected


@pytest.mark.parametrize("text, expected", [
    # the one the case a search or an arrest is told with ensnares is only talked about
    ("Komisi Contoh menggeledah kantor Dinas Pekerjaan Umum Sukamaju, Senin (3/5/2021). Penggeledahan terkait "
     "kasus suap yang menjerat mantan kepala dinas Bambang Sutejo.", []),
    ("Komisi Contoh menggeledah kantor Dinas Pekerjaan Umum Sukamaju, Senin (3/5/2021). Penggeledahan itu terkait "
     "perkara yang menyeret Bupati Sukamaju Bambang Sutejo.", []),
    # ... not of a hearing, where the defendant sits
    ("Pengadilan Negeri Sukamaju menggelar sidang kasus suap yang menjerat terdakwa Bambang Sutejo, "
     "Senin (3/5/2021).", ["person:bambang-sutejo"]),
    # one who did it, named otherwise, took part
    ("Komisi Contoh menggeledah kantor Dinas Pekerjaan Umum Sukamaju, Senin (3/5/2021). Penggeledahan dipimpin "
     "penyidik Bambang Sutejo.", ["person:bambang-sutejo"]),
])
def test_the_one_a_case_ensnares_is_only_talked_about(text, expected):
    assert [k for k in _attendees(text) if k.startswith("person:")] == expected


@pytest.mark.parametrize("later, bambang", [
    # a sentence of the event's part that gives another day tells of another occasion
    ("Rudi juga dijadwalkan bertemu dengan Perdana Menteri Bambang Sutejo pada Jumat.", False),
    ("Bambang Sutejo sudah menyiapkan hadiah untuknya sejak Senin (2/10/2017).", False),
    # one it names without another day took part
    ("Dalam kunjungan itu, Rudi didampingi Bambang Sutejo.", True),
])
def test_a_sentence_of_another_day_gives_no_one_to_the_event(later, bambang):
    text = ("Raja Contohland Rudi Wibisana tiba di Sukamaju dalam kunjungan resmi, Rabu (4/10/2017). "
            "Ia disambut Menteri Sari Dewi di bandara.\n\n" + later)
    [ev] = extract(Article("a", text, published=date(2017, 10, 5))).events
    assert ev.start == date(2017, 10, 4)
    assert ("person:bambang-sutejo" in ev.attendees) == bambang


def test_a_match_is_told_with_what_happened_earlier_in_it():
    # "Sebelumnya" in a match's part tells an earlier moment of the match
    text = ("Sukamaju FC menang 2-1 atas Contoh United di Stadion Sukamaju, Sabtu (6/5/2017).\n\n"
            "Sebelumnya, Bambang Sutejo dikartu merah pada menit ke-54.")
    [ev] = extract(Article("a", text, published=date(2017, 5, 8))).events
    assert "person:bambang-sutejo" in ev.attendees


@pytest.mark.parametrize("confidences, unsure", [
    # every mention read by the statistical tagger alone, none surely: too unsure to attend from the part
    ([0.42, 0.71], True),
    # one mention read by a rule (no confidence), or read surely: a person of the part
    ([0.42, None], False),
    ([0.93], False),
])
def test_a_name_the_tagger_alone_read_unsurely_attends_from_no_part(confidences, unsure):
    from graph.extract.document import Document
    from graph.extract.lexicon import lexicon
    from graph.extract.passes.events import _unsure
    doc = Document(Article("a", "Contoh Layar Malam. " * len(confidences)), lexicon())
    for i, c in enumerate(confidences):
        span = (20 * i, 20 * i + 18)
        doc.mentions[span] = ("person:contoh-layar-malam", "Contoh Layar Malam")
        if c is not None:
            doc.confidence[span] = c
    assert _unsure(doc, "person:contoh-layar-malam") is unsure
