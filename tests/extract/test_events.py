"""The events pass alone: type, date, venue, organizer, attendees and purpose."""
from __future__ import annotations

from datetime import date

import pytest

from graph.extract import extract
from graph.types import Article

from .conftest import run_alone


def test_an_event_with_its_date_venue_and_organizer():
    doc = run_alone("Dinas Perikanan Klaten menggelar pelatihan di Balai Desa Tirtasari, Senin (3/5/2021).", "events")
    [ev] = doc.events
    assert (ev.event_type.label_id, ev.start) == ("pelatihan", date(2021, 5, 3))
    assert (ev.location, ev.organizer) == ("place:balai-desa-tirtasari-venue", "org:dinas-perikanan-klaten")


def test_attendees_and_purpose():
    doc = run_alone("Dinas Perikanan Klaten menggelar pelatihan, Senin (3/5/2021), bertujuan meningkatkan "
                    "produksi ikan. Hadir pula Karyadi Widyatmoko.", "events")
    [ev] = doc.events
    assert "person:karyadi-widyatmoko" in ev.attendees
    assert ev.purpose == "Meningkatkan produksi ikan"


def test_an_online_event():
    doc = run_alone("Dinas Perikanan Klaten menggelar rapat secara daring, Senin (3/5/2021).", "events")
    assert [ev.online for ev in doc.events] == [True]



@pytest.mark.parametrize("sentence, kind", [
    ("Polres Contoh menangkap dua pelaku pencurian sapi, Senin (3/5/2021).", "arrest"),
    ("Komisi Contoh menggelar operasi tangkap tangan di Kabupaten Contoh, Senin (3/5/2021).", "arrest"),
    ("Penyidik menggeledah kantor Dinas Contoh, Senin (3/5/2021).", "search"),
    ("Pengadilan Negeri Contoh menggelar sidang putusan perkara itu, Senin (3/5/2021).", "court hearing"),
    ("Gubernur Contoh melantik tiga bupati di Gedung Contoh, Senin (3/5/2021).", "inauguration"),
    ("Polres Contoh menggelar konferensi pers di Mapolres Contoh, Senin (3/5/2021).", "press conference"),
    ("DPRD Contoh menggelar rapat paripurna, Senin (3/5/2021).", "plenary session"),
    ("Persib Contoh memenangi pertandingan di Stadion Contoh, Senin (3/5/2021).", "match"),
])
def test_the_events_of_real_news(sentence, kind):
    doc = run_alone(sentence, "events")
    assert [ev.event_type.label_en for ev in doc.events] == [kind]
    assert doc.events[0].start == date(2021, 5, 3)


@pytest.mark.parametrize("sentence, kind", [
    ("PT Sukamaju Jaya melakukan penandatangan kerjasama dengan PT Contoh Makmur, Senin (3/5/2021).", "MoU signing"),
    ("Sukamaju FC mengalahkan Persiba Contoh 2-1 di Stadion Contoh, Senin (3/5/2021).", "match"),
    ("Persikas Sukamaju ditahan imbang Persiba Contoh di Stadion Contoh, Senin (3/5/2021).", "match"),
    # (a verb of winning, losing or holding before a score: a match, not a detention)
    ("Persikas Sukamaju ditahan 1 - 1 oleh Persiba Contoh di Stadion Contoh, Senin (3/5/2021).", "match"),
    ("Persikas Sukamaju berhasil menggulung Persiba Contoh 6 - 2 di Stadion Contoh, Senin (3/5/2021).", "match"),
    ("Presiden melepas bantuan kemanusiaan di Pangkalan Udara Contoh, Senin (3/5/2021).", "aid dispatch"),
    ("Rudi Wibisana mengembalikan formulir pendaftaran ke kantor DPD Partai Contoh, Senin (3/5/2021).",
     "candidate registration"),
    ("Ratusan buruh menggelar unjuk rasa di depan Kantor Bupati Sukamaju, Senin (3/5/2021).", "protest"),
    ("Kejaksaan Negeri Sukamaju memeriksa Rudi Wibisana sebagai tersangka, Senin (3/5/2021).", "examination"),
    ("Gempa bumi berkekuatan 5,1 magnitudo mengguncang Kabupaten Sukamaju, Senin (3/5/2021).", "earthquake"),
])
def test_more_events_of_real_news(sentence, kind):
    doc = run_alone(sentence, "events")
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == [(kind, date(2021, 5, 3))]


@pytest.mark.parametrize("sentence, kind", [
    ("Bupati Sukamaju Rudi Wibisana berkirim surat kepada Kementerian Contoh, Senin (3/5/2021).", "official letter"),
    ("Dinas Contoh mengirimkan surat kepada Gubernur Sukamaju pada Senin (3/5/2021).", "official letter"),
    ("Senin (3/5/2021), warga Desa Sukamaju bergotong royong membersihkan material longsoran.", "community work"),
    ("PT Kereta Contoh membuka pembelian tiket mudik pada Senin (3/5/2021).", "ticket sale"),
    ("Bupati Sukamaju Rudi Wibisana membesuk korban kebakaran di RSUD Contoh, Senin (3/5/2021).", "visit"),
    ("\"Kami ingin melayani semua,\" kata pendiri aplikasi Contoh, Rudi Wibisana, saat acara soft launching "
     "aplikasi itu, Senin (3/5/2021).", "launch"),
    # (what another site reported is the source, the test the news)
    ("Dikutip dari situs resmi Sukamaju FC, Rudi Wibisana telah menjalani tes medis di RS Contoh, Jakarta, "
     "pada Senin (3/5/2021) malam.", "medical examination"),
])
def test_occurrences_of_other_kinds(sentence, kind):
    doc = run_alone(sentence, "events")
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == [(kind, date(2021, 5, 3))]


# an occurrence dated more than a month before the report is the story's background, not its news
@pytest.mark.parametrize("text, expected", [
    ("Sebelumnya, Sukamaju FC ditahan imbang Persiba Contoh 2 - 2, 6 April lalu.", []),
    ("Rudi Wibisana disiram air keras pada 11 April 2021 usai salat subuh.", []),
    ("Polres Contoh menangkap dua pelaku pencurian sapi, Senin (3/5/2021).", [("arrest", date(2021, 5, 3))]),
    ("Sukamaju FC ditahan imbang Persiba Contoh 2 - 2, 4 Mei lalu.", [("match", date(2021, 5, 4))]),
])
def test_an_occurrence_of_more_than_a_month_before_is_background(text, expected):
    x = extract(Article("a", text, published=date(2021, 5, 31)))
    assert [(ev.event_type.label_en, ev.start) for ev in x.events] == expected


# an occurrence only wanted ("untuk/agar (segera) <verb>") is none; a match's result told so is one
@pytest.mark.parametrize("text, expected", [
    ("Warga menuntut polisi untuk segera menangkap Rudi Wibisana yang akan pulang pada 8 Juni mendatang.", []),
    ("Lembaga Contoh mendesak KPK agar segera menangkap Bambang Sutejo.", []),
    ("Perusahaan itu memiliki agenda untuk meluncurkan ponsel Contoh X2 tahun depan.", []),
    ("Sukamaju FC bangkit untuk mengalahkan Persiba Contoh 71 - 59 di GOR Contoh, Senin (3/5/2021).",
     [("match", date(2021, 5, 3))]),
])
def test_an_occurrence_only_wanted_is_none(text, expected):
    x = extract(Article("a", text, published=date(2021, 5, 4)))
    assert [(ev.event_type.label_en, ev.start) for ev in x.events] == expected


# kinds named by a word of their own: a shareholders' meeting, a decree's handover, the police's work at a
# crime scene, a re-enactment, a military exercise, a telephone call, a training called "diklat"
@pytest.mark.parametrize("sentence, kind", [
    ("PT Sukamaju Jaya Tbk menggelar RUPS Tahunan di Hotel Contoh, Senin (3/5/2021).", "shareholders meeting"),
    ("Bupati Sukamaju menyerahkan SK pengangkatan kepada 120 guru di Pendopo Contoh, Senin (3/5/2021).",
     "decree handover"),
    ("Polsek Sukamaju melakukan olah TKP di rumah korban, Senin (3/5/2021).", "crime scene investigation"),
    ("Polres Contoh menggelar rekonstruksi kasus pembunuhan itu di Desa Sukamaju, Senin (3/5/2021).", "reenactment"),
    ("Angkatan Laut Sukamaju dan Contoh memulai latihan gabungan di perairan Contoh, Senin (3/5/2021).",
     "military exercise"),
    ("Presiden Sukamaju bertelepon dengan Perdana Menteri Contoh pada Senin (3/5/2021).", "phone call"),
    ("Partai Contoh menggelar diklat kader di Hotel Sukamaju, Senin (3/5/2021).", "training"),
])
def test_kinds_with_a_word_of_their_own(sentence, kind):
    doc = run_alone(sentence, "events")
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == [(kind, date(2021, 5, 3))]


# a team's practice is no military exercise, and a call told without its day no event
@pytest.mark.parametrize("text", [
    "Pemain anyar itu akan mengikuti latihan bersama Sukamaju FC di Stadion Contoh.",
    "Presiden Sukamaju kerap bertelepon dengan Perdana Menteri Contoh.",
])
def test_a_practice_or_a_call_without_its_day_is_no_event(text):
    x = extract(Article("a", text, published=date(2021, 5, 4)))
    assert [ev.event_type.label_en for ev in x.events] == []


@pytest.mark.parametrize("text, expected", [
    ("Penyanyi Rudi Wibisana merilis album terbarunya bertajuk Contoh pada Senin (3/5/2021).",
     [("release", date(2021, 5, 3))]),
    ("Film Sukamaju Bersatu akan dirilis di bioskop pada 3 Mei 2021 mendatang.", [("release", date(2021, 5, 3))]),
    ("Cuplikan perdana film itu resmi dirilis lewat kanal Contoh TV, Senin (3/5/2021) kemarin.",
     [("release", date(2021, 5, 3))]),
    # (a release without its own day is a habit, a plan or background: no occurrence)
    ("Band Contoh dikenal suka merilis lagu pada musim panas.", []),
    ("Band Contoh merilis album pertamanya pada 1999.", []),
    ("Rudi Wibisana berencana merilis album baru dalam waktu dekat.", []),
    # ("rilis" alone is a press release, not a release of a work)
    ("Dalam rilis yang diterima redaksi, Senin (3/5/2021), Dinas Contoh menyebut jalan itu rusak.", []),
])
def test_a_release_of_a_work_with_its_own_day(text, expected):
    doc = run_alone(text, "events", date(2021, 5, 4))
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == expected


@pytest.mark.parametrize("text, expected", [
    ("Umat Hindu di Kabupaten Sukamaju, Senin, dengan khidmat merayakan Hari Raya Nyepi.",
     [("celebration", date(2021, 5, 3))]),
    ("Warga Desa Sukamaju merayakan Natal di Gereja Contoh pada Senin (3/5/2021).",
     [("celebration", date(2021, 5, 3))]),
    # (a holiday kept on its day is a celebration too: the real-news golds count "Umat … merayakan Hari Suci …")
    ("Jemaah Masjid Contoh merayakan Idulfitri hari ini.", [("celebration", date(2021, 5, 4))]),
    ("Dalam rangka memperingati Hari Kartini yang jatuh pada 3 Mei 2021, Dinas Contoh menggelar lomba busana.",
     [("competition", date(2021, 5, 3))]),
    # (a celebration of a goal or a win is no holiday; a holiday without its own day is background)
    # (no celebration: what the sentence dates is an occurrence of no known kind)
    ("Rudi Wibisana merayakan gol itu bersama rekan setimnya, Senin (3/5/2021).", [("event", date(2021, 5, 3))]),
    ("Warga Sukamaju biasa merayakan Lebaran bersama keluarga di kampung halaman.", []),
    ("Perayaan Hari Jadi Kota Sukamaju yang jatuh setiap 3 Mei selalu meriah.", []),
])
def test_a_celebration_of_a_holiday_with_its_own_day(text, expected):
    doc = run_alone(text, "events", date(2021, 5, 4))
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == expected


# a release or an announcement the article's first paragraph tells with a verb and no day is its news, an
# occurrence of no day; not one told as a time gone by, nor one after the first paragraph, nor a plan
@pytest.mark.parametrize("text, expected", [
    ("Grup musik Sukamaju merilis dua single baru yang bercerita tentang cinta.\n\nKeduanya direkam di Bandung.",
     [("release", None)]),
    ("Federasi Sepak Bola Contoh mengumumkan perpanjangan kontrak pelatih tim nasional hingga 2024.\n\n"
     "\"Dia pilihan terbaik,\" kata Rudi Wibisana.", [("announcement", None)]),
    ("Sudah hampir sebulan PT Contoh Digital merilis layanan pesan barunya.\n\nPenggunanya kini dua juta orang.", []),
    ("Bulan April ini PT Contoh Digital mengumumkan akuisisi terhadap PT Sukamaju.\n\nNilainya dirahasiakan.", []),
    ("Pengguna aplikasi itu bertambah dua juta orang.\n\nPT Contoh Digital mengumumkan fitur barunya.", []),
    ("PT Contoh Digital akan mengumumkan fitur barunya.", []),
    ("PT Contoh Digital kerap merilis fitur baru menjelang akhir tahun.", []),
    ("PT Contoh Digital harus mengumumkan laporan keuangannya.", []),
    ("Setelah merilis album pertamanya, Grup Sukamaju kini bermain film.", []),
    ("Band Contoh merilis album pertamanya pada 2019.", []),
])
def test_a_release_or_announcement_of_the_lead_without_a_day(text, expected):
    x = extract(Article("a", text, published=date(2021, 5, 3)))
    assert [(ev.event_type.label_en, ev.start) for ev in x.events] == expected


def test_a_regulation_signed_on_a_day_is_a_signing_by_its_signer():
    x = extract(Article("a", "Peraturan Bupati Sukamaju tentang retribusi pasar ditandatangani Bupati Sukamaju "
                        "Rudi Wibisana pada Senin (3/5/2021) dan berlaku sejak 1 Juni 2021.", published=date(2021, 5, 4)))
    assert [(ev.event_type.label_en, ev.start, ev.organizer) for ev in x.events] == [
        ("signing", date(2021, 5, 3), "person:rudi-wibisana")]


@pytest.mark.parametrize("text", [
    "Surat permohonan itu harus ditandatangani kepala desa.",  # (no day of its own: a rule, no occurrence)
    "Kontrak yang diteken Rudi Wibisana berlaku selama dua tahun.",
])
def test_a_signature_without_its_own_day_is_no_event(text):
    assert run_alone(text, "events", date(2021, 5, 4)).events == []


@pytest.mark.parametrize("text", [
    "Dinas Contoh akan mengirimkan surat kepada Gubernur Sukamaju.",  # (no day of its own: no occurrence)
    "Warga diminta berkirim surat kepada bupati bila jalan rusak.",
])
def test_a_letter_without_its_own_day_is_no_event(text):
    assert run_alone(text, "events").events == []


@pytest.mark.parametrize("text, expected", [
    ("Acara Pekan Kopi Sukamaju 2017 yang berlangsung di Hotel Contoh ini diselenggarakan oleh Dinas Contoh, "
     "Rabu (24/5/2017).", [("event", date(2017, 5, 24))]),
    # (a word of its own kind in the phrase names it better)
    ("Acara Lomba Karya Tulis Sukamaju yang berlangsung di Hotel Contoh ini diselenggarakan oleh Dinas Contoh, "
     "Rabu (24/5/2017).", [("competition", date(2017, 5, 24))]),
    # (on the day of an event told already, it is that event)
    ("Dinas Contoh akan menggelar diskusi soal pangan pada Rabu (24/5/2017). Acara akan diselenggarakan di Hotel "
     "Sukamaju pada Rabu (24/5/2017).", [("seminar", date(2017, 5, 24))]),
    ("Acara tahunan itu digelar setiap 24 Mei di pusat kota Sukamaju.", []),
])
def test_an_occurrence_named_only_as_an_acara(text, expected):
    x = extract(Article("a", text, published=date(2017, 5, 25)))
    assert [(ev.event_type.label_en, ev.start) for ev in x.events] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a date that names its day beats "hari ini"
    ("Rudi Wibisana dilantik sebagai Ketua Umum di Hotel Contoh, hari ini, Senin (3/5/2021).",
     date(2021, 5, 7), date(2021, 5, 3)),
    # a trigger of the lead without a date takes the first date the lead gives
    ("Sidang perkara suap proyek jalan Kabupaten Sukamaju kembali mengungkap fakta baru.\n\n"
     "\"Saya tidak tahu,\" kata saksi Rudi Wibisana di Pengadilan Negeri Sukamaju, Senin (3/5/2021).",
     None, date(2021, 5, 3)),
    ("Tanah longsor menerjang Desa Sukamaju pada Sabtu pagi lalu.", date(2021, 5, 5), date(2021, 5, 1)),
    ("Festival Danau Sukamaju akan digelar 2 hingga 5 Mei 2021 di Kota Sukamaju.", date(2021, 4, 28),
     date(2021, 5, 2)),
    # (not a date after "sejak": when a state began, not the lead's news)
    ("Gugatan cerai Rudi Wibisana yang dilayangkan sejak 22 Maret kemarin akhirnya diputuskan.\n\n"
     "Pengadilan Agama Sukamaju menggelar sidang putusan perkara itu.", date(2021, 5, 7), None),
])
def test_the_date_of_an_event(text, published, expected):
    doc = run_alone(text, "events", published)
    assert [ev.start for ev in doc.events] == [expected]


@pytest.mark.parametrize("text", [
    "Satuan Tugas Penanganan Darurat Banjir menggelar rapat koordinasi, Senin (3/5/2021).",  # a body's name
    "Tim SAR menemukan satu korban tertimbun tanah longsor, Senin (3/5/2021).",  # a consequence
    # no day, after the lead: background
    "Bupati Sukamaju meninjau pengungsian, Senin (3/5/2021).\n\nBanjir merendam tiga desa di Kecamatan Sukamaju.",
])
def test_a_disaster_word_that_tells_no_disaster(text):
    doc = run_alone(text, "events", date(2021, 5, 5))
    assert [ev for ev in doc.events if ev.event_type.label_en in ("flood", "landslide")] == []


@pytest.mark.parametrize("text, kind", [
    ("Badai tropis menghantam pesisir Kabupaten Sukamaju, Senin (3/5/2021).", "storm"),
    ("Topan Contoh melanda Pulau Sukamaju pada Senin (3/5/2021) dan merusak ratusan rumah.", "storm"),
    ("Rudi Wibisana disiram air keras oleh orang tak dikenal di depan rumahnya, Senin (3/5/2021).", "attack"),
    ("Serangan teror di Pasar Contoh pada Senin (3/5/2021) menewaskan tiga orang.", "attack"),
    ("Serangan ransomware terjadi di RSUD Sukamaju, Senin (3/5/2021), dan melumpuhkan sistem antreannya.", "hacking"),
    # (a fire told by its verb: "terbakar", "dilalap api")
    ("Kapal Contoh Jaya terbakar di perairan Pulau Sukamaju, Senin (3/5/2021), dan menewaskan dua penumpang.", "fire"),
    ("Pasar Induk Sukamaju ludes dilalap si jago merah pada Senin (3/5/2021) dini hari.", "fire"),
])
def test_storms_and_attacks_with_their_day(text, kind):
    doc = run_alone(text, "events", date(2021, 5, 4))
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == [(kind, date(2021, 5, 3))]


@pytest.mark.parametrize("text", [
    "Badai skandal menimpa Rudi Wibisana sejak Senin (3/5/2021).",  # (a storm of a figure of speech)
    "Sukamaju FC terus melancarkan serangan ke pertahanan lawan, Senin (3/5/2021).",  # (an attack of a match)
    "Topan biasanya melanda pesisir Sukamaju pada musim hujan.",  # (no day: a habit)
])
def test_a_storm_or_attack_word_that_tells_none(text):
    assert run_alone(text, "events", date(2021, 5, 4)).events == []


def test_a_fire_told_without_its_day_after_the_lead_is_an_occurrence_of_no_day():
    # (reported done, its undergoer named: a reader lists it, with no date; events11)
    doc = run_alone("Bupati Sukamaju meninjau Pasar Contoh, Senin (3/5/2021).\n\n"
                    "Ruko milik Rudi Wibisana itu ludes terbakar.", "events", date(2021, 5, 4))
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == [("visit", date(2021, 5, 3)), ("fire", None)]


def test_a_fire_told_without_its_day_in_a_hope_is_none():
    doc = run_alone("Bupati Sukamaju meninjau Pasar Contoh, Senin (3/5/2021).\n\n"
                    "Dia berharap ruko itu tidak lagi terbakar.", "events", date(2021, 5, 4))
    assert [ev.event_type.label_en for ev in doc.events] == ["visit"]


@pytest.mark.parametrize("text, expected", [
    # an article's first paragraph that no dated event claims tells its news: its occurrence, of no day
    ("Kebakaran melanda sebuah ruko di Pasar Sukamaju.\n\nPemiliknya, Rudi Wibisana, rugi Rp 60 juta.",
     [("fire", None)]),
    ("Polres Sukamaju menangkap dua pelaku pencurian sapi.\n\nKeduanya warga Desa Contoh.", [("arrest", None)]),
    # (of the lead's day, when that day is no report's: "Kejadian nahas menimpa …, Sabtu (1/5/2021)")
    ("Kejadian nahas menimpa asrama SMA Sukamaju, Sabtu (1/5/2021). Asrama itu terbakar dan menewaskan dua siswi.",
     [("fire", date(2021, 5, 1))]),
    ("Serangan bom terjadi di Pasar Contoh. \"Kami menduga pelakunya jaringan lama,\" kata Kapolres Sukamaju "
     "Bambang Sutejo, Senin (3/5/2021).", [("attack", None)]),
    # not a background clause, a purpose, a habit, a plan or what did not happen
    ("Rudi Wibisana, calon yang telah mendaftarkan diri ke KPU Sukamaju, dikenal dermawan.", []),
    ("Rudi Wibisana berjalan kaki dari Sukamaju untuk menemui Bupati Contoh.", []),
    ("Warga Sukamaju kerap menggelar rapat di balai desa.", []),
    ("Bupati Sukamaju akan meresmikan Pasar Contoh.", []),
    ("Polisi belum menangkap pelaku pencurian sapi di Desa Sukamaju.", []),
    # (nor one a word of hoping, being able or ready stands right before: "siap meluncurkan")
    ("Dinas Contoh kini siap meluncurkan aplikasi layanan baru bagi warga Sukamaju.", []),
    ("Rudi Wibisana memang masih bisa menembak tepat sasaran.", []),
    # (nor several counted: no one occurrence)
    ("Lima pertandingan terakhir terasa berat bagi Sukamaju FC.", []),
    ("Usai beberapa peretasan, Dinas Contoh memperketat sistemnya.", []),
    # (nor the start of a state)
    ("Sejak diluncurkan dua tahun silam, aplikasi Contoh menjadi favorit warga Sukamaju.", []),
    # (nor, when the lead gives no day, an occurrence of the kind the article tells later with its day:
    # the same match)
    ("Posisi Rudi Wibisana sebagai pelatih kembali digoyang. Hal ini menyusul kegagalan timnya bermain impresif "
     "kala menjamu Sukamaju FC pada laga lanjutan liga.\n\nTribun penonton kecewa.\n\nPenonton berdemo.\n\n"
     "Pada laga yang dihelat di Stadion Contoh, Sabtu (1/5/2021) ini, kedua tim bermain imbang.",
     [("match", date(2021, 5, 1))]),
])
def test_the_news_of_an_article_without_a_dated_event(text, expected):
    doc = run_alone(text, "events", date(2021, 5, 4))
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == expected


def test_a_disaster_has_a_place_and_no_organizer_or_attendees():
    doc = run_alone("Angin puting beliung melanda Kabupaten Klaten, Senin (3/5/2021). Bupati Klaten "
                    "Rudi Wibisana meninjau lokasi bersama Camat Bambang Sutejo.", "events")
    disaster = next(ev for ev in doc.events if ev.event_type.label_en == "windstorm")
    assert disaster.location and doc.ents[disaster.location].name == "Klaten"
    assert (disaster.organizer, disaster.attendees) == (None, ())


STATEMENT = "\"Keduanya residivis,\" kata Kapolres Sukamaju AKBP Bambang Sutejo di Mapolres Sukamaju, Senin (3/5/2021)."


def test_a_statement_at_a_place_on_a_day_is_a_press_conference():
    doc = run_alone(STATEMENT, "events")
    [ev] = doc.events
    assert (ev.event_type.label_en, ev.start) == ("press conference", date(2021, 5, 3))
    assert doc.ents[ev.location].name == "Mapolres Sukamaju"
    assert "person:bambang-sutejo" in (ev.organizer, *ev.attendees)


def test_a_sentence_naming_the_event_of_its_day_continues_it():
    # (one occurrence per kind and day: the visit of the exhibition is that exhibition)
    x = extract(Article("a", "Dinas Contoh menggelar pameran batik di Gedung Contoh, Minggu (2/5/2021). \"Kami "
                        "senang,\" kata Rudi Wibisana saat meninjau pameran itu di Gedung Contoh, Minggu (2/5/2021).",
                        published=date(2021, 5, 3)))
    assert [(ev.event_type.label_en, ev.start) for ev in x.events] == [("exhibition", date(2021, 5, 2))]


# a statement given after its speaker attended an event ("usai menghadiri …") is one of its own besides that
# event; one given after an event the speaker held ("usai memimpin …", "usai meninjau …") is said at it
@pytest.mark.parametrize("text, expected", [
    ("\"Kami siap,\" kata Rudi Wibisana usai menghadiri pembukaan pameran batik di Gedung Contoh, Minggu (2/5/2021).",
     [("exhibition", "Gedung Contoh", None), ("press conference", "Gedung Contoh", "person:rudi-wibisana")]),
    ("\"Kami siap,\" ujar Rudi Wibisana seusai mengikuti upacara peringatan Hari Contoh di Gedung Contoh, "
     "Minggu (2/5/2021).",
     [("ceremony", "Gedung Contoh", None), ("press conference", "Gedung Contoh", "person:rudi-wibisana")]),
    ("\"Kami siap,\" kata Rudi Wibisana setelah menghadiri rapat paripurna di Gedung Contoh, Minggu (2/5/2021).",
     [("plenary session", "Gedung Contoh", None), ("press conference", "Gedung Contoh", "person:rudi-wibisana")]),
    # (its speaker is not one the attended event names: "katanya usai menghadiri peluncuran buku karya X")
    ("Rudi Wibisana memuji novel itu. \"Kami bangga,\" katanya usai menghadiri peluncuran buku karya Bambang "
     "Sutejo di Gedung Contoh, Minggu (2/5/2021).",
     [("launch", "Gedung Contoh", None), ("press conference", "Gedung Contoh", "person:rudi-wibisana")]),
    ("\"Kami siap,\" kata Rudi Wibisana usai memimpin rapat koordinasi di Gedung Contoh, Minggu (2/5/2021).",
     [("meeting", "Gedung Contoh", None)]),
])
def test_a_statement_after_attending_an_event_is_one_of_its_own(text, expected):
    x = extract(Article("a", text, published=date(2021, 5, 3)))
    places = {p.key: p.name for p in x.places}
    assert [(ev.event_type.label_en, places.get(ev.location),
             ev.organizer if ev.event_type.label_en == "press conference" else None) for ev in x.events] == expected
    assert all(ev.start == date(2021, 5, 2) for ev in x.events)


def test_a_statement_gives_its_venue_to_the_event_of_its_day():
    doc = run_alone("Polres Sukamaju menangkap dua pelaku pencurian sapi, Senin (3/5/2021). " + STATEMENT, "events")
    [ev] = doc.events
    assert ev.event_type.label_en == "arrest"
    assert doc.ents[ev.location].name == "Mapolres Sukamaju"


@pytest.mark.parametrize("text", [
    "\"Kami siap,\" kata Rudi Wibisana dalam rilis yang diterima di Jakarta, Senin (3/5/2021).",
    "\"Kami siap,\" kata Rudi Wibisana saat dihubungi di Jakarta, Senin (3/5/2021).",
    "\"Kami siap,\" kata Rudi Wibisana, Senin (3/5/2021).",  # no place
])
def test_a_statement_not_given_at_a_place_is_no_event(text):
    assert run_alone(text, "events").events == []


# a statement given on a day at a place the text names but no venue can be made of (a body, an occasion's
# sidelines): a statement event all the same, of no venue
@pytest.mark.parametrize("text", [
    "\"Kami siap,\" jelas Rudi Wibisana di sela-sela Jambore Partai Contoh, Sabtu (2/9/2017).",
    "\"Kami siap,\" kata Kepala Bidang Humas Rudi Wibisana di Polda Sukamaju, Sabtu (2/9/2017).",
])
def test_a_statement_at_a_place_that_is_no_venue(text):
    x = extract(Article("a", text, published=date(2017, 9, 3)))
    assert [(ev.event_type.label_en, ev.start, ev.location) for ev in x.events] == [
        ("press conference", date(2017, 9, 2), None)]


# a statement given in a part of a place named after "di" ("di kawasan X"): where it was said
@pytest.mark.parametrize("text, venue", [
    ("\"Kami siap,\" kata Rudi Wibisana saat ditemui di kawasan Sukamaju, Kabupaten Contoh, Rabu (3/5/2021).",
     "Sukamaju"),
    ("\"Kami siap,\" kata Rudi Wibisana saat ditemui di area Pasar Sukamaju, Kabupaten Contoh, Rabu (3/5/2021).",
     "Pasar Sukamaju"),
])
def test_a_statement_given_in_a_part_of_a_place(text, venue):
    x = extract(Article("a", text, published=date(2021, 5, 4)))
    assert [(ev.event_type.label_en, ev.start, [p.name for p in x.places if p.key == ev.location])
            for ev in x.events] == [("press conference", date(2021, 5, 3), [venue])]


@pytest.mark.parametrize("text, venue", [
    ("Polres Sukamaju menggelar konferensi pers di Hotel Melati Jakarta, Senin (3/5/2021).", "Hotel Melati"),
    ("DPRD Klaten menggelar rapat paripurna di Gedung DPRD Klaten, Senin (3/5/2021).", "Gedung DPRD Klaten"),
    ("Polres Klaten menggelar apel siaga di Lapangan Mapolres Klaten, Senin (3/5/2021).", "Lapangan Mapolres Klaten"),
    ("KPK menahan Rudi Wibisana di gedung KPK, Senin (3/5/2021).", "gedung KPK"),
    # (after a few words of where in it)
    ("Rudi Wibisana kembali bertemu Bambang Sutejo di salah satu kamar Hotel Melati, Sukamaju, Jumat (30/4/2021).",
     "Hotel Melati"),
])
def test_the_venue_of_an_event(text, venue):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert doc.ents[ev.location].name == venue


@pytest.mark.parametrize("text, organizer", [
    ("Rudi Wibisana diringkus anggota Polres Sukamaju di rumahnya, Senin (3/5/2021).", "Polres Sukamaju"),
    ("Sukamaju (ANTARA News) - Kementerian Pariwisata menggelar pameran di Gedung Contoh, Senin (3/5/2021).",
     "Kementerian Pariwisata"),
    # the body named right after the event's name holds it
    ("Tiga poin dihasilkan pada Rapat Pleno diperluas Dinas Perikanan Klaten, Senin (10/4/2017).",
     "Dinas Perikanan Klaten"),
])
def test_the_organizer_of_an_event(text, organizer):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert ev.organizer and organizer in {doc.ents[ev.organizer].name, *doc.ents[ev.organizer].aliases}


@pytest.mark.parametrize("text, published, expected", [
    # dated statements of the day before publication: the article was written then, and
    # "hari ini" is that day
    ("Bupati Sukamaju Rudi Wibisana hari ini menerima kunjungan para uskup di Balai Kota Sukamaju. "
     "\"Kami datang untuk bersilaturahmi,\" kata Uskup Bambang Sutejo, Rabu (31/5/2017).",
     date(2017, 6, 1), [date(2017, 5, 31)]),
    # so is "kemarin", when that date puts the time of day between its weekday and its numbers
    ("Polisi menduga massa membakar kantor Koperasi Sukamaju, Jumat dini hari (13/1). Rudi Wibisana "
     "mengatakan bentrokan terjadi saat mereka mengawal pemeriksaan di Kabupaten Sukamaju, kemarin.",
     date(2017, 1, 14), [date(2017, 1, 12)]),
    # a day told from the day told last ("Tiga hari kemudian"): another meeting
    ("Para pelaku bertemu Rudi Wibisana di Hotel Contoh, Jumat (4/8/2017). Tiga hari kemudian, salah satu "
     "pelaku kembali melakukan pertemuan di hotel yang sama.", date(2017, 8, 9),
     [date(2017, 8, 4), date(2017, 8, 7)]),
    # and so is "siang ini" of the lead, whose day an undated event word of the lead takes
    ("Para camat se-Kabupaten Sukamaju siang ini dipanggil menghadap Bupati di Pendopo Sukamaju. "
     "Sementara acara pengarahan dimulai sejak pukul 13.30 WIB.\n\n"
     "Hal itu dikatakan Rudi Wibisana saat dihubungi, Senin (11/12/2017).",
     date(2017, 12, 12), [date(2017, 12, 11)]),
    # without such a date, "hari ini" is the publication day
    ("Bupati Sukamaju Rudi Wibisana hari ini menerima kunjungan para uskup di Balai Kota Sukamaju.",
     date(2017, 6, 1), [date(2017, 6, 1)]),
    # a lead's festival told later with its days is one event, on its first day
    ("Bupati Rudi Wibisana mengajak wisatawan menikmati Festival Danau Sukamaju yang digelar di Kabupaten Poso.\n\n"
     "\"Kami ingin wisatawan datang,\" kata Rudi dalam rilis yang diterima di Jakarta, Jumat (28/10/2016).\n\n"
     "Festival Danau Sukamaju akan digelar 2 hingga 5 November 2016 di Kota Tentena.",
     date(2016, 10, 28), [date(2016, 11, 2)]),
    # history told as background is no event of the article
    ("Gempa bumi berkekuatan 7,6 magnitudo yang mengguncang Kabupaten Klaten pada 30 September 2009 "
     "masih diingat warga.", date(2017, 9, 1), []),
])
def test_which_day_an_event_is_on(text, published, expected):
    assert [ev.start for ev in run_alone(text, "events", published).events] == expected


def test_a_statement_at_an_event_gives_its_venue_to_that_event_only():
    doc = run_alone("KPK menangkap Rudi Wibisana, Selasa (20/6/2017).\n\n\"Itu suap,\" kata Bambang Sutejo "
                    "di sela-sela acara buka bersama di Gedung Contoh, Selasa (20/6/2017).", "events")
    arrest, gathering = doc.events
    assert (arrest.event_type.label_en, gathering.event_type.label_en) == ("arrest", "gathering")
    assert arrest.location is None and doc.ents[gathering.location].name == "Gedung Contoh"


@pytest.mark.parametrize("text, venue", [
    # a statement given in a city on a day is a statement there (readers list it as an event)
    ("\"Dua mobil dinas belum kembali,\" kata Sekretaris DPRD Klaten Rudi Wibisana di Klaten, Minggu (7/5/2017).",
     "Klaten"),
    # a passive report places and dates it too
    ("Hal itu disampaikan Kepala Dinas Rudi Wibisana di Klaten, Minggu (7/5/2017).", "Klaten"),
    # a country is no place where something was said
    ("\"Dua mobil dinas belum kembali,\" kata Rudi Wibisana di Indonesia, Minggu (7/5/2017).", None),
])
def test_a_statement_in_a_city(text, venue):
    events = run_alone(text, "events").events
    assert [(ev.event_type.label_en, ev.start) for ev in events] == ([("press conference", date(2017, 5, 7))]
                                                                     if venue else [])
    if venue:
        assert events[0].location and run_alone(text, "events").ents[events[0].location].name == venue


def test_two_people_speaking_at_two_places_on_one_day_give_two_statements():
    doc = run_alone("\"Harus diganti,\" ujar Rudi Wibisana di Gedung Contoh, Rabu (14/6/2017).\n\n"
                    "\"Kami sudah ada rencana,\" ujar Bambang Sutejo di Kantor Sukamaju, Rabu (14/6/2017).", "events")
    assert [doc.ents[ev.location].name for ev in doc.events] == ["Gedung Contoh", "Kantor Sukamaju"]


def test_a_country_is_no_venue():
    doc = run_alone("PT Sukamaju Jaya melakukan penandatangan kerjasama dengan situs terbesar di Indonesia, "
                    "Senin (3/5/2021).", "events")
    [ev] = doc.events
    assert ev.location is None


def test_the_unit_a_body_acts_through_organizes():
    doc = run_alone("Kepolisian Resor Klaten melalui anggota Kepolisian Sektor Wedi menangkap tiga pelaku, "
                    "Senin (3/5/2021).", "events")
    [ev] = doc.events
    assert "Sektor Wedi" in doc.ents[ev.organizer].name


@pytest.mark.parametrize("text", [
    "Rudi Wibisana menjalani sidang pembacaan vonis dari majelis hakim Pengadilan Negeri Klaten, Senin (3/5/2021).",
    # the court named only in another part of the article
    "Rudi Wibisana menyesalkan putusan Pengadilan Negeri Klaten.\n\nPutusan itu dibacakan pada sidang pembacaan "
    "putusan, Senin (3/5/2021).",
])
def test_a_hearing_is_held_by_its_court_at_its_court(text):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert ev.event_type.label_en == "court hearing"
    assert doc.ents[ev.organizer].name.startswith("Pengadilan Negeri")
    assert doc.ents[ev.location].name == "Pengadilan Negeri Klaten" and doc.ents[ev.location].level == "venue"


@pytest.mark.parametrize("text, organizer", [
    ("Komisi Pemberantasan Korupsi (KPK) memperpanjang masa penahanan Rudi Wibisana, Kamis (30/3/2017).",
     "Komisi Pemberantasan Korupsi"),
    # a body that only asks people to come organizes nothing
    ("Dinas Pariwisata Kabupaten Klaten mengajak wisatawan menikmati Festival Danau Contoh, Kamis (30/3/2017).",
     None),
])
def test_the_subject_of_an_active_verb_organizes(text, organizer):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert (doc.ents[ev.organizer].name if ev.organizer else None) == organizer


def _attendee_names(doc) -> set[str]:
    return {doc.ents[k].name for ev in doc.events for k in ev.attendees if k in doc.ents}


@pytest.mark.parametrize("text, attends, absent", [
    # an arrest: those its own sentences name, not the people of the case's background
    ("Polres Sukamaju menangkap Rudi Wibisana di Desa Contoh, Senin (3/5/2021). Kasus serupa pernah "
     "menjerat Bambang Sutejo dan Sutrisno Hadiwijaya pada tahun 2015.",
     {"Rudi Wibisana"}, {"Bambang Sutejo", "Sutrisno Hadiwijaya"}),
    ("Kejaksaan Negeri Sukamaju memeriksa Rudi Wibisana sebagai tersangka, Senin (3/5/2021). Rudi diduga "
     "menerima suap dari Bambang Sutejo yang kini buron.", {"Rudi Wibisana"}, {"Bambang Sutejo"}),
    # those who accompany in the sentences after it take part ("di dampingi", written apart)
    ("Polres Sukamaju menangkap Rudi Wibisana, Senin (3/5/2021). Kapolres di dampingi Kasat Reskrim "
     "AKP Bambang Sutejo menjelaskan penangkapan itu.", {"Rudi Wibisana", "Bambang Sutejo"}, set()),
    # the examined named before a reporting clause set into the sentence: he is examined, its speaker is not
    ("\"Sudah tersangka,\" kata Rudi Wibisana di Mapolres Sukamaju, Jumat (17/11/2017).\n\nBambang Sutejo, "
     "kata Rudi, masih menjalani pemeriksaan di Unit Laka Lantas Polres Sukamaju.", {"Bambang Sutejo"}, set()),
    # a training: everyone its part of the article names
    ("Dinas Perikanan Sukamaju menggelar pelatihan, Senin (3/5/2021). Rudi Wibisana menjadi narasumber. "
     "Bambang Sutejo memberikan materi budidaya.", {"Rudi Wibisana", "Bambang Sutejo"}, set()),
])
def test_who_takes_part_in_an_arrest_or_a_training(text, attends, absent):
    doc = run_alone(text, "events")
    got = _attendee_names(doc)
    assert attends <= got
    assert not absent & got


@pytest.mark.parametrize("text, absent", [
    ("Dinas Perikanan Sukamaju menggelar rapat, Senin (3/5/2021). Rapat menetapkan dukungan terhadap Ketua "
     "DPD Partai Contoh Rudi Wibisana.", "Rudi Wibisana"),
    ("Wali Kota Sukamaju Bambang Sutejo menggelar rapat, Senin (3/5/2021). Ia memuji kebijakan Gubernur "
     "Rudi Wibisana.", "Rudi Wibisana"),
    ("Wali Kota Sukamaju Bambang Sutejo menggelar rapat, Senin (3/5/2021). Kondisinya serupa dengan era "
     "Presiden Rudi Wibisana.", "Rudi Wibisana"),
    ("Partai Contoh menggelar rapat pleno, Senin (3/5/2021), terkait penetapan tersangka Rudi Wibisana.",
     "Rudi Wibisana"),
    ("Wali Kota Sukamaju Bambang Sutejo menggelar rapat, Senin (3/5/2021). Kepala Bidang Hubungan "
     "Masyarakat Polres Sukamaju Rudi Wibisana mengatakan rapat berjalan lancar.", "Rudi Wibisana"),
    ("Wali Kota Sukamaju Bambang Sutejo menggelar rapat, Senin (3/5/2021). Juru Bicara Pemkot Sukamaju "
     "Rudi Wibisana membenarkan hal itu.", "Rudi Wibisana"),
    # titles of songs read as persons
    ("Festival Musik Sukamaju digelar di Lapangan Contoh, Senin (3/5/2021). Grup itu membawakan lagu "
     "andalannya yang dimedley Rudi Wibisana, Bintang Timur, dan Senja of Sukamaju.", "Rudi Wibisana"),
    ("Konser digelar di Lapangan Contoh, Senin (3/5/2021). Mereka membawakan lagu Senja Merah, Rudi "
     "Wibisana, dan Power of Soul.", "Soul"),
])
def test_a_person_only_talked_about_or_commenting_does_not_attend(text, absent):
    doc = run_alone(text, "events")
    assert doc.events
    assert absent not in _attendee_names(doc)
    assert "Bambang Sutejo" in _attendee_names(doc) | {doc.ents[ev.organizer].name for ev in doc.events
                                                        if ev.organizer} or "Bambang" not in text


@pytest.mark.parametrize("text, teams", [
    ("Sukamaju FC mengalahkan Persiba Contoh 2-1 di Stadion Contoh, Senin (3/5/2021).",
     {"Sukamaju FC", "Persiba Contoh"}),
    ("Sukamaju FC menekuk Persiba Contoh 2-1 pada laga lanjutan di Stadion Contoh, Senin (3/5/2021).",
     {"Sukamaju FC", "Persiba Contoh"}),
])
def test_both_teams_play_a_match_and_nobody_organizes_it(text, teams):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert ev.event_type.label_en == "match"
    assert ev.organizer is None
    assert teams <= _attendee_names(doc)


@pytest.mark.parametrize("text, organizer", [
    ("Pameran kerajinan dibuka di Gedung Contoh, Senin (3/5/2021). Pihak Dinas Koperasi Sukamaju selaku "
     "penyelenggara menyebut transaksi naik.", "Dinas Koperasi Sukamaju"),
    ("Pameran kerajinan dibuka di Gedung Contoh, Senin (3/5/2021). Dinas Koperasi Sukamaju sebagai "
     "penyelenggara menargetkan seribu pengunjung.", "Dinas Koperasi Sukamaju"),
    # a registration is held by the party unit (or election body) the form is returned to, at its office
    ("Rudi Wibisana mengembalikan formulir pendaftaran ke kantor DPD Partai Contoh Sukamaju, Senin (3/5/2021).",
     "DPD Partai Contoh Sukamaju"),
])
def test_the_organizer_named_apart_from_a_verb(text, organizer):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert ev.organizer and doc.ents[ev.organizer].name == organizer


def test_the_office_a_candidate_goes_to_is_the_venue():
    doc = run_alone("Rudi Wibisana mengembalikan formulir pendaftaran ke kantor DPD Partai Contoh Sukamaju, "
                    "Senin (3/5/2021).", "events")
    [ev] = doc.events
    assert doc.ents[ev.location].name.startswith("kantor DPD Partai Contoh")


def test_those_an_arrest_counts_are_named_in_the_next_sentence():
    doc = run_alone("Polres Sukamaju menangkap dua orang di Desa Contoh, Senin (3/5/2021). Mereka adalah "
                    "Bambang Sutejo dan Sutrisno Hadiwijaya. Kapolres meminta warga waspada.", "events")
    [ev] = doc.events
    assert {"Bambang Sutejo", "Sutrisno Hadiwijaya"} <= _attendee_names(doc)


def test_who_speaks_of_an_arrest_or_is_a_spokesperson_does_not_take_part():
    doc = run_alone("Kepala Kejaksaan Negeri Sukamaju Bambang Sutejo mengatakan penangkapan Rudi Wibisana "
                    "berlangsung di Desa Contoh, Senin (3/5/2021). Juru Bicara Kejari Sukamaju Sutrisno "
                    "Hadiwijaya membenarkan hal itu. Rudi ditahan, kata Sutrisno.", "events")
    got = _attendee_names(doc)
    assert "Rudi Wibisana" in got
    assert not {"Bambang Sutejo", "Sutrisno Hadiwijaya"} & got


def test_a_statement_on_the_sidelines_of_an_event_ends_no_part_of_the_story():
    doc = run_alone("Polres Sukamaju menangkap Rudi Wibisana di Desa Contoh, Senin (3/5/2021).\n\n"
                    "\u201cIa sudah lama kami incar,\u201d kata Kapolres Sukamaju Bambang Sutejo di sela-sela acara "
                    "buka bersama di Gedung Contoh, Senin (3/5/2021).\n\n"
                    "Sutrisno Hadiwijaya juga ditangkap dalam penangkapan itu.", "events")
    arrest, aside = sorted(doc.events, key=lambda ev: ev.event_type.label_en)
    assert (arrest.event_type.label_en, aside.event_type.label_en) == ("arrest", "gathering")
    assert {"Rudi Wibisana", "Sutrisno Hadiwijaya"} <= {doc.ents[k].name for k in arrest.attendees}
    assert "Sutrisno Hadiwijaya" not in {doc.ents[k].name for k in aside.attendees}


def test_an_undated_sentence_continues_the_latest_event_of_its_own_type():
    doc = run_alone("Polres Sukamaju menangkap Rudi Wibisana di Desa Contoh, Senin (3/5/2021). Bupati Sukamaju "
                    "Bambang Sutejo menggelar rapat di Gedung Contoh, Senin (3/5/2021). Sutrisno Hadiwijaya "
                    "juga ditangkap polisi.", "events")
    arrest = next(ev for ev in doc.events if ev.event_type.label_en == "arrest")
    assert "Sutrisno Hadiwijaya" in {doc.ents[k].name for k in arrest.attendees}


@pytest.mark.parametrize("text, days", [
    # a festival's second day, held in a sentence with no event word: an event of its own, with its
    # own performers
    ("Festival Musik Sukamaju digelar di Lapangan Contoh, Jumat (26/5/2017). Grup Rudi Wibisana tampil "
     "pertama.\n\nAcara tahunan itu masih akan digelar hari ini, Sabtu (27/5/2017). Bambang Sutejo akan tampil.",
     [date(2017, 5, 26), date(2017, 5, 27)]),
    # the day of what came before the activity is not its day
    ("Polres Sukamaju menggelar apel siaga di Lapangan Contoh, Senin (29/5/2017). Kegiatan itu digelar menyusul "
     "temuan BBM ilegal di Desa Contoh, Sabtu (27/5/2017).", [date(2017, 5, 29)]),
    # the same day: the same event
    ("Festival Musik Sukamaju digelar di Lapangan Contoh, Jumat (26/5/2017). Acara itu digelar hingga malam, "
     "Jumat (26/5/2017).", [date(2017, 5, 26)]),
])
def test_another_day_of_the_event(text, days):
    doc = run_alone(text, "events")
    assert sorted(ev.start for ev in doc.events) == days


def test_the_people_of_a_festivals_second_day_attend_that_day():
    doc = run_alone("Festival Musik Sukamaju digelar di Lapangan Contoh, Jumat (26/5/2017). Rudi Wibisana tampil "
                    "pertama.\n\nAcara tahunan itu masih akan digelar hari ini, Sabtu (27/5/2017). Bambang Sutejo "
                    "akan tampil.", "events")
    first, second = sorted(doc.events, key=lambda ev: ev.start)
    assert "Bambang Sutejo" not in {doc.ents[k].name for k in first.attendees}
    assert "Bambang Sutejo" in {doc.ents[k].name for k in second.attendees}


@pytest.mark.parametrize("text, venue", [
    ("Angin puting beliung melanda Kecamatan Sukamaju, Kabupaten Contoh, Sabtu (3/6/2017). Kepala BPBD "
     "mengatakan bencana tersebut terjadi di RT 04 Desa Tirtasari.", "Tirtasari"),
    # a wider place named later does not replace the district
    ("Angin puting beliung melanda Kecamatan Sukamaju, Kabupaten Contoh, Sabtu (3/6/2017). Bencana serupa "
     "pernah terjadi di Kabupaten Contoh.", "Sukamaju"),
    # not the river whose overflow brought a flood: the place it struck, named before its word
    ("Ratusan warga Kecamatan Sukamaju sejak Kamis (8/2/2018) dini hari mengungsi karena rumahnya terdampak banjir "
     "akibat luapan Sungai Tirtasari.", "Sukamaju"),
    # ... not the dateline's city
    ("Klaten (ANTARA News) - Warga Kecamatan Sukamaju mengungsi karena gempa mengguncang wilayah tersebut, "
     "Jumat (2/9/2016).", "Sukamaju"),
    # a clash at a seat whose name ends with a region: the seat, not the region
    ("Bambang Sutejo mengatakan bentrokan terjadi saat mereka mengawal pemeriksaan di Mapolda Jawa Barat, "
     "Kamis (12/1/2017).", "Mapolda Jawa Barat"),
    ("Bentrokan antarwarga terjadi di Jawa Barat, Kamis (12/1/2017).", "Jawa Barat"),
])
def test_a_disaster_struck_at_the_finest_place_the_story_gives(text, venue):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert doc.ents[ev.location].name == venue


@pytest.mark.parametrize("text, venue", [
    ("Pameran teknologi Sukamaju Expo dibuka hari ini, Rabu (2/11/2016) di Jakarta Convention Center (JCC).",
     "Jakarta Convention Center"),
    ("Dinas Pariwisata Sukamaju menggelar rapat di Grand Tirtasari Hotel, Senin (3/5/2021).", "Grand Tirtasari Hotel"),
])
def test_a_venue_named_by_its_last_word(text, venue):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert doc.ents[ev.location].name == venue


def test_a_website_read_as_a_person_attends_nothing():
    doc = run_alone("PT Sukamaju Jaya menandatangani kerja sama dengan PT Contoh Makmur di Jakarta, Senin (3/5/2021). "
                    "Kerja sama ini juga melayani konsumen Contoh Indonesia, yang sebelumnya adalah Tokocontoh.com "
                    "dan Jualcontoh.com.", "events")
    assert doc.events
    assert not {n for n in _attendee_names(doc) if n.endswith(".com")}


@pytest.mark.parametrize("sentence, kind", [
    ("Rudi Wibisana diciduk polisi di rumahnya, Senin (3/5/2021).", "arrest"),
    ("Bupati Sukamaju mengunjungi Pasar Induk Contoh, Senin (3/5/2021).", "visit"),
    ("Rudi Wibisana menjenguk Bambang Sutejo di Rumah Sakit Contoh, Senin (3/5/2021).", "visit"),
    ("Rudi Wibisana dimintai keterangan oleh penyidik Polres Contoh, Senin (3/5/2021).", "examination"),
    # an incident: a crime or a clash told with its day and a verb of its striking
    ("Dua polisi terluka saat kontak tembak dengan kelompok bersenjata di Desa Sukamaju, Senin (3/5/2021).",
     "shooting"),
    ("Perampokan itu terjadi di rumah korban di Desa Sukamaju, Senin (3/5/2021).", "robbery"),
])
def test_the_events_of_crime_and_visit_reports(sentence, kind):
    doc = run_alone(sentence, "events")
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == [(kind, date(2021, 5, 3))]


@pytest.mark.parametrize("sentence, kinds", [
    # the crime named beside its arrest is the case, not the news
    ("Pelaku perampokan yang terjadi di Desa Sukamaju itu ditangkap polisi, Senin (3/5/2021).", ["arrest"]),
    # a crime named without its striking is background
    ("Polisi masih menyelidiki kasus pembunuhan di Desa Sukamaju, Senin (3/5/2021).", []),
    # an event word inside a body's name names no event
    # (no forum: the approval the sentence dates is an occurrence of no known kind)
    ("Forum Kerukunan Umat Beragama (FKUB) Klaten menyetujui jadwal itu, Senin (3/5/2021).", ["event"]),
    # an invitation to come is no visit
    ("Bupati Rudi Wibisana mengajak wisatawan mendatangi Desa Sukamaju.", []),
])
def test_no_event_from_a_word_that_tells_none(sentence, kinds):
    doc = run_alone(sentence, "events", date(2021, 5, 4))
    assert [ev.event_type.label_en for ev in doc.events] == kinds


@pytest.mark.parametrize("text, expected", [
    # the day the news was told dates the report, not the arrest told: the arrest is the one told before
    ("Polisi menangkap Rudi Wibisana, Sabtu (1/5/2021).\n\nMenurut Kapolres Bambang Sutejo, Senin (3/5/2021), "
     "penangkapan itu berdasarkan laporan warga.", [date(2021, 5, 1)]),
    ("Polisi menangkap Rudi Wibisana, Senin (3/5/2021), kata Kapolres Bambang Sutejo.", [date(2021, 5, 3)]),
])
def test_the_date_of_the_report_is_not_the_events(text, expected):
    assert [ev.start for ev in run_alone(text, "events").events] == expected


@pytest.mark.parametrize("text, attendees", [
    ("Polisi memeriksa Rudi Wibisana dan Bambang Sutejo di Mapolres Contoh. Keduanya ditahan, Senin (3/5/2021).",
     {"person:rudi-wibisana", "person:bambang-sutejo"}),
    ("Rudi Wibisana menjadi tersangka suap. Ia ditahan di Rutan Contoh, Senin (3/5/2021).", {"person:rudi-wibisana"}),
])
def test_a_pronoun_subject_takes_part(text, attendees):
    ev = run_alone(text, "events").events[-1]
    assert ev.event_type.label_en == "detention" and set(ev.attendees) == attendees


@pytest.mark.parametrize("sentence", [
    "Rudi Wibisana belum ditahan penyidik, Senin (3/5/2021).",
    "Rudi Wibisana kembali mangkir dari pemeriksaan penyidik, Senin (3/5/2021).",
    "Rapat paripurna DPRD Klaten batal digelar, Senin (3/5/2021).",
    "Pernyataan itu diutarakan menjelang sidang yang digelar DPRD Klaten.",
    # what happens as a habit is no event of a day
    "Menurut pemetaan, pengemis biasanya mendatangi tempat-tempat ibadah selama bulan puasa, Senin (3/5/2021).",
])
def test_what_did_not_happen_is_no_event(sentence):
    assert run_alone(sentence, "events", date(2021, 5, 4)).events == []


@pytest.mark.parametrize("lead", [
    "Presiden tidak memihak pasangan calon yang telah mendaftarkan diri ke KPU Klaten.",
    # what an event would be for is none that happened
    "Sulitnya akses menjadi persoalan untuk penyaluran bantuan ke Desa Sukamaju.",
])
def test_a_background_clause_of_the_lead_takes_not_the_storys_date(lead):
    text = lead + "\n\n\"Semua sama,\" kata Rudi Wibisana di Gedung Contoh, Senin (3/5/2021)."
    assert [ev.event_type.label_en for ev in run_alone(text, "events").events] == ["press conference"]


@pytest.mark.parametrize("text, out", [
    # who comments by telephone or in a release takes no part in the event of that part of the article
    ("Dinas Koperasi Klaten menggelar pameran di Alun-alun Klaten, Senin (3/5/2021).\n\n"
     "\"Pameran berjalan lancar,\" kata Rudi Wibisana saat dihubungi.", "person:rudi-wibisana"),
    # the suspect whom a witness is examined for is not examined
    ("Bambang Sutejo diperiksa sebagai saksi bagi tersangka Rudi Wibisana, Senin (3/5/2021).", "person:rudi-wibisana"),
    # ... also after the case's name, and each of a list of them
    ("Bambang Sutejo diperiksa sebagai saksi bagi dua tersangka e - KTP, Rudi Wibisana dan Sutrisno Hadiwijaya, "
     "Senin (3/5/2021).", "person:rudi-wibisana"),
    ("Bambang Sutejo diperiksa sebagai saksi bagi dua tersangka e - KTP, Rudi Wibisana dan Sutrisno Hadiwijaya, "
     "Senin (3/5/2021).", "person:sutrisno-hadiwijaya"),
    # ... also under another name ("X alias Y": Y is read where X is named)
    ("Bambang Sutejo diperiksa sebagai saksi bagi tersangka Rudi Wibisana alias Rudi Gondrong, Senin (3/5/2021).",
     "person:rudi-wibisana"),
    # who gave the money a defendant took, introduced by a trade, is not at the hearing
    ("Pengadilan Negeri Klaten menggelar sidang vonis Bambang Sutejo, Senin (3/5/2021). Bambang terbukti menerima "
     "uang sebesar Rp 300 juta dari pengusaha Rudi Wibisana.", "person:rudi-wibisana"),
    # one named in an indictment is only talked about
    ("Komisi Contoh menggelar rapat dengar pendapat di Gedung DPRD Klaten, Senin (3/5/2021). Nama Bambang Sutejo "
     "muncul dalam surat dakwaan Rudi Wibisana.", "person:rudi-wibisana"),
    # who tells of an examination in a clause set into its sentence is not examined
    ("Saat ini, lanjut Rudi Wibisana, Bambang Sutejo masih menjalani pemeriksaan di Polres Klaten, Senin (3/5/2021).",
     "person:rudi-wibisana"),
])
def test_who_is_only_talked_about_or_comments_takes_no_part(text, out):
    [ev] = run_alone(text, "events").events
    assert out not in ev.attendees


@pytest.mark.parametrize("text, expected", [
    ("Ratusan warga Desa Sukamaju mengungsi sejak Kamis dini hari karena rumahnya terendam banjir.",
     [("flood", date(2021, 5, 6))]),
    ("Desa Sukamaju dilanda gempa berkekuatan 5 magnitudo, Kamis (6/5/2021).", [("earthquake", date(2021, 5, 6))]),
    # an accident someone had, a flood a river's overflow brought
    ("Rudi Wibisana mengalami kecelakaan di Desa Sukamaju, Kamis (6/5/2021).", [("accident", date(2021, 5, 6))]),
    ("Polisi memproses kecelakaan mobil yang dia alami di Desa Sukamaju pada Kamis, 6 Mei lalu.",
     [("accident", date(2021, 5, 6))]),
    ("Ratusan warga mengungsi sejak Kamis dini hari karena rumahnya terdampak banjir akibat luapan Sungai Contoh.",
     [("flood", date(2021, 5, 6))]),
    # "terdampak" describes a place or people, it tells no flood of that day
    ("Dinas Kesehatan mencatat 214 kasus diare di wilayah terdampak banjir sepanjang 6-13 Mei 2021.", []),
])
def test_a_disaster_told_by_what_it_did(text, expected):
    doc = run_alone(text, "events", date(2021, 5, 6))
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == expected


def test_a_statement_in_ones_office_is_in_the_city_of_the_office():
    doc = run_alone("\"Kami masih marah,\" ujar Rudi Wibisana di kantornya, Klaten, Sabtu (27/5/2017).", "events")
    [ev] = doc.events
    assert ev.start == date(2017, 5, 27) and doc.ents[ev.location].name == "Klaten"


@pytest.mark.parametrize("text, organizer, attendees", [
    # one who speaks for a body: the body gives the statement, its speaker and those with him attend
    ("\"Pelaku sudah kami tangkap,\" kata Kepala Bidang Humas Polres Klaten Rudi Wibisana didampingi "
     "Bambang Sutejo di Mapolres Klaten, Senin (3/5/2021).", "Kepolisian Resor Klaten",
     ["Rudi Wibisana", "Bambang Sutejo"]),
    # ranks between the body and the name, and the title given only at an earlier mention
    ("Menurut juru bicara Dinas Perikanan Klaten, Rudi Wibisana, panen naik.\n\n\"Kami senang,\" ujar Rudi "
     "di Klaten, Senin (3/5/2021).", "Dinas Perikanan Klaten", ["Rudi Wibisana"]),
    # those with him named in the next sentence, also when it opens the next paragraph
    ("\"Pelaku sudah kami tangkap,\" kata Kepala Bidang Humas Polres Klaten Rudi Wibisana di Mapolres Klaten, "
     "Senin (3/5/2021).\n\nKapolres didampingi Kasat Reskrim AKP Bambang Sutejo menjelaskan, keduanya residivis.",
     "Kepolisian Resor Klaten", ["Rudi Wibisana", "Bambang Sutejo"]),
    # a legislator speaks in his own name
    ("\"Kami menolak,\" kata Ketua DPRD Klaten Rudi Wibisana di Klaten, Senin (3/5/2021).", "Rudi Wibisana", []),
    # a body named in what was said, or with no title before it, is not the speaker's
    ("\"Kami diperiksa Polres Klaten,\" kata Rudi Wibisana di Klaten, Senin (3/5/2021).", "Rudi Wibisana", []),
    ("\"Belum,\" kata Rudi Wibisana di Klaten, Senin (3/5/2021).", "Rudi Wibisana", []),
])
def test_a_statement_is_organized_by_the_body_its_speaker_speaks_for(text, organizer, attendees):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert (doc.ents[ev.organizer].name, [doc.ents[k].name for k in ev.attendees]) == (organizer, attendees)


@pytest.mark.parametrize("text, attendees", [
    # the defendant of a case is named after the case: a defendant, not someone talked about
    ("Majelis hakim Pengadilan Negeri Klaten menjatuhkan vonis 7 tahun kepada terdakwa kasus suap Rudi Wibisana, "
     "Kamis (20/7/2017).", {"person:rudi-wibisana"}),
    # the sentence of the other defendant is the same hearing's
    ("Majelis hakim Pengadilan Negeri Klaten menjatuhkan vonis 7 tahun kepada terdakwa Rudi Wibisana, "
     "Kamis (20/7/2017). Sementara bagi terdakwa Bambang Sutejo majelis hakim menjatuhkan vonis 5 tahun.",
     {"person:rudi-wibisana", "person:bambang-sutejo"}),
])
def test_the_defendants_of_a_hearing(text, attendees):
    [ev] = run_alone(text, "events").events
    assert ev.event_type.label_en == "court hearing" and set(ev.attendees) == attendees


@pytest.mark.parametrize("text, organizer, venue", [
    # the body the article opens with acts in the story of its case
    ("Kejaksaan Negeri Sukamaju akan memeriksa Bupati Rudi Wibisana. Rudi diperiksa sebagai saksi, Selasa "
     "(20/2/2018).", "Kejaksaan Negeri Sukamaju", None),
    # ... also where it examines at another body's seat, which is the venue
    ("Kejaksaan Negeri Sukamaju langsung melakukan penggeledahan di Desa Contoh. Pemeriksaan dilakukan di Polres "
     "Klaten, Kamis (1/2/2018).", "Kejaksaan Negeri Sukamaju", "Polres Klaten"),
    # the body one is examined at examines, when the article opens with none
    ("Saat ini, lanjut Rudi Wibisana, Bambang Sutejo masih menjalani pemeriksaan di Kejaksaan Negeri Sukamaju, "
     "Rabu (14/6/2017).", "Kejaksaan Negeri Sukamaju", None),
    # a body that opens the article only saying something is no actor
    ("Kejaksaan Negeri Sukamaju mengatakan Bambang Sutejo menjalani pemeriksaan, Rabu (14/6/2017).", None, None),
])
def test_who_examines(text, organizer, venue):
    doc = run_alone(text, "events")
    [ev] = [ev for ev in doc.events if ev.event_type.label_en == "examination"]
    assert (doc.ents[ev.organizer].name if ev.organizer else None) == organizer
    assert (doc.ents[ev.location].name if ev.location else None) == venue


def test_the_stadium_a_team_travels_to_is_the_matchs_venue():
    text = ("Persiba Contoh baru akan kembali bertanding pada laga berikutnya, Senin (27/2/2017). Pada pertandingan "
            "berikutnya Persiba akan bertandang ke Stadion Sukamaju menghadapi Persikas Sukamaju.")
    doc = run_alone(text, "events")
    assert [doc.ents[ev.location].name for ev in doc.events] == ["Stadion Sukamaju"]


def test_a_visit_and_the_meeting_it_was_are_one_event():
    # the meeting told first by reference and then with its day and place is the visit's
    text = ("Sebanyak 20 duta besar hari ini mendatangi kediaman Bupati Sukamaju Rudi Wibisana. Dalam pertemuan "
            "tersebut, Rudi memaparkan rencana investasi.\n\n\"Kami senang,\" kata Bambang Sutejo usai mengikuti "
            "pertemuan di Kecamatan Tirtasari, Rabu (10/5/2017).")
    doc = run_alone(text, "events", date(2017, 5, 10))
    [ev] = doc.events
    assert ev.start == date(2017, 5, 10)
    # the one at whose residence it is receives the visitors; the place that day's sentence names is its venue
    assert (doc.ents[ev.organizer].name, doc.ents[ev.location].name) == ("Rudi Wibisana", "Tirtasari")


@pytest.mark.parametrize("later", [
    # a meeting the case's story tells is its background, not a part of the hearing
    "Rudi kemudian menemui Sutrisno Hadiwijaya di Kafe Contoh, Jakarta.",
    # a meeting denied did not happen
    "Rudi menampik pertemuan dengan Sutrisno Hadiwijaya di Hotel Contoh.",
    # a hearing of another, earlier day is another hearing
    "Dalam persidangan April lalu, jaksa menghadirkan Sutrisno Hadiwijaya sebagai saksi.",
])
def test_what_a_hearings_story_tells_besides_is_not_the_hearing(later):
    text = ("Rudi Wibisana menjadi saksi dalam sidang kasus suap dengan terdakwa Bambang Sutejo di Pengadilan Negeri "
            "Sukamaju, Senin (29/5/2017). " + later)
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert {"Rudi Wibisana", "Bambang Sutejo"} <= _attendee_names(doc) and "Sutrisno Hadiwijaya" not in _attendee_names(doc)
    assert "Contoh" not in doc.ents[ev.location].name


def test_a_region_that_ends_a_bodys_name_stays_in_the_venue():
    doc = run_alone("Rudi Wibisana mengembalikan formulir pendaftaran ke kantor DPD Partai Contoh Jawa Tengah, "
                    "Jalan Sukamaju, Semarang, Senin (3/5/2021).", "events")
    assert [doc.ents[ev.location].name for ev in doc.events] == ["kantor DPD Partai Contoh Jawa Tengah"]


@pytest.mark.parametrize("text, expected", [
    # a day and month in a name is no date ("Stadion 17 Mei")
    ("Persiba Contoh menjamu Sukamaju FC di Stadion 17 Mei, Sukamaju, pada laga pekan ke-7, Jumat (19/5/2017) siang.",
     [("match", date(2017, 5, 19))]),
    ("Jaksa Rudi Wibisana membacakan surat tuntutan di Pengadilan Negeri Klaten, Rabu (10/5/2017).",
     [("court hearing", date(2017, 5, 10))]),
])
def test_the_date_and_type_of_a_real_news_event(text, expected):
    assert [(ev.event_type.label_en, ev.start) for ev in run_alone(text, "events").events] == expected


def test_an_examination_going_on_the_day_of_a_statement():
    text = ("\"Sudah tersangka,\" kata Rudi Wibisana di Mapolres Klaten, Jumat (17/11/2017).\n\n"
            "Bambang Sutejo, kata Rudi, masih menjalani pemeriksaan di Unit Laka Lantas Polres Klaten.")
    kinds = [(ev.event_type.label_en, ev.start) for ev in run_alone(text, "events").events]
    assert ("examination", date(2017, 11, 17)) in kinds


@pytest.mark.parametrize("text, kinds", [
    ("Polisi menangkap Bambang Sutejo di Desa Sukamaju, Klaten, Jumat (17/11/2017).\n\n"
     "\"Dia sudah kami tahan,\" kata Rudi Wibisana di Mapolres Klaten, Jumat (17/11/2017).",
     ["arrest", "press conference"]),
    # the body where one is examined is its seat: a statement at another place is apart
    ("Saat ini, lanjut Rudi Wibisana, Bambang Sutejo masih menjalani pemeriksaan di Kejaksaan Negeri Sukamaju.\n\n"
     "\"Harus diusut,\" ujar Sutrisno Hadiwijaya di Gedung Contoh, Jakarta, Rabu (14/6/2017).\n\n"
     "\"Kami menunggu,\" ujar Rudi di gedung Kanwil Contoh, Jakarta, Rabu (14/6/2017).",
     ["examination", "press conference", "press conference"]),
    # nobody holds a flood: what its officer says at a place that day is a statement of its own, also when
    # those who accompany him lengthen the clause
    ("Banjir merendam Desa Sukamaju, Kamis (8/2/2018).\n\n\"Warga sudah mengungsi,\" kata Kepala BPBD Sukamaju, "
     "Rudi Wibisana didampingi petugas lapangan, Bambang Sutejo, di lokasi banjir, di Desa Sukamaju, Kamis (8/2/2018).",
     ["flood", "press conference"]),
])
def test_a_statement_given_elsewhere_on_the_day_of_an_event_is_an_event_too(text, kinds):
    assert [ev.event_type.label_en for ev in run_alone(text, "events").events] == kinds


@pytest.mark.parametrize("text, expected", [
    # a place in what was said is not where it was said
    ("Rudi Wibisana mengatakan Bambang Sutejo dilaporkan terpisah dari rombongannya setelah berjalan kaki di "
     "Masjid Contoh pada 1 Mei lalu.", []),
    # titles between the speaker and the place, and when it was said, are still the statement's clause
    ("\"Kami tumbuh,\" jelas Rudi Wibisana, Wakil Direktur PT Sukamaju Jaya, di Klaten, Senin (3/5/2021).",
     [("press conference", date(2021, 5, 3))]),
    ("\"Belum,\" ujar Rudi Wibisana saat ditemui usai salat Jumat di kantornya, Klaten, Jumat (30/4/2021).",
     [("press conference", date(2021, 4, 30))]),
    # a misspelt weekday is no name: its date stays ("Mingu (2/5)")
    ("Sukamaju FC membungkam Persiba Contoh 2-1 di Stadion Contoh, Mingu (2/5/2021) malam.",
     [("match", date(2021, 5, 2))]),
    # "tertangkap" alone is caught by a camera, not arrested
    ("Hal itu tertangkap jelas oleh kamera televisi, Senin (3/5/2021).", []),
])
def test_statements_and_dates_read_as_a_reader_does(text, expected):
    events = run_alone(text, "events", date(2021, 5, 4)).events
    assert [(ev.event_type.label_en, ev.start) for ev in events] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the day after "jelang" is that of the occurrence the match comes before, not the match's
    ("Persiba Contoh menjamu Sukamaju FC pada laga uji coba, Sabtu (6/3/2021). Laga itu adalah laga pertama "
     "jelang Liga Contoh yang bergulir pada 15 April mendatang.", date(2021, 3, 24), [("match", date(2021, 3, 6))]),
    # a disaster of years ago that the story compares with is background
    ("Gempa ini dekat dengan episenter gempa yang mengguncang Kabupaten Sukamaju pada 30 September pada 2019 silam.",
     date(2021, 5, 24), []),
    # a day said to come is this year's: a planned concert with its day is an event (convention 6),
    # and the concert of 1975 is none
    ("Band Contoh akan tampil di konser Sukamaju Rock di Stadion Contoh pada 29 September nanti.\n\nDi awal "
     "berdiri tahun 1975, band itu mengawal konser Band Lama di Gedung Contoh.", date(2021, 9, 2),
     [("concert", date(2021, 9, 29))]),
    # ... and one of last week is news
    ("Gempa mengguncang Kabupaten Sukamaju, Senin (17/5/2021).", date(2021, 5, 24),
     [("earthquake", date(2021, 5, 17))]),
])
def test_an_event_dated_half_a_year_before_the_article_is_background(text, published, expected):
    events = run_alone(text, "events", published).events
    assert [(ev.event_type.label_en, ev.start) for ev in events] == expected


@pytest.mark.parametrize("sentence, kind", [
    ("Tiga pasangan calon mengikuti debat publik di Hotel Contoh, Senin (3/5/2021).", "debate"),
    ("Rudi Wibisana memberikan kuliah umum di Universitas Contoh, Senin (3/5/2021).", "lecture"),
    ("Ribuan warga mengikuti doa bersama di Alun-alun Sukamaju, Senin (3/5/2021).", "prayer"),
    ("Bupati Sukamaju memberikan pengarahan kepada para camat, Senin (3/5/2021).", "briefing"),
    ("Malam puncak pemilihan Putri Sukamaju digelar di Gedung Contoh, Senin (3/5/2021).", "gala"),
    ("Ratusan guru mengikuti gerak jalan di Lapangan Contoh, Senin (3/5/2021).", "parade"),
    ("Rudi Wibisana finis kedua pada balapan di Sirkuit Contoh, Senin (3/5/2021).", "race"),
    ("Jabatan Kepala Dinas diserahterimakan dari Rudi Wibisana ke Bambang Sutejo, Senin (3/5/2021).",
     "inauguration"),
    ("Ratusan mahasiswa berdemo di depan Gedung DPRD Sukamaju, Senin (3/5/2021).", "protest"),
    ("Dua warga tewas ditembak di Desa Sukamaju, Senin (3/5/2021).", "shooting"),
    ("KPU Sukamaju menetapkan tiga pasangan calon, Senin (3/5/2021).", "determination"),
    ("Rudi Wibisana melaporkan akun itu ke Polres Sukamaju, Senin (3/5/2021).", "police report"),
    ("Polres Sukamaju menggerebek sebuah gudang di Desa Contoh, Senin (3/5/2021).", "raid"),
    ("PT Sukamaju Motor mengumumkan produk barunya di Jakarta, Senin (3/5/2021).", "announcement"),
])
def test_the_kinds_of_occurrence_real_news_reports(sentence, kind):
    doc = run_alone(sentence, "events")
    assert [(ev.event_type.label_en, ev.start) for ev in doc.events] == [(kind, date(2021, 5, 3))]


@pytest.mark.parametrize("text", [
    # a word that names an occurrence only with its own day: a plan, a topic, a habit without one is none
    "Pemilu di Kabupaten Sukamaju diperkirakan berlangsung ketat.",
    "KPU Sukamaju menggelar tahapan pilkada sesuai jadwal.",
    "Warga terus memantau ketinggian air sungai.",
    "Partai Contoh mengumumkan calonnya dalam waktu dekat.",
    # a football club's season told as a campaign is no campaign
    "Persiba Contoh membuka kampanye mereka dengan kekalahan.",
    # a hypothetical is no occurrence
    "Jika pemilihan presiden dilakukan hari ini, siapa yang akan Anda pilih?",
    # a day of the calendar that recurs is no occurrence
    "Peringatan Hari Contoh yang jatuh setiap tanggal 4 Mei disambut warga Sukamaju.",
])
def test_a_word_of_an_occurrence_without_its_own_day_is_no_event(text):
    assert run_alone(text, "events", date(2021, 5, 4)).events == []


def test_a_word_of_an_occurrence_gives_way_to_another_event_word_of_its_sentence():
    doc = run_alone("Bupati Sukamaju mengumumkan pembukaan pameran UMKM di Alun-alun Contoh, Senin (3/5/2021).",
                    "events")
    assert [ev.event_type.label_en for ev in doc.events] == ["exhibition"]


@pytest.mark.parametrize("published, expected", [
    (date(2021, 5, 10), [("determination", date(2021, 5, 3))]),
    # months before the article, such a day tells how the story came to be
    (date(2021, 9, 10), []),
])
def test_a_word_of_an_occurrence_dated_months_back_is_background(published, expected):
    events = run_alone("KPU Sukamaju menetapkan tiga pasangan calon, Senin (3/5/2021).", "events", published).events
    assert [(ev.event_type.label_en, ev.start) for ev in events] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence that tells several occurrences, each with its own day, tells several events
    ("KPU Sukamaju membuka pendaftaran calon pada 8 Januari 2018, menetapkan pasangan calon pada 12 Februari "
     "2018 dan memulai masa kampanye pada 15 Februari 2018.",
     [("candidate registration", date(2018, 1, 8)), ("determination", date(2018, 2, 12)),
      ("campaign", date(2018, 2, 15))]),
    # the last day of a range is the same occurrence's, and "maraton" there is no race
    ("Polres Sukamaju menggeledah kantor Dinas Contoh. Penggeledahan dilakukan maraton sejak 31 Januari hingga "
     "1 Februari 2018.", [("search", date(2018, 1, 31))]),
    # a day in a name is no day of another occurrence
    ("Persiba Contoh menjamu Sukamaju FC pada laga pekan ke-7, Jumat (19/1/2018), sebelum turnamen di Stadion "
     "17 Mei.", [("match", date(2018, 1, 19))]),
])
def test_each_occurrence_of_a_sentence_with_its_own_day(text, expected):
    events = run_alone(text, "events", date(2018, 2, 3)).events
    assert [(ev.event_type.label_en, ev.start) for ev in events] == expected


@pytest.mark.parametrize("text, expected", [
    # the lead tells the occurrence on its day: its undated match keeps that day, and a later match is another
    ("Sukamaju FC menutup musim dengan kemenangan 2-1 di kandang Persiba Contoh, Sabtu (27/5/2017).\n\n"
     "Meski laga ini tak lagi menentukan, Sukamaju FC menurunkan pemain terbaiknya.\n\n"
     "Persikas Contoh baru akan melakoni laga pamungkas pada Minggu (28/5/2017).",
     [date(2017, 5, 27), date(2017, 5, 28)]),
    # the lead's day dates a report: its undated festival is the one told later with its days
    ("Bupati Rudi Wibisana mengajak wisatawan menikmati Festival Danau Sukamaju yang digelar di Kabupaten Poso.\n\n"
     "\"Kami ingin wisatawan datang,\" kata Rudi dalam rilis yang diterima di Jakarta, Jumat (28/10/2016).\n\n"
     "Festival Danau Sukamaju akan digelar 2 hingga 5 November 2016 di Kota Tentena.",
     [date(2016, 11, 2)]),
    # ... but one of its type told weeks before that day is an earlier one, not the lead's told again
    ("Hakim tunggal Pengadilan Negeri Sukamaju Rudi Wibisana menunda sidang praperadilan Bambang Sutejo.\n\n"
     "\"Sidang ditutup,\" kata Rudi di ruang sidang Pengadilan Negeri Sukamaju, Senin (22/5/2017).\n\n"
     "Dalam persidangan pada Kamis (4/5/2017) lalu, Bambang mencabut keterangannya.",
     [date(2017, 5, 22), date(2017, 5, 4)]),
    # ... unless the lead tells its own as background: then it is the one dated later
    ("Kantor Konsulat Sukamaju mengizinkan Bambang Sutejo pulang. Sebelumnya ia ditangkap karena dokumennya.\n\n"
     "\"Ia boleh pulang,\" kata Rudi Wibisana dalam surat tertulis, Senin (22/5/2017).\n\n"
     "Bambang ditangkap pada 4 Mei 2017 lalu.",
     [date(2017, 5, 4)]),
])
def test_the_lead_occurrence_keeps_the_day_the_lead_tells_it_on(text, expected):
    events = run_alone(text, "events", date(2017, 5, 28) if "2017" in text else date(2016, 10, 28)).events
    assert [ev.start for ev in events] == expected


_STILL_TO_COME = ("Persija Sukamaju menang 2 - 1 di kandang Persib Sukamaju, Sabtu (27/5/2017).\n\nLaga itu "
                  "berlangsung ketat. Mereka unggul atas Persebaya Sukamaju, yang baru akan melakoni laga "
                  "pamungkas pada Minggu (28/5/2017).\n\nSusunan pemain: Rudi Wibisana, Bambang Sutejo.")


@pytest.mark.parametrize("published, expected", [
    # told on its own day as still to come: it ends no part, the line-ups are of the match played
    (date(2017, 5, 28), [(date(2017, 5, 27), True), (date(2017, 5, 28), False)]),
    # told a day after it (so no longer to come): it keeps its part
    (date(2017, 5, 29), [(date(2017, 5, 27), False), (date(2017, 5, 28), True)]),
])
def test_a_later_event_still_to_come_ends_no_part(published, expected):
    doc = run_alone(_STILL_TO_COME, "events", published)
    assert [(ev.start, "person:rudi-wibisana" in ev.attendees) for ev in doc.events] == expected


@pytest.mark.parametrize("text, kind, sides", [
    # a draw is a match ("menahan seri", "ditahan imbang"), and the side named right after its word plays
    ("Persija Sukamaju menahan seri FC Sukamaju 0-0 di Stadion Sukamaju, Rabu (19/4/2017).", "match",
     ["org:fc-sukamaju"]),
    ("Persija Sukamaju mengalahkan FC Sukamaju 2-1 di Stadion Sukamaju, Rabu (19/4/2017).", "match",
     ["org:fc-sukamaju"]),
    # holding a suspect stays a detention
    ("Kejaksaan Negeri Sukamaju menahan Rudi Wibisana di Rutan Sukamaju, Rabu (19/4/2017).", "detention", []),
])
def test_a_draw_is_a_match_with_both_sides(text, kind, sides):
    x = extract(Article("a", text, published=date(2017, 4, 20)))
    [ev] = x.events
    assert ev.event_type.label_en == kind
    assert [k for k in ev.attendees if k.startswith("org:")] == sides


@pytest.mark.parametrize("text, taking_part, not_taking_part", [
    # the prosecutor speaks in the hearing and takes part, with the body that prosecutes
    ("Saat membacakan tuntutan terhadap terdakwa Bambang Sutejo di Pengadilan Negeri Sukamaju, Rabu (31/5/2017), "
     "Jaksa Penuntut Umum Kejaksaan Negeri Sukamaju Rudi Wibisana menyebut kerugian negara mencapai Rp 2 miliar.",
     ["person:bambang-sutejo", "person:rudi-wibisana", "org:kejaksaan-negeri-sukamaju"], []),
    # a lawyer who comments is no party acting in it
    ("Kuasa hukum Bambang, Rudi Wibisana mengatakan majelis hakim akan membacakan putusan untuk terdakwa "
     "Bambang Sutejo di Pengadilan Negeri Sukamaju, Rabu (31/5/2017).",
     ["person:bambang-sutejo"], ["person:rudi-wibisana"]),
])
def test_the_parties_of_a_hearing(text, taking_part, not_taking_part):
    x = extract(Article("a", text, published=date(2017, 6, 1)))
    [ev] = x.events
    assert ev.event_type.label_en == "court hearing"
    assert [k for k in taking_part if k in ev.attendees] == taking_part
    assert [k for k in not_taking_part if k in ev.attendees] == []


@pytest.mark.parametrize("text, organizer", [
    # the agent after a passive verb of hosting may carry a title before the name
    ("Bambang Sutejo sudah dilantik oleh Presiden Rudi Wibisana sebagai Kepala Staf, Rabu (19/4/2017) lalu di "
     "Istana Negara.", "person:rudi-wibisana"),
    ("Rapat itu dipimpin oleh Bupati Sukamaju Rudi Wibisana di Balai Desa Sukamaju, Rabu (19/4/2017).",
     "person:rudi-wibisana"),
    ("Bambang Sutejo sudah dilantik oleh Rudi Wibisana sebagai Kepala Staf, Rabu (19/4/2017) lalu di "
     "Istana Negara.", "person:rudi-wibisana"),
])
def test_the_titled_agent_of_a_passive_verb_organizes(text, organizer):
    x = extract(Article("a", text, published=date(2017, 4, 20)))
    [ev] = x.events
    assert ev.organizer == organizer
    assert organizer not in ev.attendees


@pytest.mark.parametrize("publisher, url, outlet_taking_part", [
    # the outlet that met the speaker only reports: named by its publisher or by its site's host
    ("kabar sukamaju", None, False),
    (None, "https://www.kabarsukamaju.com/berita/1", False),
    # another outlet's name is not the article's own
    ("warta contoh", "https://www.wartacontoh.com/berita/1", True),
])
def test_the_outlet_takes_part_in_nothing(publisher, url, outlet_taking_part):
    text = ("Dinas Perikanan Sukamaju menggelar pameran ikan di Balai Desa Sukamaju, Sabtu (1/4/2017). Rudi "
            "Wibisana mengatakan hal itu saat ditemui oleh KabarSukamaju di sela acara.")
    x = extract(Article("a", text, published=date(2017, 4, 2), publisher=publisher, url=url))
    [ev] = x.events
    names = {e.key: e.name for e in (*x.people, *x.organizations)}
    assert "Rudi Wibisana" in [names.get(k) for k in ev.attendees]
    assert ("KabarSukamaju" in [names.get(k) for k in ev.attendees]) == outlet_taking_part


@pytest.mark.parametrize("text, venue", [
    # no place named: the region the government body that held it serves
    ("Komisi Pemilihan Umum Kabupaten Klaten menggelar rapat pleno, Senin (3/5/2021).", "place:klaten-regency"),
    # a place named wins over it
    ("Komisi Pemilihan Umum Kabupaten Klaten menggelar rapat pleno di Hotel Contoh, Senin (3/5/2021).",
     "place:hotel-contoh-venue"),
    # a whole country is no seat
    ("Pemerintah Indonesia menggelar rapat pleno, Senin (3/5/2021).", None),
])
def test_an_event_without_a_place_is_held_where_its_body_sits(text, venue):
    [ev] = run_alone(text, "events").events
    assert ev.location == venue


def test_a_body_in_the_title_of_a_person_visited_holds_nothing():
    doc = run_alone("Sebanyak 20 duta besar mendatangi kediaman Ketua Umum Partai Contoh Rudi Wibisana, "
                    "Senin (3/5/2021).", "events")
    [ev] = doc.events
    assert not (ev.organizer or "").startswith("org:")


@pytest.mark.parametrize("text, attends, absent", [
    # the building an event is held in, read as a body, and its short form in brackets hold it
    ("Pameran batik dibuka Bupati Sukamaju Rudi Wibisana di Gedung Serbaguna Sukamaju (GSS), Senin (3/5/2021).",
     {"Rudi Wibisana"}, {"Gedung Serbaguna Sukamaju", "GSS"}),
    ("Festival itu dihadiri Bambang Sutejo di Balai Sidang Tirtasari (BST), Senin (3/5/2021).",
     {"Bambang Sutejo"}, {"Balai Sidang Tirtasari", "BST"}),
    ("Pameran batik dibuka di Sukamaju Convention Center (SCC), Senin (3/5/2021).", set(), {"Sukamaju Convention Center"}),
    # ... and the other name it goes by after "atau"
    ("Kuliah umum itu dihadiri oleh mahasiswa Universitas Sukamaju di Pusat Kajian Islam Contoh atau Contoh Centre "
     "for Islamic Studies (CCIS), Senin (3/5/2021).", {"Universitas Sukamaju"}, {"Contoh Centre for Islamic Studies"}),
    # "di antaranya" names no place: who is listed after it attends
    ("Pameran batik dibuka di Sukamaju, Senin (3/5/2021). Pameran itu dihadiri di antaranya Dinas Koperasi "
     "Sukamaju serta Bambang Sutejo.", {"Dinas Koperasi Sukamaju", "Bambang Sutejo"}, set()),
])
def test_the_place_an_event_is_held_at_does_not_attend_it(text, attends, absent):
    got = _attendee_names(run_alone(text, "events"))
    assert attends <= got
    assert not absent & got


@pytest.mark.parametrize("text, attends, absent", [
    # a prosecutor named in a reporting clause later in the hearing's part, and the body he prosecutes for
    ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). Saksi mengaku "
     "ditekan. \"Siapa yang menekan?\" tanya jaksa penuntut umum Kejaksaan Negeri Sukamaju, Rudi Wibisana, kepada "
     "saksi.", {"Bambang Sutejo", "Rudi Wibisana", "Kejaksaan Negeri Sukamaju"}, set()),
    ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). Keterangan "
     "saksi dianggap berbohong oleh jaksa penuntut umum Kejaksaan Negeri Sukamaju.",
     {"Bambang Sutejo", "Kejaksaan Negeri Sukamaju"}, set()),
    # the judge of a pretrial hearing ("hakim tunggal")
    ("Sidang praperadilan Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). Kuasa hukum "
     "Bambang menilai penetapan tersangka itu tidak sah. Permohonan itu diperiksa hakim tunggal Rudi Wibisana.",
     {"Rudi Wibisana"}, set()),
    # a judge's title that ends the sentence before is not the next name's ("… majelis hakim Mahkamah Konstitusi.
    # Bupati Rudi …")
    ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). Gugatan "
     "sebelumnya ditolak oleh majelis hakim Mahkamah Konstitusi. Bupati Rudi Wibisana mengapresiasi putusan itu.",
     {"Bambang Sutejo"}, {"Rudi Wibisana"}),
    # a prosecutor only named inside a quotation takes no part for that
    ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). \"Saya sudah "
     "bertemu jaksa Rudi Wibisana,\" kata Bambang.", {"Bambang Sutejo"}, {"Rudi Wibisana"}),
])
def test_the_prosecutors_and_judges_named_in_a_hearings_part_take_part(text, attends, absent):
    got = _attendee_names(run_alone(text, "events"))
    assert attends <= got
    assert not absent & got


@pytest.mark.parametrize("text, attends, absent", [
    # the official whose reporting clause tells of an arrest, with a short form in brackets in his title
    ("Bambang Sutejo ditangkap petugas, Senin (3/5/2021), kata Kapolres Sukamaju Barat (SB) AKBP Rudi Wibisana "
     "di Sukamaju, Selasa.", {"Bambang Sutejo"}, {"Rudi Wibisana"}),
    # one only talked about, with a short form in brackets in his title
    ("Wali Kota Sukamaju Bambang Sutejo menggelar rapat, Senin (3/5/2021). Ia memuji kebijakan Kepala Badan "
     "Narkotika Nasional (BNN) Komjen Rudi Wibisana.", set(), {"Rudi Wibisana"}),
    ("Wali Kota Sukamaju Bambang Sutejo menggelar rapat, Senin (3/5/2021). Rapat itu membahas dukungan terhadap "
     "Ketua Komisi Pemberantasan Korupsi (KPK) Rudi Wibisana.", set(), {"Rudi Wibisana"}),
])
def test_a_short_form_in_brackets_in_a_title_does_not_hide_who_tells_or_is_talked_about(text, attends, absent):
    got = _attendee_names(run_alone(text, "events"))
    assert attends <= got
    assert not absent & got


@pytest.mark.parametrize("text, attends, absent", [
    # "Menurut X, …": X tells of the arrest
    ("Polres Sukamaju menangkap Bambang Sutejo, Senin (3/5/2021). Menurut Kapolres Sukamaju Rudi Wibisana, "
     "Bambang ditangkap di rumahnya.", {"Bambang Sutejo"}, {"Rudi Wibisana"}),
    # ... and one named right after it otherwise is still taken ("menurut" opens no other clause here)
    ("Polres Sukamaju menangkap Bambang Sutejo dan Rudi Wibisana, Senin (3/5/2021).",
     {"Bambang Sutejo", "Rudi Wibisana"}, set()),
])
def test_the_one_an_arrest_is_told_after_does_not_take_part(text, attends, absent):
    got = _attendee_names(run_alone(text, "events"))
    assert attends <= got
    assert not absent & got


@pytest.mark.parametrize("text, attends, absent", [
    # the other side named right after the event's word: "dengan", "antara … dan …"
    ("Dinas Pertanian Sukamaju menggelar rapat koordinasi dengan Kelompok Tani Maju Jaya di Balai Desa Contoh, "
     "Senin (3/5/2021).", {"Kelompok Tani Maju Jaya"}, set()),
    ("Pemerintah Kabupaten Sukamaju menandatangani nota kesepahaman dengan PT Contoh Jaya Abadi di Sukamaju, "
     "Senin (3/5/2021).", {"PT Contoh Jaya Abadi"}, set()),
    ("Pertemuan antara Dinas Pertanian Kabupaten Sukamaju dan Kelompok Tani Maju Jaya digelar di Balai Desa "
     "Contoh, Senin (3/5/2021).", {"Dinas Pertanian Kabupaten Sukamaju", "Kelompok Tani Maju Jaya"}, set()),
    # not the venue, nor a body after the clause ends ("sebelum acara …", "…, kata …")
    ("Rudi Wibisana bertemu dengan Bambang Sutejo di Kantor Dinas Pertanian Sukamaju sebelum acara Pekan Raya "
     "Sukamaju, Senin (3/5/2021).", {"Rudi Wibisana", "Bambang Sutejo"},
     {"Kantor Dinas Pertanian Sukamaju", "Dinas Pertanian Sukamaju", "Pekan Raya Sukamaju"}),
    # nor the body of a person named after it (a title in lowercase), nor the body of a title
    ("Kejaksaan Negeri Sukamaju menggelar pertemuan dengan mantan anggota Komisi II dari fraksi Partai Contoh, "
     "Rudi Wibisana, Senin (3/5/2021).", {"Rudi Wibisana"}, {"Komisi II", "Partai Contoh"}),
    ("Rudi Wibisana menggelar rapat dengan Kepala Dinas Koperasi Sukamaju Bambang Sutejo, Senin (3/5/2021).",
     {"Bambang Sutejo"}, {"Dinas Koperasi Sukamaju"}),
    # "dengan" that names no side of it
    ("Laga berakhir dengan skor 2-1 bagi Persiba Contoh di Stadion Sukamaju, Senin (3/5/2021).", set(), set()),
])
def test_the_other_side_of_a_meeting_or_an_agreement_takes_part(text, attends, absent):
    got = _attendee_names(run_alone(text, "events"))
    assert attends <= got
    assert not absent & got


@pytest.mark.parametrize("text, attends, absent", [
    # who speaks of an arrest comments, also with an adverb before the verb ("kemudian", "juga", "yang")
    ("Polres Sukamaju menangkap Bambang Sutejo, Senin (3/5/2021). Kapolres Sukamaju Rudi Wibisana kemudian "
     "menjelaskan, Bambang ditangkap di rumahnya.", {"Bambang Sutejo"}, {"Rudi Wibisana"}),
    ("Polres Sukamaju menangkap Bambang Sutejo, Senin (3/5/2021). Rudi Wibisana juga menilai penangkapan "
     "Bambang sudah tepat.", {"Bambang Sutejo"}, {"Rudi Wibisana"}),
])
def test_who_speaks_of_an_arrest_after_an_adverb_does_not_take_part(text, attends, absent):
    got = _attendee_names(run_alone(text, "events"))
    assert attends <= got
    assert not absent & got


@pytest.mark.parametrize("text, attends, absent", [
    # a later sentence of a hearing that tells an earlier step of the case ("telah divonis", "sempat diperiksa")
    ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). Dalam "
     "perkara ini, Rudi Wibisana sebagai pemberi suap telah divonis dua tahun penjara.",
     {"Bambang Sutejo"}, {"Rudi Wibisana"}),
    ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). Dalam "
     "persidangan, Rudi Wibisana beberapa kali mangkir saat dipanggil sebagai saksi.",
     {"Bambang Sutejo"}, {"Rudi Wibisana"}),
    # ... of an arrest too
    ("Polres Sukamaju menangkap Bambang Sutejo, Senin (3/5/2021). Rekannya, Rudi Wibisana, sebelumnya "
     "ditangkap dalam kasus yang sama.", {"Bambang Sutejo"}, {"Rudi Wibisana"}),
    # a later sentence that tells the occurrence itself still names who took part in it
    ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). Dalam "
     "persidangan, saksi Rudi Wibisana mengaku menerima uang.", {"Bambang Sutejo", "Rudi Wibisana"}, set()),
    # being there already is the occurrence itself ("sudah hadir di ruang sidang")
    ("Sidang dengan terdakwa Bambang Sutejo digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021). Bupati "
     "Sukamaju Rudi Wibisana juga terlihat sudah hadir di ruang persidangan.", {"Bambang Sutejo", "Rudi Wibisana"},
     set()),
    # the word inside a quotation says nothing of the sentence's own telling
    ("Polres Sukamaju menangkap Bambang Sutejo, Senin (3/5/2021). \"Penangkapan itu sudah sesuai prosedur yang "
     "berlaku di kepolisian,\" ujar Rudi Wibisana saat penangkapan.", {"Bambang Sutejo"}, set()),
])
def test_a_later_sentence_telling_an_earlier_step_of_the_case_names_nobody_taking_part(text, attends, absent):
    got = _attendee_names(run_alone(text, "events"))
    assert attends <= got
    assert not absent & got


@pytest.mark.parametrize("text, attends, absent", [
    # a team named in a later sentence of the match, as its subject or after "menghadapi"
    ("Sukamaju FC menang 2-1 di Stadion Sukamaju, Senin (3/5/2021). Dalam laga itu, Sukamaju FC tampil "
     "menyerang sejak awal.", {"Sukamaju FC"}, set()),
    ("Laga perdana liga digelar di Stadion Sukamaju, Senin (3/5/2021). Laga itu menjadi modal Sukamaju FC "
     "menghadapi Persatuan Sepak Bola Contoh.", {"Sukamaju FC", "Persatuan Sepak Bola Contoh"}, set()),
    # not the body of a title, nor one named in a quotation
    ("Sukamaju FC menang 2-1 di Stadion Sukamaju, Senin (3/5/2021). \"Laga itu berat karena Persatuan Sepak "
     "Bola Contoh bermain bagus sekali,\" kata pelatih Rudi Wibisana.", set(), {"Persatuan Sepak Bola Contoh"}),
])
def test_the_teams_a_matchs_sentences_name_play_it(text, attends, absent):
    got = _attendee_names(run_alone(text, "events"))
    assert attends <= got
    assert not absent & got


# an occurrence told outside the first paragraph with no day: kept, with no date, when the
# sentence reports it done (its verb, a doer or undergoer named or counted), not when it hopes,
# tells background, describes a speaker or only names the word in a subordinate clause
_LEAD = "Kasus pencurian sapi di Kabupaten Sukamaju terus bergulir.\n\n"


@pytest.mark.parametrize("sentence, expected", [
    ("Penyidik Polres Sukamaju telah menahan tiga orang dalam perkara ini.", [("detention", None)]),
    ("Bambang Sutejo ditembak mati di mobilnya bulan lalu.", [("shooting", None)]),
    ("Pebalap asal Sukamaju itu mengalami kecelakaan saat berlatih motokros.", [("accident", None)]),
    ("Dia berharap peluncuran aplikasi itu tetap sesuai target.", []),
    ("Rudi Wibisana pernah ditangkap Polres Sukamaju karena kasus serupa.", []),
    ("Rudi Wibisana ditangkap Polres Sukamaju pada 2012 karena kasus serupa.", []),
    ("Mantan atlet menembak Rudi Wibisana itu mengatakan kasusnya sudah lama.", []),
    ("Warga sempat menerima bantuan sebelum diluncurkan.", []),
    ("Sebagian warga menyarankan untuk melakukan demonstrasi di depan kantor Bupati Sukamaju.", []),
    ("Wanita itu berjalan sambil terus menundukkan wajah.", []),
    ("Nyali mereka mengalahkan rasa sakit yang diderita.", []),
    ("Menahan Lapar Terlalu Lama", []),
])
def test_an_occurrence_reported_done_without_a_day(sentence, expected):
    x = extract(Article("a", _LEAD + sentence, published=date(2017, 5, 4)))
    assert [(ev.event_type.label_en, ev.start) for ev in x.events] == expected


# a sentence with no event word that dates what happened, as news does, is an occurrence of that
# day (of no known kind, nobody known to take part), unless it tells a statement, a plan, a hope,
# what did not happen or was called off, a state ("per"), or a day an event of the article has
@pytest.mark.parametrize("text, expected", [
    ("Klub Sukamaju resmi merekrut Rudi Wibisana sebagai pelatih, Kamis (16/2).", [("event", date(2017, 2, 16))]),
    ("Rudi Wibisana mendarat di Kota Sukamaju untuk bergabung dengan klub barunya, Kamis (16/2).",
     [("event", date(2017, 2, 16))]),
    ("Klub Sukamaju akan merekrut Rudi Wibisana sebagai pelatih, Kamis (23/2).", []),
    # (a word of not happening negates the verb it stands before, not a word elsewhere in the sentence)
    ("Bus rombongan Rudi Wibisana dilempari batu oleh orang tidak dikenal di Jalan Tol Sukamaju, Kamis (16/2).",
     [("event", date(2017, 2, 16))]),
    ("Klub Sukamaju belum merekrut Rudi Wibisana sebagai pelatih, Kamis (16/2).", []),
    ("Klub Sukamaju tidak jadi merekrut Rudi Wibisana sebagai pelatih, Kamis (16/2).", []),
    ("Klub Sukamaju berharap bisa merekrut Rudi Wibisana, Kamis (16/2).", []),
    ("Klub Sukamaju batal merekrut Rudi Wibisana, Kamis (16/2).", []),
    ("Klub Sukamaju tidak merekrut Rudi Wibisana, Kamis (16/2).", []),
    ("Klub itu sudah ditonton 2 juta kali per Kamis (16/2).", []),
    ("Pelatih Rudi Wibisana mengatakan klubnya siap, Kamis (16/2).", []),
    ("Kamis (16/2) adalah hari terakhir masa transfer.", []),  # (no verb: a day of the calendar)
    # (what another outlet reported: the report, not an occurrence)
    ("Kemarin (17/2), Harian Sukamaju melaporkan kenaikan harga cabai di pasar induk.", []),
    ("Diberitakan Kamis (16/2), harga cabai di pasar induk Kota Sukamaju naik.", []),
    ("Kabar itu menjadi berita utama dalam harian Suara Sukamaju edisi Kamis (16/2).", []),  # (an issue's day)
    ("Klub Sukamaju merekrut Rudi Wibisana pada 16 Februari 2016.", []),  # (a year before: background)
    # (a day an event of the article has: that event)
    ("Polres Sukamaju menangkap Rudi Wibisana, Kamis (16/2). Rudi dibawa ke Mapolres Sukamaju, Kamis (16/2).",
     [("arrest", date(2017, 2, 16))]),
])
def test_an_occurrence_of_a_day_no_event_word_names(text, expected):
    x = extract(Article("a", text, published=date(2017, 2, 18)))
    assert [(ev.event_type.label_en, ev.start) for ev in x.events] == expected


def test_an_occurrence_of_no_known_kind_is_named_from_its_verb_not_its_day():
    x = extract(Article("a", "Klub Sukamaju resmi merekrut Rudi Wibisana sebagai pelatih, Kamis (16/2).",
                        published=date(2017, 2, 18)))
    [ev] = x.events
    assert ev.name == "Merekrut Rudi Wibisana sebagai pelatih"


def test_an_occurrence_of_no_known_kind_has_the_people_its_sentence_names_as_attendees():
    x = extract(Article("a", "Klub Sukamaju resmi merekrut Rudi Wibisana dan Bambang Sutejo, Kamis (16/2).",
                        published=date(2017, 2, 18)))
    [ev] = x.events
    assert ev.attendees == ("person:rudi-wibisana", "person:bambang-sutejo")


# a statement whose place and day stand between its speaker and the verb (a news agency's style)
@pytest.mark.parametrize("text, expected", [
    ("Menteri Perhubungan Rudi Wibisana di Kota Sukamaju, Minggu, mengatakan jalur kereta api segera dibangun.",
     [("press conference", date(2017, 10, 8))]),
    ("Kepala Dinas Pariwisata Rudi Wibisana di Sukamaju, Sabtu (7/10), menjelaskan jumlah wisatawan naik.",
     [("press conference", date(2017, 10, 7))]),
    # (no person named right before the place: nobody known gave it)
    ("Warga di Kota Sukamaju, Minggu, mengatakan air sudah surut.", []),
])
def test_a_statement_placed_and_dated_before_its_verb(text, expected):
    x = extract(Article("a", text, published=date(2017, 10, 9)))
    assert [(ev.event_type.label_en, ev.start) for ev in x.events] == expected
