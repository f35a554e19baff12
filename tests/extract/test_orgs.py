"""The organizations pass alone: bodies named by an institution word or an acronym."""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.types import Article

from .conftest import entity, names, run_alone


@pytest.mark.parametrize("text, name, category, alias", [
    # a regional body takes its region; its acronym defined in parentheses is an alias
    ("Dinas Perikanan (Diskan) Kabupaten Klaten membina nelayan.", "Dinas Perikanan Kabupaten Klaten",
     "government", "Diskan"),
    # a free proper name after a cooperative's head
    ("Warga membentuk Koperasi Wijayakusuma tahun lalu.", "Koperasi Wijayakusuma", "cooperative", None),
    # an acronym is expanded
    ("Ia melapor ke KPU kemarin.", "Komisi Pemilihan Umum", "government", None),
    # a coordinating ministry's fields, listed with commas or without
    ("Ia bertemu pejabat Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan kemarin.",
     "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "government", None),
    ("Ia bertemu pejabat Kementerian Koordinator Politik Hukum dan Keamanan kemarin.",
     "Kementerian Koordinator Politik Hukum dan Keamanan", "government", None),
])
def test_bodies(text, name, category, alias):
    org = entity(run_alone(text, "orgs"), name)
    assert (org.kind, org.category) == ("org", category)
    assert alias is None or alias in org.aliases


def test_a_bodys_region_from_the_article():
    doc = run_alone("KLATEN – Dinas Perikanan membina nelayan.", "orgs")
    assert "Dinas Perikanan Kabupaten Klaten" in names(doc, "org")
    assert entity(doc, "Dinas Perikanan Kabupaten Klaten").area == "place:klaten-regency"


def test_a_countrys_government():
    doc = run_alone("Pupuk itu bantuan pemerintah Jepang.", "orgs")
    gov = entity(doc, "Pemerintah Jepang")
    assert gov.category == "government" and not gov.implied


def test_a_district_elsewhere_after_a_regency_is_no_part_of_the_body():
    # "Bambang" is also a district of another province: here it starts the head's name
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Kepala Dinas Koperasi Kabupaten Klaten Bambang Sutejo hadir."))
    assert [p.name for p in x.people] == ["Bambang Sutejo"]
    assert "Dinas Koperasi Kabupaten Klaten" in [o.name for o in x.organizations]


@pytest.mark.parametrize("text, unit, parent", [
    # a ministry's directorate general is a body of its own, apart from the ministry after it
    # (the parents pass links it to a ministry named in words)
    ("Rudi Wibisana dicegah Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM sejak Senin.",
     "Direktorat Jenderal Imigrasi", None),
    ("Menurut dia, Direktorat Jenderal Pajak harus memeriksa laporan itu.", "Direktorat Jenderal Pajak", None),
    ("Hal itu dijelaskan Direktorat Jenderal Pajak Kemenkeu kemarin.",
     "Direktorat Jenderal Pajak", "Kementerian Keuangan"),
    # a police directorate is a unit named with its Polda, which is a body too
    ("Kasus itu ditangani Direktorat Reserse Kriminal Umum Polda Sukamaju.",
     "Direktorat Reserse Kriminal Umum Polda Sukamaju", "Kepolisian Daerah Sukamaju"),
    ("Kasus itu ditangani Direktorat Reserse Narkoba Polda Sukamaju.",
     "Direktorat Reserse Narkoba Polda Sukamaju", "Kepolisian Daerah Sukamaju"),
    # a police directorate named by its acronym, or by fields no dictionary lists alone
    ("Kasus itu ditangani Ditresnarkoba Polda Sukamaju.",
     "Direktorat Reserse Narkoba Polda Sukamaju", "Kepolisian Daerah Sukamaju"),
    ("Kasus itu ditangani Ditlantas Polda Sukamaju.",
     "Direktorat Lalu Lintas Polda Sukamaju", "Kepolisian Daerah Sukamaju"),
    ("Direktorat Lalu Lintas Polda Sukamaju mengungkapkan hal itu.",
     "Direktorat Lalu Lintas Polda Sukamaju", "Kepolisian Daerah Sukamaju"),
    ("Kasus itu ditangani Direktorat Tindak Pidana Umum Polda Sukamaju.",
     "Direktorat Tindak Pidana Umum Polda Sukamaju", "Kepolisian Daerah Sukamaju"),
    ("Kasus itu ditangani Dittipidum Bareskrim Polri.",
     "Direktorat Tindak Pidana Umum Bareskrim Polri", "Badan Reserse Kriminal Polri"),
    # a unit that no institution word starts, named by its head and its short name before its body
    ("Operasi itu digelar Bidang Propam Polda Sukamaju, Rabu (12/10) kemarin.",
     "Bidang Propam Polda Sukamaju", "Kepolisian Daerah Sukamaju"),
    ("Kasus itu ditangani Unit Reskrim Polres Klaten sejak pekan lalu.",
     "Unit Reskrim Polres Klaten", "Kepolisian Resor Klaten"),
    # a body whose acronym ends another's name is named there too, and holds it
    ("Koordinasi itu melibatkan Badan Reserse Kriminal (Bareskrim) Polri pekan lalu.",
     "Badan Reserse Kriminal Polri", "Kepolisian Negara Republik Indonesia"),
    ("Hal itu disampaikan Kantor Wilayah Kemenkumham kemarin.",
     "Kantor Wilayah Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia"),
])
def test_a_sub_body_and_the_body_it_names(text, unit, parent):
    doc = run_alone(text, "orgs")
    found = names(doc, "org")
    assert unit in found
    if parent:
        assert parent in found
        assert doc.ents[entity(doc, unit).parent].name == parent


def test_a_term_acronym_ending_a_name_is_no_body():
    # "UKM" is a field (a term), not a body: the office is one body
    doc = run_alone("Kantor Dinas Koperasi UKM Kabupaten Klaten direnovasi.", "orgs")
    assert not any(n in ("UKM", "Usaha Kecil dan Menengah") for n in names(doc, "org"))


@pytest.mark.parametrize("text", [
    "Wakil Gubernur DKI Rudi Wibisana meninjau pasar.",
    "Rudi Wibisana bicara soal pilkada DKI dan lapangan kerja.",
])
def test_dki_alone_is_the_capitals_province_not_a_body(text):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    assert "DKI" not in [o.name for o in x.organizations]
    assert "Jakarta" in [p.name for p in x.places if not p.implied]


@pytest.mark.parametrize("text, name", [
    ("Direktur Utama PT Sinar Sukamaju, Tbk, Rudi Wibisana mengatakan laba naik.", "PT Sinar Sukamaju, Tbk"),
    ("PT Sinar Sukamaju, Tbk menjual ruas tol itu.", "PT Sinar Sukamaju, Tbk"),
    ("Saham PT Sinar Sukamaju Tbk naik.", "PT Sinar Sukamaju Tbk"),
    # a comma before another company of a list still ends the name
    ("Tender diikuti PT Sinar Sukamaju, Perum Damri, dan PT Laut Jaya.", "PT Sinar Sukamaju"),
])
def test_a_listed_companys_form_after_a_comma(text, name):
    assert name in names(run_alone(text, "orgs"), "org")


@pytest.mark.parametrize("text, name, not_alias", [
    # a province after a comma, with its own short form, locates the body and is none of its names
    ("Proyek itu di Pemerintah Kabupaten Sukamaju, Nusa Tenggara Timur (NTT).", "Pemerintah Kabupaten Sukamaju", "NTT"),
    ("Proyek itu di Pemerintah Kabupaten Klaten, Jawa Tengah (Jateng).", "Pemerintah Kabupaten Klaten", "Jateng"),
    ("Dinas Pendidikan Kabupaten Klaten, Jawa Tengah (Jateng) membuka sekolah.",
     "Dinas Pendidikan Kabupaten Klaten", "Jateng"),
])
def test_a_province_and_its_short_form_after_a_body(text, name, not_alias):
    doc = run_alone(text, "orgs")
    assert name in names(doc, "org")
    assert not_alias not in entity(doc, name).aliases


@pytest.mark.parametrize("text, body, parent", [
    # a parliament's special committee is a body, named with the parliament when it follows
    ("Panitia Khusus Angket dan sejumlah anggota DPR mempersoalkan hal itu.", "Panitia Khusus Angket", None),
    ("Rapat Pansus Angket DPRD Klaten digelar Senin.", "Panitia Khusus Angket DPRD Klaten",
     "Dewan Perwakilan Rakyat Daerah Klaten"),
])
def test_a_special_committee(text, body, parent):
    doc = run_alone(text, "orgs")
    assert body in names(doc, "org")
    if parent:
        assert doc.ents[entity(doc, body).parent].name == parent


def test_a_right_in_a_fields_name_makes_no_body():
    doc = run_alone("Penyadapan itu dinilai melanggar Hak Asasi Manusia.", "orgs")
    assert names(doc, "org") == set()


@pytest.mark.parametrize("text", [
    "Kepala Bidang Humas Polda Sukamaju Rudi Wibisana hadir.",  # a title's unit is read with the people
    "Pada bidang Pendidikan Polda Sukamaju membuka kelas.",  # a lowercase field is no unit
])
def test_no_unit_after_a_title_or_in_lowercase(text):
    assert not any(n.startswith(("Bidang", "bidang")) for n in names(run_alone(text, "orgs"), "org"))


@pytest.mark.parametrize("text, platform", [
    # a platform where one writes, posts or chats is a business (the real-news golds' convention)
    ("Rudi Wibisana menulis di Twitter tentang rumahnya.", "Twitter"),
    ("Video musik itu menghentak YouTube sejak dirilis.", "YouTube"),
    ("Dinas Kominfo melayangkan surat keberatan kepada pihak Google.", "Google"),
])
def test_a_platform_is_a_business(text, platform):
    assert platform in {o.name for o in extract(Article("a", text)).organizations}


def test_a_meetings_tool_is_no_body():
    x = extract(Article("a", "Rapat digelar secara daring melalui aplikasi Zoom, Senin."))
    assert "Zoom" not in {o.name for o in x.organizations}


@pytest.mark.parametrize("text, term", [
    # a term the lexicon knows, defined in full or bare
    ("Sebanyak 300 Tempat Pemungutan Suara (TPS) disiapkan KPU Kabupaten Sukamaju.", "TPS"),
    ("Masih ada tujuh TPS yang belum melakukan rekapitulasi.", "TPS"),
    ("Pertumbuhan Indeks Harga Saham Gabungan (IHSG) pada 2017 tinggi.", "IHSG"),
    # an acronym defined by capitalized words a thing's word starts: a programme, not a body
    ("Program Kampung Bersih Sukamaju (PKBS) diluncurkan Senin. PKBS diikuti 40 desa.", "PKBS"),
])
def test_a_terms_acronym_is_no_body(text, term):
    orgs = extract(Article("a", text)).organizations
    assert not any(term in (o.name, *o.aliases) or o.name.startswith(("Tempat", "Indeks", "Program")) for o in orgs)


def test_a_body_defined_by_its_acronym_is_still_a_body():
    orgs = {o.name for o in extract(Article("a", "Kelompok Tani Sukamaju (KTS) menerima Dana Desa.")).organizations}
    assert "Kelompok Tani Sukamaju" in orgs


@pytest.mark.parametrize("text, word", [
    # a session or a competition, whatever body's word follows its head
    ("Ia berterima kasih kepada Sidang Anggota Dewan yang terhormat.", "Sidang"),
    ("Rangkaian Sidang Majelis Umum (SMU) dimulai Selasa. SMU dihadiri Rudi Wibisana.", "SMU"),
    ("Klub itu menahan seri lawannya di Liga Champions.", "Liga"),
    ("Rudi Wibisana masih minim pengalaman di MotoGP.", "MotoGP"),
])
def test_a_session_or_a_competition_is_no_body(text, word):
    assert not any(word in o.name for o in extract(Article("a", text)).organizations)


def test_a_scripture_is_no_body():
    x = extract(Article("a", "Mari saya ingatkan, Alquran mengajarkan toleransi, kata Rudi Wibisana."))
    assert not x.organizations


def test_a_persons_initial_after_a_bodys_region_is_no_part_of_the_body():
    x = extract(Article("a", "Wakil Ketua DPRD Sukamaju M Rudi, politisi itu mengaku senang."))
    assert "Dewan Perwakilan Rakyat Daerah Sukamaju" in {o.name for o in x.organizations}
    assert not any(o.name.endswith(" M") for o in x.organizations)


@pytest.mark.parametrize("text, body", [
    ("Penyidik Ditresnarkoba Polda Sukamaju menggeledah rumah Rudi Wibisana.",
     "Direktorat Reserse Narkoba Polda Sukamaju"),
    ("Kepala Ditlantas Polda Sukamaju Rudi Wibisana mengatakan hal itu.", "Direktorat Lalu Lintas Polda Sukamaju"),
    ("Ditjen PAS memindahkan Rudi Wibisana ke lapas lain.", "Direktorat Jenderal Pemasyarakatan"),
    ("Menurut dia, Ditjen Pajak harus memeriksa laporan itu.", "Direktorat Jenderal Pajak"),
])
def test_a_directorates_acronym_is_a_body_not_a_person(text, body):
    x = extract(Article("a", text))
    assert body in [o.name for o in x.organizations]
    assert [p.name for p in x.people] in ([], ["Rudi Wibisana"])


@pytest.mark.parametrize("text, body", [
    # the fields of a national body's name are read to its end, not cut at the first word no
    # lexicon listed ("Badan Nasional", "Dewan Pemantapan Ketahanan Ekonomi")
    ("Sertifikat itu diterbitkan Badan Nasional Sertifikasi Kompetensi pekan lalu.",
     "Badan Nasional Sertifikasi Kompetensi"),
    ("Lembaga yang dibubarkan adalah Dewan Pemantapan Ketahanan Ekonomi dan Keuangan.",
     "Dewan Pemantapan Ketahanan Ekonomi dan Keuangan"),
    ("Materi itu disusun Pusat Pengembangan dan Pemberdayaan Pendidik dan Tenaga Kependidikan kemarin.",
     "Pusat Pengembangan dan Pemberdayaan Pendidik dan Tenaga Kependidikan"),
    ("Rapat itu dihadiri Komisi Nasional Disabilitas kemarin.", "Komisi Nasional Disabilitas"),
    ("Laporan itu diterima Badan Pengawas Pemilu Kabupaten Klaten.", "Badan Pengawas Pemilu Kabupaten Klaten"),
])
def test_a_long_bodys_name_is_read_to_its_end(text, body):
    assert body in [o.name for o in extract(Article("a", text)).organizations]


@pytest.mark.parametrize("text, body", [
    # a country after a body's field closes a foreign body's name
    ("Hal itu dikatakan Kantor Meteorologi Islandia kemarin.", "Kantor Meteorologi Islandia"),
    ("Hal itu dikatakan Badan Intelijen Amerika Serikat kemarin.", "Badan Intelijen Amerika Serikat"),
])
def test_a_country_closes_a_foreign_bodys_name(text, body):
    assert body in [o.name for o in extract(Article("a", text)).organizations]


@pytest.mark.parametrize("text, body, person", [
    # a district's name written bare after a body and before another name's word is the first
    # name of a person ("Bambang" is also a district of another province)
    ("Ketua DPR Bambang Sutejo mengatakan hal itu.", "Dewan Perwakilan Rakyat", "Bambang Sutejo"),
    ("Hal itu dikatakan Kepala Bappenas Bambang Wirawan kemarin.",
     "Badan Perencanaan Pembangunan Nasional", "Bambang Wirawan"),
    ("Kapuspen TNI Bambang Sutejo membenarkan hal itu.", "Tentara Nasional Indonesia", "Bambang Sutejo"),
])
def test_a_district_before_a_name_is_a_first_name(text, body, person):
    x = extract(Article("a", text))
    orgs = [o.name for o in x.organizations]
    assert body in orgs and f"{body} Bambang" not in orgs
    assert [p.name for p in x.people] == [person]


def test_a_rank_after_a_district_is_no_names_word():
    # the district is the police sector's; the name begins after the rank
    x = extract(Article("a", "Kapolsek Bambang Iptu Rudi Wibisana mengatakan hal itu."))
    assert [p.name for p in x.people] == ["Rudi Wibisana"]


def test_a_districts_name_before_a_region_after_a_comma_stays_the_bodys():
    # "Panimbo, Kabupaten …": a place's name with its region, not a person's name
    x = extract(Article("a", "Ia ditemukan di samping masjid Sekolah Polisi Negara (SPN) Bambang Panimbo, "
                             "Kabupaten Mamasa, kemarin."))
    assert "Bambang Panimbo" not in [p.name for p in x.people]



@pytest.mark.parametrize("text, body, person", [
    # a date that names a university is a part of its name, not its end
    ("Lomba diikuti Universitas Negeri Sebelas Maret dan Institut Teknologi 10 November (ITS).",
     "Institut Teknologi 10 November", None),
    ("Mahasiswa Universitas 17 Agustus 1945 Surabaya hadir.", "Universitas 17 Agustus 1945 Surabaya", None),
    ("Hal itu disampaikan Rektor Universitas Sebelas Maret Rudi Wibisana.", "Universitas Sebelas Maret",
     "Rudi Wibisana"),
])
def test_a_date_in_a_universitys_name(text, body, person):
    x = extract(Article("a", text))
    assert body in [o.name for o in x.organizations]
    assert person is None or [p.name for p in x.people] == [person]


@pytest.mark.parametrize("text, body", [
    # the heads of associations, alliances and federations name bodies with any words after them
    ("Warga yang tergabung dalam Aliansi Nelayan Sukamaju berunjuk rasa.", "Aliansi Nelayan Sukamaju"),
    ("Menurut data Gabungan Pengusaha Kopi Sukamaju (GPKS), ekspor naik.", "Gabungan Pengusaha Kopi Sukamaju"),
    ("Ketua Perhimpunan Dokter Sukamaju hadir.", "Perhimpunan Dokter Sukamaju"),
    ("Laman resmi Federasi Catur Sukamaju mengumumkan hasilnya.", "Federasi Catur Sukamaju"),
    ("Pengurus Perkumpulan Petani Sukamaju bertemu bupati.", "Perkumpulan Petani Sukamaju"),
    # an acronym spelling the head and its words closes the name: a person's name follows
    ("Pimpinan Front Pembela Desa (FPD) Rudi Wibisana diperiksa polisi.", "Front Pembela Desa"),
])
def test_an_associations_head(text, body):
    assert body in names(run_alone(text, "orgs"), "org")


def test_a_free_head_ending_another_name_before_its_acronym_is_no_body():
    # "Gabungan" ends the name of an index, whose acronym follows
    doc = run_alone("Indeks Harga Saham Gabungan (IHSG) naik 2 persen.", "orgs")
    assert not [n for n in names(doc, "org") if n.startswith("Gabungan")]


@pytest.mark.parametrize("text, team, written", [
    # a country after a national team's words names the team, with its age group
    ("Pelatih timnas Malaysia Rudi Wibisana mengaku senang.", "Tim Nasional Malaysia", "timnas Malaysia"),
    ("Timnas U - 19 Vietnam kalah tipis.", "Tim Nasional U-19 Vietnam", "Timnas U - 19 Vietnam"),
    ("Timnas Vietnam U-23 menang.", "Tim Nasional U-23 Vietnam", "Timnas Vietnam U-23"),
    ("Tim nasional (timnas) Vietnam berhasil menang.", "Tim Nasional Vietnam", "Tim nasional Vietnam"),
])
def test_a_national_team_is_a_body(text, team, written):
    org = entity(run_alone(text, "orgs"), team)
    assert org.kind == "org" and written in org.aliases


def test_a_national_team_keeps_its_country():
    x = extract(Article("a", "Skuat tim nasional Thailand tiba di Jakarta."))
    assert "Tim Nasional Thailand" in [o.name for o in x.organizations]
    assert "Thailand" in [p.name for p in x.places]


@pytest.mark.parametrize("text, body, alias", [
    # a short form of "Persatuan …" names a club, with the city after it as one of its names
    ("Persisu Klaten menjamu Persikam. Pelatih Persisu mundur.", "Persisu", "Persisu Klaten"),
    ("Laga itu mempertemukan Persikam dan tim tamu.", "Persikam", None),
])
def test_a_unions_short_form_is_a_body(text, body, alias):
    org = entity(run_alone(text, "orgs"), body)
    assert org.kind == "org" and (alias is None or alias in org.aliases)


@pytest.mark.parametrize("text", [
    "Persiapan acara itu sudah matang.",  # a word of "per-" with its suffix
    "Persis seperti yang ia katakan.",  # a dictionary word
    "Pakar keamanan Hendra Persadi mengatakan hal itu. Menurut Hendra Persadi, serangan itu besar.",  # a surname
    "Gol itu dicetak Robin van Persisu.",  # after a name's particle
])
def test_no_unions_short_form(text):
    assert not names(run_alone(text, "orgs"), "org")


@pytest.mark.parametrize("text, bodies", [
    # the last body of a list spells the acronym after it alone: the list is no one body's name
    ("Sidang akan menghadirkan Ketua Komisi VIII DPR RI, Mahkamah Wibisana, Majelis Ulama Sukamaju (MUS), Badan "
     "Sukamaju.", {"Komisi VIII DPR RI", "Majelis Ulama Sukamaju"}),
    # fields listed with commas, which the acronym spells together, are one body's name
    ("Rapat dihadiri Dinas Perdagangan, Koperasi, dan UKM (Disdagkopukm) Kabupaten Sukamaju.",
     {"Dinas Perdagangan, Koperasi, dan UKM Kabupaten Sukamaju"}),
])
def test_a_list_of_bodies_before_an_acronym(text, bodies):
    found = {o.name for o in extract(Article("a", text)).organizations if not o.implied}
    assert bodies <= found
    assert not any("Wibisana," in name for name in found)


@pytest.mark.parametrize("text, body", [
    # a person's given name that is also a dictionary word, after a field's noun, is no word of the body
    ("Kepala Biro Kementerian Pertanian Rudi Wibisana menuturkan hal itu.", "Kementerian Pertanian"),
    ("Kepala Bagian Kementerian Koordinator Bidang Perekonomian Bambang Sutejo menuturkan hal itu.",
     "Kementerian Koordinator Bidang Perekonomian"),
])
def test_a_persons_name_after_a_field_is_no_part_of_the_body(text, body):
    orgs = [o.name for o in extract(Article("a", text)).organizations]
    assert body in orgs and not any(o.startswith(body + " ") for o in orgs)
