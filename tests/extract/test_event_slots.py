"""The slots of an event: its date, venue and organizer, on invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from .conftest import run_alone


@pytest.mark.parametrize("text, venue", [
    # a body named right after "di" is where it was held: its seat, not the region its name ends with
    ("Sidang perceraian Rudi Wibisana digelar di Pengadilan Agama Sukamaju Barat, Rabu (24/1/2018).",
     "Pengadilan Agama Sukamaju Barat"),
    ("Rapat koordinasi para camat digelar di Dinas Perikanan Sukamaju, Senin (3/5/2021).", "Dinas Perikanan Sukamaju"),
    ("Rapat koordinasi para camat digelar di Pengadilan Negeri Sukamaju, Senin (3/5/2021).",
     "Pengadilan Negeri Sukamaju"),
    # a place named after "di" is the venue still; a body not of the government is no place
    ("Band Contoh dijadwalkan tampil di Liga Sepak Bola Sukamaju (LSS) pada pertandingan final, Minggu (1/10/2017).",
     None),
    ("Dinas Perikanan Sukamaju menggelar pelatihan di Desa Tirtasari, Senin (3/5/2021).", "Tirtasari"),
])
def test_the_seat_of_a_body_named_after_di_is_the_venue(text, venue):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert (doc.ents[ev.location].name if ev.location else None) == venue


@pytest.mark.parametrize("text, venue", [
    # the region a government body's name ends with is where it sits
    ("Komisi Pemilihan Umum Kabupaten Klaten menggelar rapat pleno, Senin (3/5/2021).", "Klaten"),
    # not a region read inside the body's name: no venue rather than a wrong one
    ("Polda Metro Jaya menggelar rapat koordinasi, Senin (3/5/2021).", None),
])
def test_the_region_a_body_sits_in(text, venue):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert (doc.ents[ev.location].name if ev.location else None) == venue


@pytest.mark.parametrize("text, organizer", [
    # the agent of a relative clause right after the event's word organizes it
    ("Bupati Sukamaju Rudi Wibisana dan istrinya diciduk dalam OTT yang dilakukan KPK, Selasa (20/6/2017).",
     "Komisi Pemberantasan Korupsi"),
    # or of the occasion the event was part of
    ("Ketiganya ditangkap serentak saat operasi pungli yang digelar Polres Sukamaju, Selasa (20/6/2017).",
     "Polres Sukamaju"),
    # not the one who did what the event is about
    ("Rudi Wibisana ditangkap polisi terkait korupsi proyek yang dilakukan Bambang Sutejo, Selasa (20/6/2017).", None),
    # not in what someone said
    ('"Kami ditangkap saat operasi yang digelar Polres Sukamaju," kata Rudi Wibisana, Selasa (20/6/2017).', None),
])
def test_the_agent_of_a_clause_after_the_events_word_organizes_it(text, organizer):
    doc = run_alone(text, "events")
    organizers = [ev.organizer for ev in doc.events if ev.event_type.label_en == "arrest"]
    assert len(organizers) <= 1
    found = doc.ents[organizers[0]] if organizers and organizers[0] else None
    if organizer is None:
        assert found is None
    else:
        assert found and organizer in {found.name, *found.aliases}


@pytest.mark.parametrize("text, organizer", [
    # the unit of the body the speaker's post heads, when the article names it
    ('Direktorat Lalu Lintas Polda Sukamaju menutup jalan itu. "Jalan ditutup," kata Direktur Lalu Lintas Polda '
     'Sukamaju Rudi Wibisana di Mapolda Sukamaju, Rabu (6/12/2017).', "Direktorat Lalu Lintas Polda Sukamaju"),
    # else the body his title names
    ('"Jalan ditutup," kata Direktur Lalu Lintas Polda Sukamaju Rudi Wibisana di Mapolda Sukamaju, Rabu (6/12/2017).',
     "Polda Sukamaju"),
    # the body of his post when the article names it on its own, not only in his title
    ('Kementerian Perhubungan menutup pelabuhan itu. "Pelabuhan ditutup," ujar Menhub Rudi Wibisana di '
     'Hotel Melati, Jakarta, Selasa (22/8/2017).', "Kementerian Perhubungan"),
    ('"Pelabuhan ditutup," ujar Menhub Rudi Wibisana di Hotel Melati, Jakarta, Selasa (22/8/2017).',
     "Rudi Wibisana"),
])
def test_a_statement_is_given_by_the_body_the_speakers_post_is_of(text, organizer):
    doc = run_alone(text, "events")
    [ev] = [ev for ev in doc.events if ev.event_type.label_en == "press conference"]
    found = doc.ents[ev.organizer]
    assert organizer in {found.name, *found.aliases}


@pytest.mark.parametrize("text, organizer", [
    # the body the speaker speaks for gives the press conference the reporting clause names
    ('"Tim penyidik menyita sejumlah dokumen," kata Wakil Ketua Dinas Perikanan Sukamaju Rudi Wibisana saat '
     'jumpa pers di Gedung Melati, Jumat (2/2/2018).', "Dinas Perikanan Sukamaju"),
    # a speaker who speaks for no body named beside him gives it no organizer here
    ('"Kami siap," kata Rudi Wibisana saat jumpa pers di Gedung Melati, Jumat (2/2/2018).', None),
])
def test_a_press_conference_is_given_by_the_body_its_speaker_speaks_for(text, organizer):
    doc = run_alone(text, "events")
    [ev] = [ev for ev in doc.events if ev.event_type.label_en == "press conference"]
    assert (doc.ents[ev.organizer].name if ev.organizer else None) == organizer


@pytest.mark.parametrize("text, organizer", [
    # the subject of the active verb organizes
    ("Dinas Perikanan Sukamaju menggelar pelatihan di Balai Desa Tirtasari, Senin (3/5/2021).",
     "Dinas Perikanan Sukamaju"),
    ('"Kami siap," ujar Rudi Wibisana usai menggelar rapat koordinasi di kantornya, Senin (3/5/2021).',
     "Rudi Wibisana"),
    # not the speaker of a reporting clause set off by commas
    ("Tiga hari kemudian, kata Rudi Wibisana, salah satu pelaku kembali melakukan pertemuan di Hotel Melati, "
     "Senin (7/8/2017).", None),
    # not one whose clause "bahwa" or a verb of saying and a comma end: the verb is in what was said
    ("Dinas Perikanan Sukamaju menyampaikan, para nelayan melakukan pertemuan di Balai Desa Tirtasari, "
     "Senin (3/5/2021).", None),
    ("Rudi Wibisana mengakui bahwa para pengunjung hanya melakukan pertemuan di Hotel Melati, Senin (3/5/2021).",
     None),
    # not a name inside a quotation the verb is not in
    ('"Itu tugas Dinas Perikanan Sukamaju," katanya usai menggelar rapat di Hotel Melati, Senin (3/5/2021).',
     None),
    # not the source a report cites: the one it is "according to" does not act
    ("Warga menurut Kepala Desa Rudi Wibisana menggelar rapat di Balai Desa Tirtasari, Senin (3/5/2021).", None),
    ("Nelayan, mengutip keterangan Dinas Perikanan Sukamaju, menggelar rapat di Balai Desa Tirtasari, "
     "Senin (3/5/2021).", None),
    ("Dinas Perikanan Sukamaju menurut Rudi Wibisana menggelar rapat di Balai Desa Tirtasari, Senin (3/5/2021).",
     "Dinas Perikanan Sukamaju"),
    # a first such verb without a subject in a clause a comma closes: the subject of the next one
    ("Setelah menggelar rapat di Balai Desa Tirtasari, Dinas Perikanan Sukamaju melaksanakan pelatihan, "
     "Senin (3/5/2021).", "Dinas Perikanan Sukamaju"),
    # ... not a name of the clause before the comma
    ("Setelah menggelar rapat bersama Rudi Wibisana, para nelayan melaksanakan pelatihan, Senin (3/5/2021).", None),
    # a team named by an agent's noun and its body acts for that body
    ("Badan Pengawas Obat Sukamaju (BPOS) menggelar operasi di Kota Sukamaju. Selain mengamankan Bambang Sutejo, "
     "Tim Satgas BPOS juga menangkap tiga orang lainnya, Senin (3/5/2021).", "Badan Pengawas Obat Sukamaju"),
])
def test_the_organizer_is_the_subject_of_its_verb(text, organizer):
    doc = run_alone(text, "events")
    [ev] = [ev for ev in doc.events if ev.event_type.label_en != "press conference"]
    assert (doc.ents[ev.organizer].name if ev.organizer else None) == organizer


@pytest.mark.parametrize("text, organizer", [
    # the event's own word is an active verb: its subject does it
    ('"Korban dirawat dengan baik," kata Menteri Kelautan Rudi Wibisana usai membesuk korban di RSUD Sukamaju, '
     'Senin (2/1/2017).', "Rudi Wibisana"),
    ("Rudi Wibisana mencontohkannya dengan pengalaman saat memantau tanggul jebol di Desa Tirtasari, "
     "Jumat (20/10/2017).", "Rudi Wibisana"),
    ("Dewan Kota Sukamaju dengan suara bulat mengumumkan status darurat kekeringan, Senin (22/5/2017).",
     "Dewan Kota Sukamaju"),
    # not the subject of another clause's verb: the one named after it does it
    ("Bambang Sutejo mengisahkan seorang pelanggan mendatangi kantor cabang di Sukamaju, Jumat (7/7/2017).", None),
    # not one who only reports it
    ("Menurut Rudi Wibisana, seharusnya hakim tegas dalam menjatuhkan vonis, Kamis (11/5/2017).", None),
    # not a verb whose subject undergoes it
    ("Rudi Wibisana menjalani pemeriksaan di Kejaksaan Negeri Sukamaju, Rabu (14/6/2017).", "Kejaksaan Negeri Sukamaju"),
])
def test_the_subject_of_the_events_own_verb_organizes_it(text, organizer):
    doc = run_alone(text, "events")
    [ev] = [ev for ev in doc.events if ev.event_type.label_en != "press conference"]
    found = doc.ents[ev.organizer] if ev.organizer else None
    assert (found.name if found else None) == organizer or found and organizer in found.aliases


@pytest.mark.parametrize("text, organizer", [
    # the body named right after the event's name holds it, past an ordinal or the event's short form
    ("Rudi Wibisana membuka Muktamar ke-7 Dewan Masjid Sukamaju di Asrama Haji Sukamaju, Sabtu (11/11/2017).",
     "Dewan Masjid Sukamaju"),
    ("Rudi Wibisana membuka Musyawarah Daerah ke - VII Dinas Perikanan Klaten di Balai Desa Tirtasari, "
     "Sabtu (11/11/2017).", "Dinas Perikanan Klaten"),
    ("Hal itu disampaikan Rudi Wibisana dalam Konferensi Tingkat Tinggi (KTT) Asosiasi Kota Contoh di Sukamaju, "
     "Rabu (7/9/2016).", "Asosiasi Kota Contoh"),
])
def test_the_body_named_after_an_events_name_with_its_ordinal_holds_it(text, organizer):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert ev.organizer and doc.ents[ev.organizer].name == organizer


@pytest.mark.parametrize("text, organizer", [
    # the court its part names holds a hearing, not the party its sentence names first
    ("Komisi Pemberantasan Korupsi menghadirkan tiga saksi dalam sidang praperadilan Bambang Sutejo di Pengadilan "
     "Negeri Sukamaju, Senin (22/5/2017).", "Pengadilan Negeri Sukamaju"),
    ("Kejaksaan Negeri Sukamaju melakukan pembacaan tuntutan dalam sidang Bambang Sutejo di Pengadilan Negeri "
     "Sukamaju, Senin (22/5/2017).", "Pengadilan Negeri Sukamaju"),
    # with no court named in its part, the organizer read stays
    ("Dinas Perikanan Sukamaju menggelar sidang tera ulang timbangan di Pasar Sukamaju, Senin (22/5/2017).",
     "Dinas Perikanan Sukamaju"),
])
def test_a_hearing_is_held_by_the_court_its_part_names(text, organizer):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert ev.organizer and doc.ents[ev.organizer].name == organizer


@pytest.mark.parametrize("text, venue", [
    # the lead's occurrence with no place of its own took place in the dateline's city
    ("Sukamaju (ANTARA News) - Bus rombongan atlet dari Thailand mengalami kecelakaan, Senin (21/8/2017).\n\n"
     "Kaca depan bus pecah.", "Sukamaju"),
    ("KOTA.NET, SUKAMAJU - Tim Contoh FC menang 7-0 dalam laga uji coba, Rabu (16/8/2017).", "Sukamaju"),
    # not when the lead names another place: the occurrence may have been there
    ("Sukamaju (ANTARA News) - Pengurus masjid dari Desa Tirtasari diberi pelatihan, Selasa (15/8/2017).", None),
    ("Sukamaju (ANTARA News) - Tim Contoh FC menang 7-0 dalam laga uji coba, Rabu (16/8/2017). Laga itu "
     "digelar di Stadion Kebun Contoh.", "Stadion Kebun Contoh"),
    # not a province, from which the national desks write whatever they report
    ("Jawa Barat (ANTARA News) - Bus rombongan atlet mengalami kecelakaan, Senin (21/8/2017).", None),
    # not an event told after the lead
    ("Sukamaju (ANTARA News) - Harga cabai naik tajam.\n\nBus rombongan atlet mengalami kecelakaan, Senin "
     "(21/8/2017).", None),
])
def test_the_leads_occurrence_took_place_in_the_datelines_city(text, venue):
    doc = run_alone(text, "events", published=date(2017, 8, 22))
    located = [doc.ents[ev.location].name if ev.location else None for ev in doc.events]
    assert located[:1] == [venue]


@pytest.mark.parametrize("text, venue", [
    # the lead's occurrence told again without its day took place where the sentence giving the day says
    ("Sukamaju FC tumbang 0-2 dalam lanjutan liga di Stadion Tirtasari, Kamis (1/2/2018).\n\n"
     "Pada laga ini Contoh United unggul sejak menit awal.", "Stadion Tirtasari"),
    # not where a report of it was given
    ('"Kami bangga," kata Rudi Wibisana lewat keterangannya di Sukamaju, Rabu (31/1/2018). '
     "Rudi menyampaikan hal itu usai kunjungan kerja ke pabrik baru.", None),
])
def test_the_leads_occurrence_took_place_where_its_day_was_told(text, venue):
    doc = run_alone(text, "events", published=date(2018, 2, 1))
    located = [doc.ents[ev.location].name if ev.location else None
               for ev in doc.events if ev.event_type.label_en != "press conference"]
    assert located[:1] == [venue]


@pytest.mark.parametrize("text, venue", [
    # a statement of its part given at a place and on no other day was given at the event
    ("Badan Contoh menyampaikan masalah anggaran kala bertemu Menteri Rudi Wibisana, Jumat (2/6/2017).\n\n"
     '"Mudah-mudahan segera selesai," kata Bambang Sutejo di Kantor Kementerian Contoh, Jakarta.',
     "Kantor Kementerian Contoh"),
    ('Rudi Wibisana menemui pimpinan DPR Sukamaju, Selasa (30/5/2017). "Persahabatan kedua negara harus '
     'meningkat," ujar Bambang Sutejo usai menerima Rudi di Kompleks Parlemen.', "Kompleks Parlemen"),
    # not one whose speaker is not named right after the verb (a place of what was said), nor one given before it
    ("Rudi Wibisana menemui pimpinan DPR Sukamaju, Selasa (30/5/2017). Ia menegaskan tak sembarang orang bisa "
     "mengunjungi Bambang di Gedung Contoh.", None),
    ("Rudi Wibisana menghadiri malam puncak Festival Contoh, Selasa (30/5/2017). \"Saya senang,\" ungkap Rudi "
     "saat ditemui di Ruang Melati beberapa jam sebelum acara berlangsung.", None),
    # nor of an arrest, whose police speak at their seat
    ("Polres Sukamaju menangkap Bambang Sutejo, Selasa (30/5/2017). \"Ia kami tahan,\" kata Kapolres Sukamaju "
     "AKBP Rudi Wibisana di Mapolres Sukamaju.", None),
])
def test_a_statement_of_its_part_without_another_day_gives_the_venue(text, venue):
    doc = run_alone(text, "events", published=date(2017, 6, 3))
    located = [doc.ents[ev.location].name if ev.location else None
               for ev in doc.events if ev.event_type.label_en != "press conference"]
    assert located[:1] == [venue]


@pytest.mark.parametrize("text, venue", [
    # a sentence opening with "Di sana" tells an event at the place the sentence before named
    ("Rudi Wibisana pada 18 Mei lalu menjadi tamu kehormatan di Balai Budaya Sukamaju. Di sana, Rudi juga "
     "memberikan kuliah umum tentang toleransi.", "Balai Budaya Sukamaju"),
    ("Rudi Wibisana pada 18 Mei lalu menjadi tamu kehormatan di Pusat Kajian Contoh (PKC). Di tempat itu, Rudi "
     "juga memberikan kuliah umum tentang toleransi.", "Pusat Kajian Contoh"),
])
def test_there_points_back_to_the_venue_of_the_sentence_before(text, venue):
    doc = run_alone(text, "events", published=date(2017, 5, 19))
    located = [doc.ents[ev.location].name if ev.location else None
               for ev in doc.events if ev.event_type.label_en == "lecture"]
    assert located[:1] == [venue]


@pytest.mark.parametrize("text, organizer", [
    # "polisi" did it: the police body the article names
    ("Rudi Wibisana ditangkap polisi, Kamis (27/10/2016). Ia tengah diperiksa penyidik Polres Sukamaju.",
     "Kepolisian Resor Sukamaju"),
    ("Polisi menangkap Rudi Wibisana, Kamis (27/10/2016). Penangkapan itu dibenarkan Kabid Humas Polda Jawa Barat.",
     "Kepolisian Daerah Jawa Barat"),
    # the finest one, also when named only in a title
    ("Polisi menangkap Rudi Wibisana, Kamis (27/10/2016). Kabid Humas Polda Jawa Barat membenarkan penangkapan itu. "
     "Kapolsek Sukamaju Kompol Bambang Sutejo mengatakan pelaku ditahan.", "Polsek Sukamaju"),
    # not police named far from the event's word, guarding something else
    ("Aparat kepolisian berjaga di sekitar lokasi ketika warga menangkap Rudi Wibisana, Kamis (27/10/2016). "
     "Kapolsek Sukamaju Kompol Bambang Sutejo mengatakan pelaku ditahan.", None),
])
def test_the_police_of_an_arrest_are_the_police_body_the_article_names(text, organizer):
    doc = run_alone(text, "events")
    [ev] = [ev for ev in doc.events if ev.event_type.label_en == "arrest"]
    assert (doc.ents[ev.organizer].name if ev.organizer else None) == organizer


@pytest.mark.parametrize("text, organizer", [
    # the lead's occurrence that names no one holding it: by the body the lead opens with, acting
    ("Dinas Perikanan Sukamaju memperkenalkan aplikasi baru bagi nelayan. Peluncuran aplikasi itu berlangsung "
     "Selasa (2/5/2017) di Balai Desa Tirtasari.", "Dinas Perikanan Sukamaju"),
    # not one that only says something
    ("Dinas Perikanan Sukamaju mengatakan aplikasi baru bagi nelayan siap. Peluncuran aplikasi itu berlangsung "
     "Selasa (2/5/2017) di Balai Desa Tirtasari.", None),
    # not an occurrence told after the lead
    ("Dinas Perikanan Sukamaju memperkenalkan aplikasi baru bagi nelayan.\n\nHarga ikan naik.\n\nPeluncuran "
     "aplikasi itu berlangsung Selasa (2/5/2017) di Balai Desa Tirtasari.", None),
])
def test_the_leads_occurrence_is_held_by_the_body_the_lead_opens_with(text, organizer):
    doc = run_alone(text, "events")
    [ev] = [ev for ev in doc.events if ev.event_type.label_en == "launch"]
    assert (doc.ents[ev.organizer].name if ev.organizer else None) == organizer


@pytest.mark.parametrize("text, organizer", [
    # the agent right after a passive verb of the event, with or without "oleh"
    ("Rudi Wibisana dicokok Polres Sukamaju di rumahnya, Kamis (27/10/2016).", "Kepolisian Resor Sukamaju"),
    ("Sebuah rumah di Desa Tirtasari digerebek Polres Sukamaju, Kamis (27/10/2016).", "Kepolisian Resor Sukamaju"),
    ("Pasar Tirtasari diresmikan oleh Dinas Perdagangan Sukamaju, Kamis (27/10/2016).",
     "Dinas Perdagangan Sukamaju"),
])
def test_the_agent_after_a_passive_verb_organizes(text, organizer):
    doc = run_alone(text, "events")
    [ev] = doc.events
    assert (doc.ents[ev.organizer].name if ev.organizer else None) == organizer
