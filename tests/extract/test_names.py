"""The names pass alone: capitalized names without a title, typed by lexicons and context."""
from __future__ import annotations

import re

import pytest

from graph.extract.lookup.names import part_runs
from graph.extract import extract
from graph.types import Article

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, name, kind", [
    ("Menurut Pramesti Sumarsih, panen tahun ini naik.", "Pramesti Sumarsih", "person"),  # "Menurut X"
    ("Panen naik, kata Karyadi Widyatmoko kepada wartawan.", "Karyadi Widyatmoko", "person"),  # a speech verb
    ("Bantuan itu dikirim ke Tegalrejo kemarin.", "Tegalrejo", "place"),  # "ke X"
    ("Ia berdialog dengan pemilik toko kelontong Sumber Makmur di pasar.", "Sumber Makmur", "org"),  # a business cue
    ("Ia bergabung dengan Partai Wijayakusuma tahun lalu.", "Partai Wijayakusuma", "org"),  # an organization word
    # a business cue before a comma and a speech verb makes no business of the speaker
    ("Kue itu dijual di toko, ujar Rudi Wibisana.", "Rudi Wibisana", "person"),
])
def test_kinds(text, name, kind):
    assert entity(run_alone(text, "names"), name).kind == kind


@pytest.mark.parametrize("text, name", [
    ("Pada Senin pagi warga berkumpul.", "Senin"),  # a weekday is no name
    ("Harga naik pada Januari lalu.", "Januari"),  # nor a month
    # a competition is no place nor person
    ("Tim itu gugur di Piala Sukamaju dan tidak berpartisipasi di kompetisi lain.", "Piala Sukamaju"),
    ("Tim itu tampil di Turnamen Sukamaju tahun lalu.", "Turnamen Sukamaju"),
    # a letter ending a sentence is no initial of the next sentence's first word
    ("Kasus terbanyak adalah hepatitis B. Vaksin yang efektif kini telah ada.", "B. Vaksin"),
    # a medical or a scientific term's acronym is no body
    ("Seolah tidak ingin meninggalkan DNA mereka, label itu tetap memakai motif bunga.", "DNA"),
    ("Banyak orang tidak memahami bagaimana AIDS menyebar.", "AIDS"),
])
def test_no_name(text, name):
    assert not any(e.name == name for e in run_alone(text, "names").ents.values())


@pytest.mark.parametrize("text, things", [
    # a noun of a thing before a name, or before the list the name is in
    ("Band itu membawakan lagu Langit Biru, Senja Merah dan Harapan Baru di panggung.",
     {"Langit Biru", "Senja Merah", "Harapan Baru"}),
    ("Polisi menyita mobil Kencana Jaya dan Garuda Sakti milik tersangka.", {"Kencana Jaya", "Garuda Sakti"}),
    ("Pameran itu diikuti brand ternama seperti Rajawali, Cendana dan Merpati.", {"Rajawali", "Cendana", "Merpati"}),
    ("Koperasi itu punya produk unggulan, yakni Tabungan Emas (Gold Saving) dan Kredit Kilat.",
     {"Tabungan Emas", "Gold Saving", "Kredit Kilat"}),
    # the noun capitalized as the first word of a sentence or a line
    ("Lagu Lorato Senja membuatnya terkenal. Penyanyi itu kini berusia 30 tahun.", {"Lorato Senja"}),
    ("Sebelumnya ia merilis tiga album.\nAlbum Lorato Senja terjual 10.000 keping.", {"Lorato Senja"}),
])
def test_the_names_of_things_are_no_people(text, things):
    doc = run_alone(text, "names")
    assert not {e.name for e in doc.ents.values() if e.kind == "person"} & things


@pytest.mark.parametrize("text, person", [
    ("Lagu itu ditulis oleh Rudi Wibisana, kata panitia.", "Rudi Wibisana"),  # no thing noun right before
    ("Ia membeli mobil dari Bambang Sutejo kemarin.", "Bambang Sutejo"),  # "dari" breaks the chain
])
def test_a_person_after_a_thing_is_still_a_person(text, person):
    assert entity(run_alone(text, "names"), person).kind == "person"


@pytest.mark.parametrize("text, person", [
    ("Hadir Rudi Santoso Selaku Direktur Koperasi Sukamaju dalam acara itu.", "Rudi Santoso"),
    ("Ikut dilantik Bendahara Rina Wati Wasekjen Budi Santoso dalam acara itu.", "Budi Santoso"),
])
def test_a_title_or_selaku_inside_a_capitalized_run_ends_the_name(text, person):
    doc = run_alone(text, "names")
    assert not any(person in e.name and e.name != person for e in doc.ents.values() if e.kind == "person")


@pytest.mark.parametrize("text, name", [
    ("Pekan lalu Garuda Raya FC menang di kandang.", "Garuda Raya FC"),
    ("Kemarin Sinar Finance meneken kerja sama dengan dua bank.", "Sinar Finance"),
    ("Pekan lalu Nusa United menang atas tim tamu.", "Nusa United"),  # English company and club words
    ("Album itu dirilis Kencana Records tahun lalu.", "Kencana Records"),
    # a club's form word first or last: the club, even after "ke" or at a sentence's start
    ("Sukamaju City resmi menunjuk pelatih baru.", "Sukamaju City"),
    ("Musim lalu ia pindah ke AC Lorandia.", "AC Lorandia"),
    ("Tim itu kalah dari Garuda Town di putaran ketiga.", "Garuda Town"),
    ("Pemain itu dijual ke Real Sukamaju.", "Real Sukamaju"),
])
def test_a_company_or_club_word_makes_a_body(text, name):
    assert entity(run_alone(text, "names"), name).kind == "org"


@pytest.mark.parametrize("text, name", [
    ("Warga berbelanja di Sukamaju City kemarin.", "Sukamaju City"),  # a mall's name after "di"
    ("Ia tinggal di kota Lorandia City sejak kecil.", "Lorandia City"),  # a city's, after a place noun
    ("Venue itu berada di kawasan olahraga Sukamaju Sport City.", "Sukamaju Sport City"),  # a venue's
])
def test_a_club_form_after_di_or_a_place_noun_makes_no_club(text, name):
    assert not any(e.name == name and e.kind == "org" for e in run_alone(text, "names").ents.values())


@pytest.mark.parametrize("text, person", [
    ("Kedua tersangka itu yakni Rudi (47), warga Desa Sukamaju, dan Wati (26), warga desa lain.", "Rudi"),
    ("Warga yang terluka, Sumarni (54), sudah dirawat di puskesmas.", "Sumarni"),
])
def test_a_name_with_an_age_in_parentheses_is_a_person(text, person):
    from graph.extract import extract
    from graph.types import Article
    assert person in [p.name for p in extract(Article("a", text)).people]


@pytest.mark.parametrize("text, word", [
    # one unknown word, with no cue but its place in a list or before a verb: the tagger must agree
    ("Acara itu menampilkan lagu Deal, Power dan Soul dari band lokal.", "Power"),
    ("Pengunjung juga bisa mencoba Gesitra, sepeda listrik buatan lokal.", "Gesitra"),
])
def test_a_lone_unknown_word_the_tagger_does_not_read_as_a_person_is_none(text, word):
    from graph.extract import extract
    from graph.types import Article
    assert word not in [p.name for p in extract(Article("a", text)).people]


@pytest.mark.parametrize("text, things", [
    # English songs, bands and terms: an English function word, or only common English words
    ("Mereka membawakan Way Back Home dan Rise of the Night, lalu Crazy Horse tampil.",
     {"Way Back Home", "Rise", "Night", "Crazy Horse"}),
    ("Acara itu dimeriahkan Raw Earth, kata panitia.", {"Raw Earth"}),
    ("Pelatihan Coding Teen digelar untuk 40 pelajar.", {"Coding Teen"}),
    # an English job title, an event's or a venue's name, a model's "New"
    ("Hal itu disampaikan Managing Director perusahaan itu kemarin.", {"Managing Director"}),
    ("Ia meraih Sukamaju Music Awards tahun lalu, kata Rudi Wibisana.", {"Sukamaju Music Awards", "Sukamaju Music"}),
    ("Konser digelar di Nusa Indoor Stadium, Sabtu.", {"Nusa Indoor Stadium", "Nusa Indoor"}),
    ("Kemenangan itu diraih Sukamaju City pekan lalu.", {"Sukamaju City"}),
    ("Pabrikan itu meluncurkan New Kencana yang baru.", {"New Kencana"}),
    # English words of a fair, a film, a term or a job: common English words only
    ("Di paviliun itu juga disediakan Coffee Corner, Spa Corner oleh panitia.", {"Coffee Corner", "Spa Corner"}),
    ("Pameran itu didatangi Trade Visitors dari 20 negara.", {"Trade Visitors"}),
    ("Sutradara itu pernah menggarap Basic Instinct dan Total Recall.", {"Basic Instinct", "Total Recall"}),
    ("Startup itu memanfaatkan Artificial Intelligence untuk layanannya.", {"Artificial Intelligence"}),
    ("Hal itu diungkapkan Managing Partner perusahaan modal ventura itu.", {"Managing Partner"}),
])
def test_english_names_of_things_are_no_people(text, things):
    from graph.extract import extract
    from graph.types import Article
    assert not {p.name for p in extract(Article("a", text)).people} & things


@pytest.mark.parametrize("text, person", [
    # given names that are also English words are left out of the lexicon
    ("Pelatih Park Ji Hoon memuji pemainnya, kata Rudi Wibisana.", "Park Ji Hoon"),
    ("Bersama Max Wibisana, ia menang.", "Max Wibisana"),
])
def test_a_given_name_that_is_an_english_word_still_names_a_person(text, person):
    from graph.extract import extract
    from graph.types import Article
    assert person in [p.name for p in extract(Article("a", text)).people]


@pytest.mark.parametrize("text, body", [
    # a medium cited by an attribution word is a body, never a person
    ("Dilansir Warta Nusa, Rudi Wibisana menolak tuduhan itu.", "Warta Nusa"),
    ("Hal itu dikatakan Rudi Wibisana, seperti dilansir dari Kabar Sukamaju.", "Kabar Sukamaju"),
    ("Mengutip Sukamaju Pos, harga beras naik.", "Sukamaju Pos"),
    ("Di sisi lain, diberitakan Kabar Sukamaju, film itu laris.", "Kabar Sukamaju"),
    ("Hal itu dikutip kantor berita Warta Nusa.", "Warta Nusa"),
    ("Penelitian itu terbit di jurnal Sukamaju Review.", "Sukamaju Review"),
    # a company's or a club's noun before a name, or before the list the name is in
    ("Ia menjual saham ke perusahaan Nusa Teknika, Garuda Dirgantara dan Sinar Laut.", "Garuda Dirgantara"),
    ("Pemain itu pindah ke klub Persisuka musim lalu.", "Persisuka"),
    ("Pameran itu diikuti brand ternama seperti Rajawali, Cendana dan Merpati.", "Cendana"),  # a brand's maker
    ("Sinarindo, startup penyedia pinjaman, membuka kantor baru.", "Sinarindo"),  # set off before the noun
])
def test_a_medium_or_a_company_after_its_noun_is_a_body(text, body):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    assert body in [o.name for o in x.organizations] and body not in [p.name for p in x.people]


def test_a_medium_spoken_to_is_the_publisher_and_names_nothing():
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", '"Kami menolak," kata Rudi Wibisana kepada Wartanusa.com.'))
    assert [o.name for o in x.organizations] == [] and [p.name for p in x.people] == ["Rudi Wibisana"]


@pytest.mark.parametrize("text", [
    "Mereka bertemu di kamar Hotel Kencana, Pecenongan, pekan lalu.",  # a venue's head first
    "Para uskup yang hadir antara lain Uskup Jakarta dan Uskup Bogor.",  # a province last
    "Anak-anak itu diasuh Panti Asuhan Santa Maria Jakarta.",
    "Titik gempa terletak pada 99,65 Bujur Timur di bawah Lempeng Sukamaju.",  # coordinates, a plate
])
def test_venues_provinces_and_coordinates_are_no_people(text):
    from graph.extract import extract
    from graph.types import Article
    assert [p.name for p in extract(Article("a", text)).people] == []


def test_a_company_named_by_one_word_and_with_its_group_is_one_body():
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Proyek itu digarap pengembang Sinarindo. CEO Sinarindo Group, Rudi Wibisana, "
                             "mengatakan proyek berjalan."))
    assert [(o.name, o.aliases) for o in x.organizations] == [("Sinarindo Group", ("Sinarindo",))]


@pytest.mark.parametrize("text", [
    "Ponsel itu punya RAM sebesar 4 GB dan layar FHD.",  # terms of the lexicon, a unit after a number
    "JANGANLAH KAMU MENJADIKAN SAUDARA sebagai PEMIMPIN, katanya.",  # dictionary words in capitals
])
def test_terms_units_and_shouted_words_are_no_bodies(text):
    from graph.extract import extract
    from graph.types import Article
    assert [o.name for o in extract(Article("a", text)).organizations] == []


@pytest.mark.parametrize("text, body", [
    ("Lawatan Sukamaju Raya FC ke Bali diakhiri kekalahan.", "Sukamaju Raya FC"),  # a noun of an act first
    ("Pihak Nusa Airlines meminta maaf.", "Nusa Airlines"),
    ("Perusahaan Listrik Negara (PLN) menaikkan tarif.", "Perusahaan Listrik Negara"),  # a body's own first word
])
def test_a_word_opening_the_sentence_is_no_part_of_the_body(text, body):
    from graph.extract import extract
    from graph.types import Article
    assert [o.name for o in extract(Article("a", text)).organizations] == [body]


@pytest.mark.parametrize("text, people", [
    # initials with an age, or after "berinisial" (itself or in its list), are people, even a lexicon's acronym
    ("Ketiga pelaku yakni YN (45) warga Kecamatan Sukamaju, dan DK (55) warga desa lain.", ["YN", "DK"]),
    ("Polisi mengamankan dua pelaku berinisial MK dan JT di rumahnya.", ["MK", "JT"]),
    # an acronym with a year, or with no such cue, is none
    ("Laporan itu diterima KPK (2019) kemarin.", []),
    ("Polisi mengamankan barang bukti milik YN di rumahnya.", []),
])
def test_initials_of_suspects_are_people(text, people):
    from graph.extract import extract
    from graph.types import Article
    assert [p.name for p in extract(Article("a", text)).people] == people


@pytest.mark.parametrize("text, person", [
    ("Menurut Rudi P. Wibisana, panen naik.", "Rudi P. Wibisana"),  # a middle initial is part of the name
    ("Hadir pula Rudi P. Wibisana dalam acara itu.", "Rudi P. Wibisana"),  # (also for the tagger)
])
def test_a_middle_initial_stays_in_the_name(text, person):
    from graph.extract import extract
    from graph.types import Article
    assert [p.name for p in extract(Article("a", text)).people] == [person]


@pytest.mark.parametrize("text, body", [
    ("Kerja sama ini memudahkan mitra, lanjut Marketing Sinar Finance itu.", "Sinar Finance"),  # a division word
    ("Global Sinar Group membuka pabrik baru.", "Global Sinar Group"),  # an English word of the name itself
])
def test_an_english_division_word_is_no_part_of_a_company(text, body):
    from graph.extract import extract
    from graph.types import Article
    assert [o.name for o in extract(Article("a", text)).organizations] == [body]


def test_the_holder_after_a_role_and_a_body_noun_is_a_person():
    # "presiden klub X": X may be the club's president; the noun alone makes no body of it
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Hal itu dikonfirmasi oleh presiden klub Rudi Wibisana kemarin."))
    assert [p.name for p in x.people] == ["Rudi Wibisana"] and [o.name for o in x.organizations] == []


@pytest.mark.parametrize("text, body, person", [
    ("Ia mengkritik manuver pebalap Lorato Racing Kusno Hardjowiyono di balapan itu. Hardjowiyono finis kedua.",
     "Lorato Racing", "Kusno Hardjowiyono"),
    ("Direktur Lorato Motor Corporation Kusno Hardjowiyono memaparkan mesin itu. Hardjowiyono menambahkan.",
     "Lorato Motor Corporation", "Kusno Hardjowiyono"),
    ("Pelatih itu memuji penyerang Sukamaju United Kusno Hardjowiyono. Hardjowiyono mencetak dua gol.",
     "Sukamaju United", "Kusno Hardjowiyono"),
])
def test_a_person_after_a_body_that_a_form_word_ends(text, body, person):
    x = extract(Article("a", text))
    assert body in {o.name for o in x.organizations}
    assert person in {p.name for p in x.people}


@pytest.mark.parametrize("text, person", [
    # a club's form after a common word opens the club's name: no cut after it
    ("Gelandang Real Sukamaju Rudi Wibisana mencetak gol. Wibisana senang.", "Sukamaju Rudi Wibisana"),
])
def test_no_person_cut_after_a_leading_club_form(text, person):
    assert person not in {p.name for p in extract(Article("a", text)).people}
