"""The readings pass: a name guessed a person that the article elsewhere reads as a body, a
thing or a place is none of a person (one reading per discourse). Invented names."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.types import Article


def _people(text: str) -> set[str]:
    return {p.name for p in extract(Article("a", text)).people}


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(Article("a", text)).organizations}


@pytest.mark.parametrize("text, not_a_person", [
    # a club: the guess "Sukamaju Raya mencoba …" and "menjamu Sukamaju Raya" elsewhere
    ("Sukamaju Raya mencoba bermain lebih agresif pada babak kedua. Sebelumnya Persikota kalah "
     "saat menjamu Sukamaju Raya di kandang sendiri.", "Sukamaju Raya"),
    ("Gol itu lahir di markas Dirgantara Selatan. Dirgantara Selatan belum terkalahkan musim ini.",
     "Dirgantara Selatan"),
    # a thing: a film, a product with its version number
    ("Penonton menyukai film Bintang Kelana tahun lalu. Bintang Kelana kini dibuat ulang.", "Bintang Kelana"),
    ("Laptop itu didukung Jendelo 11. Jendelo membuat laptop tetap ringan.", "Jendelo"),
    # a club: its form word beside the name elsewhere ("Sukamaju City", "AC Lorato"), even after a
    # cue a club shares with a person ("kubu X"), or the first word as its short form
    ("Rudi absen dari latihan Sukamaju City. Namun kubu Sukamaju menegaskan kontraknya berlaku.", "Sukamaju"),
    ("AC Lorato lolos ke semifinal setelah menyingkirkan Inter Lorato. Inter tampil buruk.", "Inter Lorato"),
    ("AC Lorato lolos ke semifinal setelah menyingkirkan Inter Lorato. Inter tampil buruk.", "AC Lorato"),
    # a thing: after a verb or an act that takes things only ("meluncurkan X", "Pemesanan X")
    ("Pabrikan itu resmi meluncurkan Kencana Velo di Sukamaju. Kencana Velo punya baterai besar. "
     "Pemesanan Kencana Velo dibuka pekan depan.", "Kencana Velo"),
    # a film whose first word alone is only ever read as the film's ("film Lorato"), not a given name
    ("Industri film nasional boleh berharap banyak dari film Lorato Tujuh.\n\nDalam penggarapan Lorato "
     "Tujuh yang bertema laga, Wibisana berperan sebagai produser.\n\nCerita Lorato Tujuh, menurut "
     "Wibisana, berlatar belakang kelangkaan pangan.\n\nUntuk produksi film Lorato, menurut Wibisana, "
     "dua rumah produksi terlibat.", "Lorato Tujuh"),
    # a side of a football result
    ("Kemenangan tak diperoleh Lorato dengan mudah. Pada akhirnya, Lorato layak berterima kasih kepada "
     "Rudi Wibisana.\n\nPersikota 1 - 2 Lorato", "Lorato"),
    ("Persikota meraih kemenangan pertama setelah menaklukkan Lorato Wanderers dengan skor 2 - 0 di "
     "Sukamaju, Sabtu.", "Lorato Wanderers"),
    # a team: its back line, the side it played against ("lini belakang X", "kontra X")
    ("Bola pun bergulir. Wibowo lebih banyak mendominasi jalannya laga. Lini belakang Persikota tampil baik, "
     "tetapi lini belakang Wibowo kembali goyah.", "Wibowo"),
    ("Bola pun bergulir. Wibowo lebih banyak mendominasi jalannya laga. Laga kontra Wibowo berakhir imbang.",
     "Wibowo"),
    # a team: its formation in a line-up
    ("Bola pun bergulir. Wibowo lebih banyak mendominasi jalannya laga. Wibowo kemudian kebobolan lagi.\n\n"
     "Wibowo (4 - 3 - 3): Sutejo; Wibisana, Hartono; Kusuma.", "Wibowo"),
    # a club: the defence of a side ("pertahanan X")
    ("Wibisana mengatakan timnya siap. Sementara itu, Lorandia mencoba bermain lebih agresif. Persikota "
     "menggedor pertahanan Lorandia.", "Lorandia"),
    # a thing's or a body's noun, then an adjective in ter- or "di antaranya" before the names
    ("Rina Wati mempromosikan film terbarunya bertajuk Malam Lorato. Rina Wati berbicara kemarin.", "Malam Lorato"),
    ("Perusahaan itu bermitra dengan lima brand terpilih, di antaranya Kencana Velo dan Garuda Rasa.",
     "Kencana Velo"),
    ("Perusahaan itu bermitra dengan lima brand terpilih, di antaranya Kencana Velo dan Garuda Rasa.",
     "Garuda Rasa"),
    ("Klub itu bersaing dengan klub terkaya, termasuk Lorato Wanderers, musim ini.", "Lorato Wanderers"),
    # a name alone between quotation marks: a title, a product, a slogan
    ("Rina Wati merilis album kelimanya, “Malam Lorato”. Album itu laris.", "Malam Lorato"),
    ("Penonton memadati roadshow ‘Kencana Velo’ di Sukamaju. Acara itu ramai.", "Kencana Velo"),
    ('Aktor "Rudy Santoso" itu ingin mewujudkan kedamaian di lingkungannya. Ia mengajak warga ikut. Warga '
     'menyambut ajakan itu. Acara digelar di alun-alun. Ratusan orang datang.', "Rudy Santoso"),
    ("Istri Rudi Wibisana, vokalis grup musik legendaris ‘Budi Hartono’ ini mengatakan, ia senang. Ia tampil "
     "di Sukamaju. Penonton ramai. Panitia puas.", "Budi Hartono"),
    # a tradition's or a series' noun before the name
    ("Warga Sukamaju menggelar tradisi Lorato Jaya setiap tahun. Selain Lorato Jaya, warga juga menari.",
     "Lorato Jaya"),
    ("Ia bermain untuk serial Malam Lorato sebagai dokter. Malam Lorato tayang tahun lalu.", "Malam Lorato"),
    # the marks set apart from the name by spaces
    ("Rina Wati bermain dalam film ' Malam Lorato '. Ia senang. Film ' Malam Lorato ' tayang pekan depan.",
     "Malam Lorato"),
    # whom a quotation's speaker told it to: the outlet that reports it
    ("“Kami siap bertanding,” ujar Rudi Wibisana kepada Lorato Sport. Rudi Wibisana pindah ke Persikota "
     "musim lalu.", "Lorato Sport"),
    ('"Saya tidak menyesal," kata dia kepada Kanal Sembilan. Ia kini tinggal di Sukamaju.', "Kanal Sembilan"),
    # the sentence says what the name is: a copula, then a thing's or a body's noun
    ("Rina Wati merilis dua single jelang album keduanya, Sari Lestari. Sari Lestari merupakan album solo "
     "ke - 2 Rina Wati.", "Sari Lestari"),
    ('"Lorato adalah klub yang baru promosi," kata Rudi Wibisana. Ia pindah ke klub promosi itu, Lorato, '
     "musim lalu.", "Lorato"),
    # an item of a list of three or more whose item next to it is a body's
    ("Tahun ini Sukamaju City, Lorato United, Wibowo, dan Persikota belanja besar. Sukamaju City mengeluarkan "
     "185 juta euro, Wibowo menggelontorkan 141 juta euro.", "Wibowo"),
])
def test_a_name_read_elsewhere_as_no_person_is_none(text, not_a_person):
    assert not_a_person not in _people(text)


def test_a_club_read_so_elsewhere_is_a_body():
    text = ("Sukamaju Raya mencoba bermain lebih agresif pada babak kedua. Sebelumnya Persikota kalah "
            "saat menjamu Sukamaju Raya di kandang sendiri.")
    assert "Sukamaju Raya" in _orgs(text)


@pytest.mark.parametrize("text, club", [
    # the club a player plays for: "memperkuat X", "berseragam X" ("membela X" is as often a client
    # defended in court: no club's cue)
    ("Lorandia Rovers tampil buruk musim ini. Rudi Wibisana akan memperkuat Lorandia Rovers tahun depan.",
     "Lorandia Rovers"),
    ("Garudanesia mendominasi latihan bebas. Rudi Wibisana resmi berseragam Garudanesia tahun depan.", "Garudanesia"),
    # played for and played at ("di X"): the club, not the city
    ("Rudi Wibisana resmi memperkuat Lorevilla. Ia dikontrak oleh Lorevilla tiga musim. Kedatangan Rudi jadi "
     "penghapus dahaga di Lorevilla. Pasalnya, Lorevilla telah kehilangan tiga pemain.", "Lorevilla"),
])
def test_a_club_played_for_is_a_body(text, club):
    assert club in _orgs(text) and club not in _people(text)


@pytest.mark.parametrize("text, person", [
    ("Rudi Wibisana dikritik karena gagal membawa timnya juara. Namun Bambang Sutejo membela Wibisana "
     "kemarin. Rudi Wibisana mengaku tenang.", "Rudi Wibisana"),
    # a lawyer's client
    ("Menurut Rina Wati, Bambang kerap berlebihan dalam membela Rudi Wibisana sebagai klien. Bambang pernah "
     "menyatakan bahwa Rudi Wibisana tidak bisa diperiksa.", "Rudi Wibisana"),
])
def test_a_person_defended_stays_one(text, person):
    assert person in _people(text) and person not in _orgs(text)


@pytest.mark.parametrize("text, club, short", [
    # a club's name without its form word, read a body elsewhere: the club itself, one node
    ("Bermain di kandang, Sukamaju mampu mengalahkan tuan rumah Lorandia City. Jika Garuda menang dan "
     "Lorandia kalah, maka Lorandia bakal menyusul. Pihak Lorandia sudah bersiap.", "Lorandia City", "Lorandia"),
    ("Real Lorandia kalah di kandang sendiri. Jika Garuda menang dan Lorandia kalah, maka Lorandia bakal "
     "menyusul. Pihak Lorandia sudah bersiap.", "Real Lorandia", "Lorandia"),
    # a player's club read after a role word, then by its short form
    ("Pelatih Lorato menyatakan pemain yang baru didatangkan dari Borussia Sukamaju itu belum siap. Ia mantan "
     "pemain Borussia Sukamaju. Bersama Sukamaju, ia mencetak 20 gol.", "Borussia Sukamaju", "Sukamaju"),
])
def test_a_clubs_name_without_its_form_word_is_the_club(text, club, short):
    orgs = {o.name: o for o in extract(Article("a", text)).organizations}
    assert short in orgs[club].aliases and short not in orgs


def test_a_clubs_form_word_before_a_persons_whole_name_is_cut_off_it():
    text = "Inter Lorato tersingkir. Pelatih Inter Rudi Wibisana kecewa dengan hasil itu, katanya."
    assert "Rudi Wibisana" in _people(text) and "Rudi Wibisana" not in _orgs(text)


def test_a_club_before_a_players_name_is_cut_off_it():
    text = ("Bek kanan Lorato Wijaya Kusuma cedera. Pekan lalu Persikota kalah saat menjamu Lorato. "
            "Menurut dokter, Wijaya Kusuma butuh dua pekan.")
    people = _people(text)
    assert "Wijaya Kusuma" in people
    assert not any(p.startswith("Lorato") for p in people)


@pytest.mark.parametrize("text, person", [
    # the article reads the name as a person too: a reporting verb next to it
    ("Penonton menyukai film Rudi Wibisana. “Saya senang,” kata Rudi Wibisana.", "Rudi Wibisana"),
    # a title or an honorific is no guess
    ("Pelatih Bambang Sutejo puas. Persikota kalah saat menjamu Bambang Sutejo tahun lalu.", "Bambang Sutejo"),
    # an age is no version number
    ("Rudi Wibisana 45 tahun ditemukan warga. Rudi Wibisana dibawa ke rumah sakit.", "Rudi Wibisana"),
    # a minute of stoppage time is no version number
    ("Hasil itu ditentukan oleh gol penalti Lorato Sukamaju. Maju sebagai eksekutor, Sukamaju menendang "
     "ke kiri.\n\nPersikota 1 - 1 Garuda (Lorato Sukamaju 90 + 4 ')", "Lorato Sukamaju"),
    # a set of tennis is no football result; a reporting verb before the name beats a club's form
    ("Kemenangan tak diperoleh Lorato dengan mudah. Pada akhirnya, Lorato layak berterima kasih kepada "
     "Rudi Wibisana.\n\nSutejo 6 - 4 Lorato", "Lorato"),
    # after a thing's list, a name before a verb opens the next clause: its subject, no item
    ("Bertepatan dengan perilisan lagu terbarunya Malam Lorato, Wibisana menambah jadwal turnya.",
     "Wibisana"),
    # a quotation that opens with a name, or a name the article also reports as speaking
    ('“Rudi Wibisana sudah pulang,” kata Bambang Sutejo.', "Bambang Sutejo"),
    ('Ia memilih “Rina Wati”. “Kami siap,” kata Rina Wati.', "Rina Wati"),
    # "kepada X" after a message sent, no quotation: a person
    ("Para penggemar mengirimkan sebuah pesan kepada Bambang Sutejo. Bambang Sutejo adalah presiden "
     "perusahaan itu.", "Bambang Sutejo"),
    # a copula after the agent of a clause before says what the clause's subject is, not the name
    ("Karya baru yang dipromosikan Rudi Wibisana merupakan album ketiganya. Rudi Wibisana tampil di Sukamaju "
     "bersama Rina Wati.", "Rudi Wibisana"),
    # a pair of a name and a body, as a heading: no list of bodies
    ("Rudi Wibisana dan Sukamaju City\n\nHubungan keduanya memburuk sejak musim lalu.", "Rudi Wibisana"),
    # a list's first item, after "bersama": a person playing beside bands
    ("Acara itu dimeriahkan Lorato Band, Garuda Rock bersama Rudi Wibisana, serta Sukamaju Band.", "Rudi Wibisana"),
    # a clause's subject after a phrase set off by a comma, no list; a pair of players
    ("Usai saling komentar di Lorato, Rina Wati dan Sari saling berkomunikasi. Rina Wati senang.", "Rina Wati"),
    ("Di Sukamaju, wakil Indonesia tersingkir: Lorato Jaya, Rudi Hartono / Bambang Sutejo (ganda putra), dan "
     "Rina Wati.", "Bambang Sutejo"),
    # a name searched for, between spaced marks
    ("Pencarian atas nama ' Rudi Wibisana ' di internet meningkat. Rudi Wibisana tewas tahun lalu. Ia dikenal "
     "sebagai ekstremis. Namanya dikenal luas. Banyak orang mencarinya.", "Rudi Wibisana"),
    # a body before a name after a comma: an apposition, no list
    ("Menurut Direktur PT Lorato Jaya, Rudi Wibisana, dan beberapa staf, pabrik itu tutup. Ia kecewa.",
     "Rudi Wibisana"),
])
def test_a_person_the_article_reads_as_one_stays(text, person):
    assert person in _people(text)


def test_a_word_never_a_persons_before_a_name_is_cut_off_it():
    text = ("Ketua RW 02 Lorato Arief Wibisono khawatir tanggul jebol. “Tanggul itu tipis,” kata Arief. "
            "Pada Desember lalu tanggul di RT 03 Lorato jebol.")
    people = _people(text)
    assert "Arief Wibisono" in people
    assert not any(p.startswith("Lorato") for p in people)


@pytest.mark.parametrize("text, person, not_a_person", [
    # a field's last noun, derived with ke-an or per-an, glued to the minister's name
    ("Menteri Koordinator bidang Politik, Hukum, dan Keamanan Wibisana menyatakan kasus itu selesai.",
     "Wibisana", "Keamanan Wibisana"),
    ("Hal itu sesuai surat dari Menteri Koordinator bidang Perekonomian Rudi Santoso, ujarnya.",
     "Rudi Santoso", "Perekonomian Rudi Santoso"),
    # a derived noun opening the sentence ("Keputusan X untuk …"), then nothing said of a person
    ("Keputusan Lorato Sport untuk menambah seri balap diprotes. Para pebalap menilai jadwal itu padat.",
     None, "Keputusan Lorato Sport"),
])
def test_a_derived_noun_before_a_name_is_cut_off_it(text, person, not_a_person):
    people = _people(text)
    assert not_a_person not in people
    assert person is None or person in people


def test_the_end_of_a_bodys_name_before_a_name_is_cut_off_it():
    # "Korupsi" ends "Komisi Pemberantasan Korupsi", which the article names: the body's, not the person's
    text = ("Ketua Komisi Pemberantasan Korupsi Rudi Wibisana menolak permintaan itu. Komisi Pemberantasan "
            "Korupsi (KPK) menggelar rapat. Pengadilan Tindak Pidana Korupsi menggelar sidang.")
    x = extract(Article("a", text))
    assert [p.name for p in x.people] == ["Rudi Wibisana"]
    assert [m.text for m in x.mentions if m.entity == x.people[0].key] == ["Rudi Wibisana"]


@pytest.mark.parametrize("text, person, not_a_person", [
    # the word before the name is written elsewhere as a word of a body's name: the body's
    ("Kencana Ventures mendukung kegiatan ini, seperti diungkapkan VP Investment dan Portfolio Kencana "
     "Andreas Wibisana. Kencana Ventures juga mendanai lima startup.", "Andreas Wibisana",
     "Portfolio Kencana Andreas Wibisana"),
    # a first name the article also writes alone as a person's ("ucap Debby"), or in another
    # person's name, stays the person's
    ("Debby Rina Wati selaku ketua panitia membuka acara. \"Semoga berjaya,\" ucap Debby. Bendera "
     "diserahkan oleh Ketua Dewan Pendiri, Debby Rina Wati, kepada Marsela.", "Debby Rina Wati", "Rina Wati"),
    ("Andi Rudi Wibisana membuka acara di Kabupaten Sukamaju. Andi Sutejo hadir bersama warga. Andi Rudi "
     "Wibisana lalu meninjau pasar.", "Andi Rudi Wibisana", "Rudi Wibisana"),
])
def test_a_word_written_elsewhere_in_a_bodys_name_is_cut_off_a_name(text, person, not_a_person):
    people = _people(text)
    assert person in people
    assert not_a_person not in people


@pytest.mark.parametrize("text, person", [
    # a person named by a title and the family name ("Asisten Wibisana") is named in full when the
    # article writes the given name before it elsewhere
    ("Sandro Wibisana resmi meninggalkan tim nasional demi melatih klub Persikota. Asisten Wibisana di tim "
     "nasional, Bambang Sutejo, juga meninggalkan tim tersebut. Wibisana kecewa dengan kegagalan timnya.",
     "Sandro Wibisana"),
    # two given names before one family name: two people, neither named so
    ("Sandro Wibisana merilis album baru. Saudara Wibisana, Marsela Wibisana, baru saja menikah di Sukamaju. "
     "Asisten Wibisana mengatakan pesta itu meriah.", "Wibisana"),
])
def test_a_family_name_the_article_writes_after_one_given_name_is_named_in_full(text, person):
    assert person in _people(text)


# sentences that name nobody, to make an article of a sentence: a name met once in a text of one
# or two sentences says nothing
_REST = " Cuaca hari itu cerah. Acara dimulai pukul sembilan pagi. Warga datang sejak subuh. Panitia menyiapkan kursi."


# a word guessed a person, met once in an article, with nothing around it that says a person: a
# brand, a stadium, the tail of a longer name after a spaced hyphen
@pytest.mark.parametrize("text, not_a_person", [
    ("Setelah musim berakhir, Wibisana meninggalkan Lorandia dan pindah ke Persikota.", "Lorandia"),
    ("Koleksi itu memakai kain sutra, dan imbuhan Kristalos juga tidak lupa disematkan pada kerudungnya.",
     "Kristalos"),
    ("Selama dua minggu ini, tim Kartamaya - Lorandia memberikan saya kesempatan menjajal komputer itu.",
     "Lorandia"),
])
def test_a_lone_word_with_no_persons_cue_is_none(text, not_a_person):
    assert not_a_person not in _people(text + _REST)
    assert not_a_person in _people(text)  # (a sentence alone: the tagger's guess stands)


# … but a name, an age, a kin noun, a title or a person beside it in a list says a person
@pytest.mark.parametrize("text, person", [
    ("Korban bernama Sutejo itu ditemukan di sungai.", "Sutejo"),
    ("Sementara itu Wiryanto salah seorang warga Desa Sukamaju mengaku kaget.", "Wiryanto"),
    ("Turnamen itu diikuti Rudi Wibisana dan Sutejo dari Sukamaju.", "Sutejo"),
    ("Pelaku berinisial RW (24), warga Desa Sukamaju, ditangkap polisi.", "RW"),
    ("Pasangan Rudi Wibisana / Sutejo lolos ke babak kedua.", "Sutejo"),
    ("Bangsa ini memiliki Presiden pertama Wiryanto yang menyatukan berbagai daerah.", "Wiryanto"),
    ("Pada menit ke - 80, sepakan Moravek hanya melenceng tipis di sisi kiri gawang.", "Moravek"),
    ("Gol itu dicetak Moravek, mantan pemain Lorandia ini, lewat sundulan.", "Moravek"),
])
def test_a_lone_word_a_person_is_said_of_stays_one(text, person):
    assert person in _people(text + _REST)


@pytest.mark.parametrize("text", [
    "Persikota merebut poin penuh usai mengalahkan Garuda Muda dengan skor 1 - 0 di Sukamaju. "
    "Kekalahan itu memaksa pemain Garuda Muda lebih fokus dalam bertahan. Penjaga gawang Garuda Muda tampil baik.",
    "Pelatih Rudi Wibisana puas dengan timnya. Persikota mengalahkan Garuda Muda dengan skor 1 - 0. "
    "Menurut Rudi Wibisana, pemain Garuda Muda bermain disiplin.",
])
def test_a_club_after_a_players_role_word_is_a_body(text):
    # "pemain X", "penjaga gawang X": a role word with no body of its own, before a name the
    # article reads elsewhere only as a club's (a side of a result)
    assert "Garuda Muda" not in _people(text)
    assert "Garuda Muda" in _orgs(text)


@pytest.mark.parametrize("text", [
    "Rudi Wibisana resmi dikontrak Persikota. Mantan pelatih Lorandia itu menggantikan Bambang Sutejo.",
    "Rudi Wibisana mencetak gol kedua. Mantan pemain Lorandia itu lalu melepaskan tembakan keras.",
    "Gol itu dicetak Moravek, mantan pemain Lorandia ini, lewat sundulan.",
])
def test_the_body_after_a_role_word_and_before_a_demonstrative_is_no_person(text):
    # "mantan pelatih X itu": the one the role was held in, the holder named before
    assert "Lorandia" not in _people(text + _REST)


@pytest.mark.parametrize("text, body", [
    # an item of a list with a body named for sure ("dan", or commas after a list's opener)
    ("Laga antara Surya Wibisana dan Lorato FC berlangsung ketat. Surya Wibisana dipaksa menelan "
     "kekalahan.", "Surya Wibisana"),
    ("Lima studio film bersaing, antara lain Harmon Bros, Lorato Pictures dan Kencana Studio. Harmon Bros "
     "sudah lama memegang hak film itu.", "Harmon Bros"),
    # read a body there and a thing elsewhere (points read as a version number): a body
    ("Para pesaing mereka, Surya Wibisana dan Lorato FC, tak mengendurkan gas. Poin maksimal Garuda adalah "
     "75, sementara Surya Wibisana 76.", "Surya Wibisana"),
])
def test_an_item_of_a_list_of_bodies_is_a_body(text, body):
    assert body not in _people(text)
    assert body in _orgs(text)


@pytest.mark.parametrize("text, person", [
    # a comma alone after the name opens an apposition, not a list
    ("Agensi yang menaungi Rina Wati, Lorato Entertainment, mengumumkan kabar itu. Rina Wati kini hamil.",
     "Rina Wati"),
    # a body of one word read by a guess is no evidence
    ("Pesta itu dihadiri Rudi Wibisana dan Lorato. Rudi Wibisana datang terlambat.", "Rudi Wibisana"),
    # nor the other side of a match: players as often as clubs
    ("Tunggal putri: Rina Wati vs Sayaka Lorato (JPN) 11 - 21, 7 - 21.", "Rina Wati"),
])
def test_a_person_beside_no_sure_list_of_bodies_stays_one(text, person):
    assert person in _people(text)


def test_a_person_after_dan_and_the_body_of_a_post_stays_one():
    # regression: "Ketua Komisi A DPRD … dan Rina Wati yang …" lists two people; the body closes a post
    text = ("Yudhi Hartono, Ketua Komisi A DPRD Kabupaten Klaten dan Rina Wati yang merupakan Pegawai Negeri "
            "Sipil (PNS) Dinas Kebudayaan Kabupaten Klaten.")
    assert "Rina Wati" in _people(text)


@pytest.mark.parametrize("text, person, body", [
    # a title's body closed by a comma before its holder: a name guessed a person elsewhere is that body
    ("LONDON, JUARA.net - Pelatih Lorandos, Rudi Wibisana, mengungkapkan harapannya. Lorandos berhasil "
     "memenangi gelar musim lalu.", "Rudi Wibisana", "Lorandos"),
    ("Merdeka.com - Manajer Lorandos, Rudi Wibisana, dikabarkan ingin mendatangkan Budi Santoso. Lorandos "
     "sendiri tengah krisis.", "Rudi Wibisana", "Lorandos"),
])
def test_a_titles_body_before_its_holder_is_no_person(text, person, body):
    x = extract(Article("t", text))
    people = {p.name for p in x.people}
    assert person in people and body not in people
    assert body in {o.name for o in x.organizations}


@pytest.mark.parametrize("text, people", [
    # a word of a person's name there is whom the title is held for ("manajer Rina"), a person still
    ("Informasi tersebut diketahui dari manajer Rina, Budi Wibisana. Rina Sukmawati memiliki misi untuk "
     "mendonasikan karyanya.", {"Rina Sukmawati", "Budi Wibisana"}),
    # a client's name before the counsel's is a person's
    ("Kuasa hukum Rudi, Bambang Sutejo, menuturkan akan membawa saksi. Sidang Rudi dan Rina masih bergulir.",
     {"Bambang Sutejo"}),
])
def test_a_persons_name_before_a_comma_stays_a_person(text, people):
    assert people <= {p.name for p in extract(Article("t", text)).people}


@pytest.mark.parametrize("text, person", [
    # the first word after a title, written elsewhere alone as a place: the title's body, then the holder
    ("Putusan itu disambut Jaksa Agung Westmoria Rudi Wibisana. Warga Westmoria menyambut putusan itu di "
     "Westmoria.", "Rudi Wibisana"),
    ("Putusan itu disambut Jaksa Agung Nordavia Rudi Wibisana. Warga Nordavia menyambut putusan itu di "
     "Nordavia.", "Rudi Wibisana"),
])
def test_a_place_written_alone_elsewhere_is_cut_off_the_holder_s_name(text, person):
    assert person in _people(text)
