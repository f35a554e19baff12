"""Table tests: one general Indonesian rule per row, on small invented snippets."""
from __future__ import annotations

from datetime import date

import pytest

from graph.extract import extract
from graph.extract.dates import find_dates, infer_year, DateExpr
from graph.types import Article


def _x(text: str, published: date | None = None):
    return extract(Article("t", text, "Judul", published))


def _names(x, kind="people"):
    return {e.name for e in getattr(x, kind)}


@pytest.mark.parametrize("text, name, prefix, suffix", [
    # title + region + Balinese name
    ("Bupati Gianyar I Nyoman Contoh Saja membuka acara.", "I Nyoman Contoh Saja", (), ()),
    # honorific and degrees go out of the name
    ("Sekretaris Daerah (Sekda) Sleman, H. Budi Rahardjo, S.H., M.Si. hadir.", "Budi Rahardjo", ("H.",), ("S.H.", "M.Si.")),
    # police rank
    ("Kapolres Klaten AKBP Rudi Hartanto, S.I.K. memimpin apel.", "Rudi Hartanto", ("AKBP",), ("S.I.K.",)),
    # army rank with corps word
    ("Dandim 0723/Klaten Letkol Inf Yoga Pratama hadir.", "Yoga Pratama", ("Letkol Inf",), ()),
    # Batak name with 'br' kept, Bugis 'Andi' kept
    ("Ketua Dekranasda Kota Medan, Rina br Tobing, hadir.", "Rina br Tobing", (), ()),
    ("Bupati Bone H. Andi Pallawa Ruka membuka pasar.", "Andi Pallawa Ruka", ("H.",), ()),
    # a nurse's professional title before the name
    ("Kepala Puskesmas Cilawu, Ns. Dadang Sopandi, S.Kep., hadir.", "Dadang Sopandi", ("Ns.",), ("S.Kep.",)),
    # "Prof" without its period is an honorific too, and so is "Om"
    ("Saya sudah kenal dengan Om Sutarjo sejak lama , kata Rudi .", "Sutarjo", ("Om",), ()),
    ("Ketua Akademi Sains Prof Budi Santoso mengatakan hal itu.", "Budi Santoso", ("Prof",), ()),
    # a Chinese-Indonesian name with a month's word inside it
    ("Ketua Paguyuban Sinar Harapan, Lim Mei Hwa, S.E., hadir.", "Lim Mei Hwa", (), ("S.E.",)),
])
def test_person_name_without_titles(text, name, prefix, suffix):
    x = _x(text)
    person = next(p for p in x.people if p.name == name)
    assert person.honorific_prefix == prefix
    assert person.honorific_suffix == suffix


@pytest.mark.parametrize("text, label, role, org", [
    ("Wakil Bupati Badung I Ketut Contoh hadir.", "Wakil Bupati Badung", "Wakil Bupati", "Pemerintah Kabupaten Badung"),
    ("Wali Kota Bogor Budi Santoso hadir.", "Wali Kota Bogor", "Wali Kota", "Pemerintah Kota Bogor"),
    ("Camat Ubud I Made Contoh hadir.", "Camat Ubud", "Camat", "Pemerintah Kecamatan Ubud"),
    ("Kepala Desa Sukamaju, Darsono, hadir.", "Kepala Desa Sukamaju", "Kepala Desa", "Pemerintah Desa Sukamaju"),
    # the comma before a degree does not close the village's name
    ("Warga Desa Mekar Jaya hadir. Acara dibuka Kepala Desa Mekar Jaya Darsono, S.Pd., dengan doa.",
     "Kepala Desa Mekar Jaya", "Kepala Desa", "Pemerintah Desa Mekar Jaya"),
    ("BANTUL – Kepala Dinas Kesehatan Kabupaten Bantul dr. Agus Budi hadir.",
     "Kepala Dinas Kesehatan Kabupaten Bantul", "Kepala Dinas", "Dinas Kesehatan Kabupaten Bantul"),
    # an acting head
    ("SLEMAN – Plt Kepala Dinas Pariwisata Kabupaten Sleman Ani Lestari hadir.",
     "Pelaksana Tugas Kepala Dinas Pariwisata Kabupaten Sleman", "Pelaksana Tugas Kepala Dinas",
     "Dinas Pariwisata Kabupaten Sleman"),
    # the Dinas named by its acronym only takes the region of the dateline
    ("KLATEN – Kadis Disperindag Sri Lestari hadir.", "Kepala Dinas Perindustrian dan Perdagangan Kabupaten Klaten",
     "Kepala Dinas", "Dinas Perindustrian dan Perdagangan Kabupaten Klaten"),
    # a body named by a word such as "Kelompok" and proper words: no person inside it
    ("Ketua Kelompok Perajin Lumbung Bertuah, Rina Wati, mengaku baru belajar.",
     "Ketua Kelompok Perajin Lumbung Bertuah", "Ketua", "Kelompok Perajin Lumbung Bertuah"),
    # a region's short form right after a title is the post's region
    ("Gubernur DKI Jakarta Budi Santoso hadir.", "Gubernur Jakarta", "Gubernur", "Pemerintah Provinsi Jakarta"),
    ("Wagub Jabar Rudi Hartono hadir.", "Wakil Gubernur Jawa Barat", "Wakil Gubernur", "Pemerintah Provinsi Jawa Barat"),
    # the body's word in lowercase after the title: the body of that kind named before
    ("Koperasi Mitra Usaha Jaya didirikan tahun 2010. Bendahara koperasi, Lina Wati, menjelaskan pembukuan.",
     "Bendahara Koperasi Mitra Usaha Jaya", "Bendahara", "Koperasi Mitra Usaha Jaya"),
    # a region of four words inside the body's name, the holder's name right after it
    ("Hadir Kepala Dinas Kesehatan Kabupaten Ogan Komering Ulu Timur Budi Santoso.",
     "Kepala Dinas Kesehatan Kabupaten Ogan Komering Ulu Timur", "Kepala Dinas",
     "Dinas Kesehatan Kabupaten Ogan Komering Ulu Timur"),
])
def test_posts(text, label, role, org):
    x = _x(text)
    names = {o.key: o.name for o in x.organizations}
    post = next(p for p in x.posts if p.label == label)
    assert post.role.label_id == role
    assert names[post.organization] == org


@pytest.mark.parametrize("text, person, role, org, listed", [
    # abbreviated titles name their body; a body met only through a title is not listed
    ("Kadinkes Garut dr. Rina Marlina hadir.", "Rina Marlina", "Kepala Dinas", "Dinas Kesehatan Garut", False),
    ("Kalaksa BPBD Garut Asep Mulyana hadir.", "Asep Mulyana", "Kepala Pelaksana",
     "Badan Penanggulangan Bencana Daerah Garut", True),
    # "Jenderal" ends the title here, it is no rank before a name
    ("Sekretaris Jenderal Kemendagri Budi Harsono membuka rapat.", "Budi Harsono", "Sekretaris Jenderal",
     "Kementerian Dalam Negeri", True),
    # the division goes into the role, as with Kepala Bidang
    ("Asisten Deputi Pemasaran Kementerian UMKM, Dewi Lestari, menjelaskan kurasi.", "Dewi Lestari",
     "Asisten Deputi Pemasaran", "Kementerian Usaha Mikro, Kecil, dan Menengah", True),
    # an unknown acronym of three letters or more after a title names the body
    ("Ketua IKAPI Prof Budi Santoso mengatakan hal itu.", "Budi Santoso", "Ketua", "IKAPI", True),
    # a manager's or director's division goes into the role, as a Kepala Bidang's does
    ("Direktur Keuangan PT Sinar Laut Abadi, Rudi Hartono, hadir.", "Rudi Hartono", "Direktur Keuangan",
     "PT Sinar Laut Abadi", True),
    # national posts: of the government of the country named after the title, else Indonesia's
    ("Presiden Rudi Hartono meresmikan pasar.", "Rudi Hartono", "Presiden", "Pemerintah Indonesia", False),
    ("Wapres Rudi Hartono meresmikan pasar.", "Rudi Hartono", "Wakil Presiden", "Pemerintah Indonesia", False),
    ("Pemerintahan kelak dipimpin Presiden Terpilih Rudi Hartono.", "Rudi Hartono", "Presiden", "Pemerintah Indonesia",
     False),
    ("Perdana Menteri Jepang Taro Sato tiba di Jakarta.", "Taro Sato", "Perdana Menteri", "Pemerintah Jepang", False),
    ("Presiden Perancis Jean Dupont tiba di Jakarta.", "Jean Dupont", "Presiden", "Pemerintah Perancis", False),
    # a hyphenated Arabic name is no acronym
    ("Wakil Presiden Mesir Karim Abd-Rahman mengatakan hal itu.", "Karim Abd-Rahman", "Wakil Presiden",
     "Pemerintah Mesir", False),
    ("Jaksa Agung Rudi Hartono memberi keterangan.", "Rudi Hartono", "Jaksa Agung", "Kejaksaan Agung", False),
    # a titled name may end in a country's name
    ("Kapolri Jenderal Rudi Haiti memberi keterangan.", "Rudi Haiti", "Kapolri", "Polri", False),
    # the ministry's field after "Menko" is no part of the name, and is the role's ("Menteri
    # Koordinator" is the role's other label)
    ("Menko Perekonomian Rudi Hartono membuka rapat.", "Rudi Hartono", "Menteri Koordinator Perekonomian",
     "Kementerian Koordinator Perekonomian", False),
    # a syllabic short form ("Diskominfo") of the body the article named in full
    ("BOGOR – Dinas Kebudayaan dan Pariwisata Kota Bogor menggelar pelatihan. Kepala Disbudpar Bogor "
     "Rudi Hartono membuka acara.", "Rudi Hartono", "Kepala Dinas", "Dinas Kebudayaan dan Pariwisata Kota Bogor", True),
    # a party's board named by an acronym the lexicon lacks, and more after it
    ("Hal itu dikatakan Ketua DPC PKB Klaten, Rudi Hartono, Senin.", "Rudi Hartono", "Ketua", "DPC PKB Klaten", True),
    # a comma after the verb that follows the name closes no complement
    ("Ketua Badan Pemenangan Pemilu PKS Rina Wati mengatakan , PKS berharap banyak .", "Rina Wati", "Ketua",
     "Badan Pemenangan Pemilu PKS", True),
    # a region after an acronym closes the body's name: the holder's name follows
    ("Ketua DPRD Purworejo Siti Aminah Rahayu hadir dalam rapat.", "Siti Aminah Rahayu", "Ketua",
     "Dewan Perwakilan Rakyat Daerah Purworejo", True),
    # a party named in full ends the body without a comma: the holder's name follows
    ("Ketua Umum Partai Demokrat Rudi Hartono membuka rapat.", "Rudi Hartono", "Ketua Umum", "Partai Demokrat", True),
])
def test_abbreviated_and_ministry_titles(text, person, role, org, listed):
    x = _x(text)
    post = next(p for p in x.posts if next(e.name for e in x.people if e.key == p.holder) == person)
    body = next(o for o in x.organizations if o.key == post.organization)
    assert (post.role.label_id, body.name, not body.implied) == (role, org, listed)


@pytest.mark.parametrize("text, label", [
    ("Menteri Koperasi dan UKM Rudi Hartono hadir.", "Menteri Koperasi dan UKM"),
    ("Menko Perekonomian Rudi Hartono hadir.", "Menteri Koordinator Perekonomian"),
    ("Presiden Rudi Hartono hadir.", "Presiden Indonesia"),
])
def test_a_minister_s_post_is_labelled_as_news_write_it(text, label):
    assert [p.label for p in _x(text).posts] == [label]


def test_short_forms_resolve_to_one_person():
    x = _x("Wakil Bupati Badung I Ketut Suryawan hadir. Wabup Suryawan menyapa warga. "
           "Menurut Suryawan, pasar harus bersih.")
    assert len(x.people) == 1
    assert {"Wabup Suryawan", "Suryawan"} <= set(x.people[0].aliases)


def test_a_nickname_given_with_akrab_disapa_is_the_same_person_later():
    x = _x("Ketua Kelompok Tani Subur Makmur, Siti Rohmah, yang akrab disapa Mak Ijah, mengaku senang. "
           "\"Kami ingin belajar jualan daring,\" tutur Mak Ijah.")
    assert [p.name for p in x.people] == ["Siti Rohmah"]
    assert "Mak Ijah" in x.people[0].aliases


@pytest.mark.parametrize("text, org, person", [
    # an acronym that closes a proper name ends the body's name: a person's name follows
    ("Rakor dihadiri Manajer PT Sinar Laut Abadi (SLA) Rudi Hartono.", "PT Sinar Laut Abadi", "Rudi Hartono"),
    ("Hadir pula Rektor Universitas Negeri Makassar (UNM) Rudi Hartono dalam acara itu.",
     "Universitas Negeri Makassar", "Rudi Hartono"),
    # an acronym of the kind of body: its proper name comes after it
    ("Produk dipasarkan Koperasi Serba Usaha (KSU) Sumber Rejeki di pasar.",
     "Koperasi Serba Usaha Sumber Rejeki", None),
    ("Dana disalurkan Badan Usaha Milik Desa (BUMDes) Harjo Mulyo kepada warga.",
     "Badan Usaha Milik Desa Harjo Mulyo", None),
])
def test_a_name_after_a_parenthesised_acronym(text, org, person):
    x = _x(text)
    assert org in _names(x, "organizations")
    assert _names(x) == ({person} if person else set())


def test_two_people_sharing_a_name_part_stay_apart():
    x = _x("Wali Kota Medan Bobby Nasution hadir. Pemilik Toko Maju, Rudi Nasution, menyambut. "
           "“Kami senang sekali dikunjungi hari ini,” kata Bobby.")
    assert {"Bobby Nasution", "Rudi Nasution"} <= _names(x)
    assert x.quotes[0].speaker == next(p.key for p in x.people if p.name == "Bobby Nasution")


@pytest.mark.parametrize("text, org, alias", [
    ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut mencatat banjir. BPBD Garut siaga.",
     "Badan Penanggulangan Bencana Daerah Kabupaten Garut", "BPBD Garut"),
    ("GARUT – Petugas Satgas Covid-19 berjaga.", "Satuan Tugas Penanganan Covid-19 Kabupaten Garut", "Satgas Covid-19"),
    ("SLEMAN – Kepala Dinas Koperindag Budi Santoso hadir.",
     "Dinas Koperasi, Perindustrian dan Perdagangan Kabupaten Sleman", "Dinas Koperindag"),
    # an acronym defines a name with commas and "dan" in it
    ("Kementerian Laut, Pesisir Terpencil, dan Pulau Kecil (Kemenlaut PPK) menggelar rapat.",
     "Kementerian Laut, Pesisir Terpencil, dan Pulau Kecil", "Kemenlaut PPK"),
])
def test_institutions_and_acronyms(text, org, alias):
    x = _x(text)
    o = next(o for o in x.organizations if o.name == org)
    assert alias in o.aliases
    assert o.kind == "government"


@pytest.mark.parametrize("text, org, alias, not_alias_of", [
    # an acronym + another region after the defined body is that region's own body
    ("PADANG – Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Sumatera Barat menggelar rapat. "
     "BPBD Agam melapor. BPBD Sumbar menjawab.",
     "Badan Penanggulangan Bencana Daerah Kabupaten Agam", "BPBD Agam",
     "Badan Penanggulangan Bencana Daerah Provinsi Sumatera Barat"),
    ("SEMARANG – Dinas Kesehatan (Dinkes) Provinsi Jawa Tengah menggelar rapat. "
     "Dinkes Wonosobo hadir.",
     "Dinas Kesehatan Kabupaten Wonosobo", "Dinkes Wonosobo", "Dinas Kesehatan Provinsi Jawa Tengah"),
])
def test_same_body_type_in_another_region_is_another_body(text, org, alias, not_alias_of):
    x = _x(text)
    orgs = {o.name: o for o in x.organizations}
    assert alias in orgs[org].aliases
    assert alias not in orgs[not_alias_of].aliases
    # the dateline city is no part of a body that names its own region
    assert not any(o.name.endswith("Kota Padang") or o.name.endswith("Kota Semarang") for o in x.organizations
                   if not o.name.startswith("Pemerintah"))


@pytest.mark.parametrize("text, business, owner, product", [
    ("Seperti pelaku UKM batik Sari Dewi, yang hadir. Pemilik batik sekar arum ini memasarkan masker berbahan batik.",
     "Batik Sekar Arum", "Sari Dewi", "masker batik"),
    ("Salah satu peserta, Hariyanto, pemilik UD Maju Jaya yang memproduksi keripik, hadir.",
     "UD Maju Jaya", "Hariyanto", None),
    ("Pemilik Rumah Tenun Sekar, Wayan Sari, menjelaskan proses menenun.", "Rumah Tenun Sekar", "Wayan Sari", None),
    # who runs or makes a product with a quoted name or a brand word owns the business too
    ("Peserta antara lain Sri Wahyuni, pengelola keripik talas \"Sumber Rasa\"; dan warga lain.",
     "Sumber Rasa", "Sri Wahyuni", "keripik talas"),
    ("Peserta antara lain Paijo, perajin kopi bubuk cap kijang; dan warga lain.", "Kopi Bubuk Cap Kijang", "Paijo", None),
])
def test_businesses_and_owners(text, business, owner, product):
    x = _x(text)
    names = {e.key: e.name for e in (*x.people, *x.organizations)}
    biz = next(o for o in x.organizations if o.name == business)
    assert biz.is_business
    assert any(names[m.member] == owner and m.organization == biz.key for m in x.memberships)
    if product:
        assert product in biz.products


@pytest.mark.parametrize("text, published, expected, inferred", [
    ("Bupati Badung I Ketut Contoh menggelar rapat di Aula Kantor Bupati Badung, Senin (12/10/2020).",
     None, date(2020, 10, 12), False),
    ("Bupati Badung I Ketut Contoh menggelar rapat di Aula Kantor Bupati Badung, Jumat (9/10).",
     date(2020, 10, 10), date(2020, 10, 9), False),
    ("Bupati Badung I Ketut Contoh menggelar pelatihan pada 5 Agustus 2021 di Aula Kantor Bupati.",
     None, date(2021, 8, 5), False),
    # no year, no publication date: the weekday and the pandemic give it
    ("Bupati Badung I Ketut Contoh menggelar teleconference di tengah pandemi Covid-19, Kamis (30/04).",
     None, date(2020, 4, 30), True),
    ("Bupati Badung I Ketut Contoh menggelar sidak ke pasar kemarin.", date(2021, 3, 4), date(2021, 3, 3), False),
    # a weekday alone: the last such day up to the publication date (a Thursday here)
    ("Bupati Badung I Ketut Contoh menggelar rapat di Kantor Bupati, Rabu.", date(2021, 3, 4), date(2021, 3, 3),
     False),
    ("Bupati Badung I Ketut Contoh menggelar rapat di Kantor Bupati, Kamis.", date(2021, 3, 4), date(2021, 3, 4),
     False),
])
def test_event_dates(text, published, expected, inferred):
    x = _x(text, published)
    assert x.events[0].start == expected
    assert bool(x.events[0].date_inferred) is inferred


def test_event_slots():
    x = _x("BADUNG – Bupati Badung I Ketut Contoh menggelar rapat koordinasi di Ruang Rapat Kantor Bupati Badung, "
           "Senin (12/10/2020). Rapat ini dihadiri oleh Kepala Dinas Kesehatan Kabupaten Badung Made Sehat "
           "dan perwakilan PLUT Badung. Rapat tersebut bertujuan untuk menyiapkan vaksinasi massal.")
    names = {e.key: e.name for e in (*x.people, *x.organizations, *x.places)}
    ev = x.events[0]
    assert names[ev.organizer] == "I Ketut Contoh"
    assert names[ev.location] == "Ruang Rapat Kantor Bupati Badung"
    assert {names[a] for a in ev.attendees} == {
        "Made Sehat", "Pusat Layanan Usaha Terpadu Koperasi dan Usaha Mikro, Kecil dan Menengah Badung"}
    assert ev.purpose == "Menyiapkan vaksinasi massal"


def test_the_place_visited_is_the_venue():
    x = _x("KLATEN – Bupati Klaten Rudi Hartono meninjau Pasar Induk Sri Rejeki di Kecamatan Wedi, Kamis (5/9/2024).")
    names = {e.key: e.name for e in x.places}
    assert names[x.events[0].location] == "Pasar Induk Sri Rejeki"


def test_a_numbered_school_is_one_venue():
    x = _x("MAROS – Wakil Bupati Maros Rudi Hartono mencanangkan imunisasi anak di SD Negeri 7 Turikale, "
           "Senin (3/11/2025).")
    names = {e.key: e.name for e in x.places}
    assert names[x.events[0].location] == "SD Negeri 7 Turikale"
    assert "SD Negeri" not in names.values()


def test_a_sentence_saying_who_took_part_joins_the_event_before():
    x = _x("GRESIK – Koperasi Nelayan Bahari Jaya menggelar temu bisnis secara daring, Kamis (22/2/2024). "
           "Dipandu dari Sekretariat Koperasi Nelayan Bahari Jaya di Kelurahan Lumpur, pertemuan itu diikuti "
           "Dinas Kelautan dan Perikanan Provinsi Jawa Timur serta PT Sinar Laut Abadi.")
    names = {e.key: e.name for e in (*x.people, *x.organizations, *x.places)}
    ev = x.events[0]
    assert names[ev.location] == "Sekretariat Koperasi Nelayan Bahari Jaya"
    assert {"Dinas Kelautan dan Perikanan Provinsi Jawa Timur", "PT Sinar Laut Abadi"} <= {names[a] for a in ev.attendees}


def test_who_visits_leads_the_visit():
    x = _x("SLEMAN – Bupati Sleman Rudi Hartono meninjau lokasi banjir di Balai Desa Sukamaju, Selasa (3/2/2026). "
           "Ia didampingi Camat Depok Budi Santoso.")
    names = {e.key: e.name for e in (*x.people, *x.organizations, *x.places)}
    ev = x.events[0]
    assert names[ev.organizer] == "Rudi Hartono"
    assert names[ev.location] == "Balai Desa Sukamaju"
    assert "Budi Santoso" in {names[a] for a in ev.attendees}
    assert ev.organizer not in ev.attendees


@pytest.mark.parametrize("text, kind, day", [
    ("Bupati Garut Ujang Sumarna melakukan panen perdana padi di Desa Cikoneng, Kamis (16/10/2025).",
     "harvest", date(2025, 10, 16)),
    ("Wabup Garut Ujang Sumarna mencanangkan bulan imunisasi di SD Negeri 3 Garut, Senin (13/10/2025).",
     "campaign launch", date(2025, 10, 13)),
    ("Sebanyak 40 produk UMKM mengikuti kurasi produk yang dilaksanakan Dinas Koperasi, Rabu (19/11/2025).",
     "product curation", date(2025, 11, 19)),
    ("BPBD Garut menggelar simulasi evakuasi banjir di Desa Cikoneng, Senin (24/11/2025).",
     "evacuation drill", date(2025, 11, 24)),
    # the reporting clause after a quote may carry the event
    ("“Tebingnya masih labil,” kata Ujang saat meninjau lokasi longsor bersama Camat Cilawu Asep Jaya, "
     "Selasa (9/12/2025).", "site inspection", date(2025, 12, 9)),
    ("Pemerintah Kabupaten Garut menandatangani nota kesepahaman dengan Universitas Garuda, Senin (8/12/2025).",
     "MoU signing", date(2025, 12, 8)),
    ("Polres Garut menggelar apel gabungan di Lapangan Mapolres Garut, Senin (8/12/2025).",
     "roll call", date(2025, 12, 8)),
    ("Puskesmas Cilawu menggelar pengobatan massal di Balai Desa Cikoneng, Sabtu (6/12/2025).",
     "mass medical service", date(2025, 12, 6)),
    ("Koperasi Tani Makmur menggelar temu bisnis secara daring dengan eksportir, Kamis (4/12/2025).",
     "business meeting", date(2025, 12, 4)),
])
def test_event_kinds(text, kind, day):
    ev = _x(text).events[0]
    assert ev.event_type.label_en == kind
    assert ev.start == day


def test_planned_activity_without_a_day_is_no_event():
    x = _x("Bupati Badung I Ketut Contoh mengatakan pemerintah akan menggelar pelatihan tahun depan.")
    assert x.events == ()
    # a weekday alone dates no plan
    x = _x("Bupati Badung I Ketut Contoh akan menggelar pelatihan pada Senin.", date(2021, 3, 4))
    assert x.events == ()


@pytest.mark.parametrize("text, speaker", [
    # speaker named after the quote
    ("Camat Ubud I Made Contoh hadir. “Pasar ini harus bersih setiap hari,” kata Contoh.", "I Made Contoh"),
    # a pronoun-suffixed verb points back to the person being reported
    ("Camat Ubud I Made Contoh meninjau pasar. “Pasar ini harus bersih setiap hari,”ujarnya.", "I Made Contoh"),
    ("Camat Ubud I Made Contoh meninjau pasar. \"Pasar ini harus bersih setiap hari,\" tegasnya.", "I Made Contoh"),
    # the name after the speech verb wins over the person reported first in the paragraph
    ("Camat Ubud I Made Contoh hadir. Kepala Desa Mas, Wayan Rudi, menyambut.\n\n"
     "Menurut Contoh, Wayan Rudi sudah bekerja keras. \"Kami sudah punya dua posko tetap,\" ujar Rudi.",
     "Wayan Rudi"),
    ("Camat Ubud I Made Contoh hadir. Kepala Desa Mas, Wayan Rudi, menyambut.\n\n"
     "Menurut Contoh, Wayan Rudi sudah bekerja keras. “Kami sudah punya dua posko tetap,” ujar Rudi.",
     "Wayan Rudi"),
    # a title alone after the speech verb: the one person holding it
    ("Camat Ubud I Made Contoh hadir bersama Kapolsek Ubud Iptu Wayan Rudi.\n\n"
     "“Pasar ini harus bersih setiap hari,” tegas Camat.", "I Made Contoh"),
    # … also at the end of a paragraph: the speaker does not run on into the next one
    ("Camat Ubud I Made Contoh hadir bersama Kapolsek Ubud Iptu Wayan Rudi.\n\n"
     "“Pasar ini harus bersih setiap hari,” tegas Camat.\n\nKapolsek Rudi menambahkan hal lain.", "I Made Contoh"),
])
def test_quote_speakers(text, speaker):
    x = _x(text)
    names = {p.key: p.name for p in x.people}
    assert len(x.quotes) == 1
    assert names[x.quotes[0].speaker] == speaker
    assert x.quotes[0].text.startswith(("Pasar ini harus bersih", "Kami sudah punya"))


def test_short_quoted_names_are_not_quotes():
    x = _x("Produk bermerek “Kopi Desa” dijual di pasar.")
    assert x.quotes == ()


@pytest.mark.parametrize("text, place, kind, within", [
    ("JEMBRANA, MANGUPURANEWS – Acara digelar.", "Jembrana", "regency", "Bali"),
    ("Warga Desa Sukamaju, Kecamatan Ubud, berkumpul.", "Sukamaju", "village", "Ubud"),
    ("Pameran di Kota Pekalongan ramai.", "Pekalongan", "city", "Jawa Tengah"),
    ("Pameran di Kabupaten Pekalongan ramai.", "Pekalongan", "regency", "Jawa Tengah"),
    # a village without its district: in the regency named before it in the sentence, never in the
    # dateline city of a provincial story
    ("PADANG – Rapat digelar. Kalaksa BPBD Agam Budi melapor simulasi di Nagari Koto Baringin.",
     "Koto Baringin", "village", "Agam"),
    ("PADANG – Rapat digelar. Warga Nagari Koto Baringin ikut.", "Koto Baringin", "village", None),
    ("GARUT – Warga Desa Cikoneng ikut.", "Cikoneng", "village", "Garut"),
    # the capital's province by its core name, its special status left out
    ("Produk kita harus bisa dibeli orang di Jakarta atau Surabaya.", "Jakarta", "province", None),
])
def test_places(text, place, kind, within):
    x = _x(text)
    names = {p.key: p.name for p in x.places}
    p = next(p for p in x.places if p.name == place and p.kind == kind)
    assert names.get(p.within) == within


def test_topics_from_lexicon():
    x = _x("Pelaku UMKM memasarkan produk lewat media sosial selama pandemi Covid-19.")
    assert {"UMKM", "media sosial", "Covid-19"} <= {t.label_id for t in x.topics}


def test_mentions_match_the_text():
    text = "Wakil Bupati Badung I Ketut Contoh hadir. Wabup Contoh menyapa warga Desa Sukamaju."
    x = _x(text)
    assert x.mentions
    for m in x.mentions:
        assert text[m.start:m.end] == m.text


def test_date_finder_and_year_inference():
    found = find_dates("Senin (12/10/2020), Kamis (30/04) dan 5 Agustus 2021, kemarin")
    assert [(d.day, d.month, d.year) for d in found[:3]] == [(12, 10, 2020), (30, 4, None), (5, 8, 2021)]
    assert found[3].relative == -1
    assert infer_year(DateExpr(0, 0, 30, 4, None, 3), "tanpa konteks", today=date(2026, 11, 27))[0] == 2026


# ---- the name layer: people, bodies and places named without a title --------------------

@pytest.mark.parametrize("text, surface, kind", [
    ("Hal itu disampaikan kata Haposan kepada wartawan.", "Haposan", "person"),
    ("Menurut Sjahril , permintaan itu wajar .", "Sjahril", "person"),
    ("Prabowo menegaskan dukungannya kepada pasangan itu.", "Prabowo", "person"),
    ("Dukungan datang dari Partai Demokrat dan PKB .", "Partai Demokrat", "org"),
    ("Dukungan datang dari Partai Demokrat dan PKB .", "PKB", "org"),
    ("Delegasi itu terbang ke Yordania pekan lalu.", "Yordania", "place"),
    # a landmark by its word (river, lake, temple, mosque …), after a common word opening the sentence
    ("Luapan Sungai Cimanuk merendam rumah warga.", "Sungai Cimanuk", "place"),
    ("Warga berkumpul di halaman Masjid Agung Baiturrahman sejak pagi.", "Masjid Agung Baiturrahman", "place"),
    ("Pasokan beras dari Perum Bulog aman.", "Perum Bulog", "org"),
    ("Ia berdialog dengan pemilik toko sembako Sumber Rezeki di pasar.", "Sumber Rezeki", "org"),
    # English words that name a body, in foreign companies and agencies
    ("Lembaga pemeringkat Global Ratings Service , Selasa , menyatakan peringkat tetap .",
     "Global Ratings Service", "org"),
    ("Harga patokan kontrak di Singapore Commodity Exchange naik lagi .", "Singapore Commodity Exchange", "org"),
    # a body defined with its acronym is one mention, the acronym included
    ("Permohonan diajukan ke Kerapatan Adat Nagari (KAN) setempat.", "Kerapatan Adat Nagari (KAN)", "org"),
    # where the rules see no cue, the CRF tagger (graph.extract.ner) finds the person
    ("Cara berpikir seperti itu harus diubah , tandas Wiryosentono .", "Wiryosentono", "person"),
    ("Warga menyambut kunjungan Sastrodiharjo ke pasar itu dengan antusias .", "Sastrodiharjo", "person"),
    # a venue of several words after "di", a street without its number
    ("Rapat itu digelar di Hotel Grand Melati Indah , Sudirman .", "Hotel Grand Melati Indah", "place"),
    ("Mereka tiba di rumah di Jalan Merdeka Barat Nomor 5 , kemarin .", "Jalan Merdeka Barat", "place"),
    # a department and a cabinet are bodies
    ("Laporan itu disusun oleh Departemen Perhubungan pekan lalu .", "Departemen Perhubungan", "org"),
    # a country's government is a body
    ("Pemerintah Jerman setelah itu memasuki tahap perundingan .", "Pemerintah Jerman", "org"),
    ("Menteri itu bertemu pejabat pemerintah Irak kemarin .", "pemerintah Irak", "org"),
    # a country or region inside a body's name stops no body
    ("Bursa Efek Malaysia mencatat kenaikan indeks kemarin .", "Bursa Efek Malaysia", "org"),
    ("Lembaga Riset Energi Indonesia sudah menyiapkan lima konsep .", "Lembaga Riset Energi Indonesia", "org"),
    # a body's name ends with the party's or the acronym: a person's name follows
    ("Hadir pula anggota Fraksi Partai Demokrat Rudi Hartono di gedung dewan .", "Fraksi Partai Demokrat", "org"),
    ("Hadir pula anggota Fraksi Partai Demokrat Rudi Hartono di gedung dewan .", "Rudi Hartono", "person"),
    # a body the rules have no word for, where the tagger is sure of it (p >= 0.9)
    ("Sebanyak 13 prajurit Garda Revolusi tewas pada awal Februari .", "Garda Revolusi", "org"),
    ("Politikus PDI Perjuangan Rudi Hartono menjenguk rekannya di rumah sakit .", "PDI Perjuangan", "org"),
    # words that name a body: a faculty, a union of nations
    ("Ia pernah menjabat Dekan Fakultas Kehutanan UGM .", "Fakultas Kehutanan UGM", "org"),
    ("Sesudah beberapa bulan , Perserikatan Bangsa-Bangsa merundingkan gencatan senjata .",
     "Perserikatan Bangsa-Bangsa", "org"),
    # a name right after a list of places is a person where the tagger knows one
    ("Duta Besar Indonesia untuk Jepang dan Korea Selatan , Rudi Hartono bertekad meningkatkan kunjungan .",
     "Rudi Hartono", "person"),
    # a word opening a sentence, set off by a person's role
    ("Nkurunziza , mantan tokoh serikat pekerja , tampil sebagai pembicara .", "Nkurunziza", "person"),
    # a given name that is also a common word, taken where the tagger is sure of it
    ("Dalam rapat itu , panitia melihat Budi memiliki kemampuan teknis .", "Budi", "person"),
    ("Ia membantah adanya ketegangan antara Bambang Sutrisnadi dan Gunarso Wijayakusuma .", "Bambang Sutrisnadi",
     "person"),
    ("Pasangan Harsono Tjiptadi - Rukmini Sastrowardoyo mendaftar ke panitia .", "Harsono Tjiptadi", "person"),
])
def test_untitled_names(text, surface, kind):
    x = _x(text)
    assert any(m.text == surface and m.entity.startswith(kind + ":") for m in x.mentions), x.mentions


@pytest.mark.parametrize("text, not_a_name, person", [
    # a capitalized word the rules would take for a name from its context (an object after a
    # verb): the tagger is sure it is none, the name after the speech verb stays
    ("Ia membeli Pertalite di pom bensin , kata Sutrisno .", "Pertalite", "Sutrisno"),
    # names listed after a verb stay people, whatever type the tagger leans to for the last
    ("Rapat itu dihadiri Sukamto , Jayadi dan Hermawan .", None, "Hermawan"),
    # an unknown acronym is a weak guess too: a unit of measure is no body
    ("Kuota solar dipangkas menjadi 46 juta KL tahun ini , kata Sutrisno .", "KL", "Sutrisno"),
])
def test_the_crf_vetoes_guesses_it_is_sure_of(text, not_a_name, person):
    x = _x(text)
    assert not any(m.text == not_a_name for m in x.mentions), x.mentions  # no name of any kind
    assert any(m.text == person and m.entity.startswith("person:") for m in x.mentions), x.mentions


@pytest.mark.parametrize("text, not_a_person", [
    # sentence starters and inflected common words are no names
    ("“Keuntungannya kembali ke desa,” ujarnya.", "Keuntungannya"),
    ("Teleconference tersebut berjalan lancar.", "Teleconference"),
    # expansions of term acronyms, titles without a name, things with capitals
    ("Pelaku usaha wajib memiliki Nomor Induk Berusaha (NIB) lebih dulu.", "Nomor Induk Berusaha"),
    ("Sambil berseloroh, Wali Kota menyebut penenun itu kerabatnya.", "Wali Kota"),
    ("Bertepatan dengan Hari Batik Nasional, pameran digelar.", "Hari Batik Nasional"),
    ("Ketua Kelompok Penenun Dayang Kencana, Rina Wati, mengaku baru belajar.", "Dayang Kencana"),
    # a preposition and a role noun, capitalized at the start of a headline or a quote
    ("Rakor UMKM Jelang MotoGP\n\nPemkab menggelar rapat.", "Jelang MotoGP"),
    ("\"Wisatawan mau beli oleh-oleh, tapi plastiknya polos,\" ujarnya.", "Wisatawan"),
    # a preposition before a name set off by commas is no part of it
    ("Menurut Rudi Hartono , pedagang ikan kering , pembeli datang dari luar kota .", "Menurut Rudi Hartono"),
    # a candidate's or a coordinating minister's short title is no name
    ("Hal itu mendongkrak elektabilitas Capres Golkar .", "Capres Golkar"),
    ("Atas hal itu , Menko Polhukam menyampaikan permohonan maafnya .", "Polhukam"),
    # a command post is no person; nor a town after a school's number
    ("Posko berada di Balai Desa Sukamaju sejak Senin.", "Posko"),
    ("Kegiatan digelar di SD Negeri 7 Turikale, Senin.", "Turikale"),
])
def test_not_names(text, not_a_person):
    x = _x(text)
    assert not_a_person not in _names(x)


def test_a_craftsman_of_a_generic_product_owns_no_business():
    x = _x("Perajin batik tulis di desa itu ikut pelatihan.")
    assert not [o for o in x.organizations if o.is_business]


def test_owner_after_milik():
    x = _x("Rombongan mampir ke galeri tenun “Dewi Sekar” milik Baiq Rohani di desa itu.")
    names = {e.key: e.name for e in (*x.people, *x.organizations)}
    assert [(names[m.member], names[m.organization]) for m in x.memberships] == [("Baiq Rohani", "Dewi Sekar")]


def test_village_name_before_an_untitled_name():
    x = _x("Hadir pula Kepala Desa Tanjung Baru Yohanes Ladi dalam acara itu.")
    assert "Yohanes Ladi" in _names(x)
    assert any(p.label == "Kepala Desa Tanjung Baru" for p in x.posts)


@pytest.mark.parametrize("text, person, label, not_a_place", [
    # a customary title inside the name stays in it (Minangkabau "Dt.", Bugis "Daeng")
    ("Bupati Tanah Datar Amrizal Putra Dt. Rajo Mudo membuka acara.", "Amrizal Putra Dt. Rajo Mudo",
     "Bupati Tanah Datar", None),
    ("Bupati Bone Baso Tenri Daeng Malewa hadir.", "Baso Tenri Daeng Malewa", "Bupati Bone", None),
    # after a region of the gazetteer the whole capitalized run is the name
    ("Bupati Wonosobo Slamet Riyadi Nugroho membuka pameran.", "Slamet Riyadi Nugroho", "Bupati Wonosobo", None),
    ("Hadir Bupati Wonosobo Slamet Riyadi Nugroho, Camat Kertek Budi Santosa.", "Slamet Riyadi Nugroho",
     "Bupati Wonosobo", None),
    # title + village found elsewhere in the article + name
    ("Warga Nagari Koto Baringin ikut. Wali Nagari Koto Baringin Zulkarnaini mengatakan siap.", "Zulkarnaini",
     "Wali Nagari Koto Baringin", "Koto Baringin Zulkarnaini"),
    ("Warga Desa Kali Jernih ikut. Kepala Desa Kali Jernih Parmin mengatakan siap.", "Parmin",
     "Kepala Desa Kali Jernih", "Kali Jernih Parmin"),
])
def test_title_place_name_boundary(text, person, label, not_a_place):
    x = _x(text)
    assert person in _names(x)
    post = next(p for p in x.posts if p.label == label)
    assert next(e.name for e in x.people if e.key == post.holder) == person
    assert post.organization is not None
    assert not_a_place not in _names(x, "places")


# ---- mention spans, as a NER reader expects them -------------------------------------------

@pytest.mark.parametrize("text, surface, kind", [
    # an unknown capitalized word in a list of names, after a verb, or as a subject is a name
    ("Kedatangan rombongan disambut Sutarjo dan warga desa.", "Sutarjo", "person"),
    ("Ketiga saksi itu ialah Wiranti , Suparmi , dan Lestyani .", "Suparmi", "person"),
    # (the subject of a reporting verb; a lone unknown subject of any verb is taken only when the
    # tagger reads a person there too: "Investree akan …" is no person)
    ("Darsono mengatakan akan hadir dalam sidang itu.", "Darsono", "person"),
    ("Menteri Hidayat membuka acara itu.", "Hidayat", "person"),
    ("Darmaji Kusumo yang hadir sejak pagi menolak berkomentar.", "Darmaji Kusumo", "person"),
    ("Laporan itu diserahkan ke Komisi Pengawas Pangan (KPP) kemarin.", "Komisi Pengawas Pangan (KPP)", "org"),
    # an office, then a body known by its acronym or one word, then the person
    ("Ketua BKP Muhammad Rasyid menolak usul itu.", "BKP", "org"),
    ("Ketua BKP Muhammad Rasyid menolak usul itu.", "Muhammad Rasyid", "person"),
    ("Wakil Sekretaris Jenderal PSI Ahmad Basuki mengatakan hal itu.", "PSI", "org"),
    ("Wakil Sekretaris Jenderal PSI Ahmad Basuki mengatakan hal itu.", "Ahmad Basuki", "person"),
    ("Politisi Partai Hanura Dewi Anggraeni menilai kebijakan itu keliru.", "Partai Hanura", "org"),
    # after a noun naming a kind of place, in a list with a place, or before ", <place>"
    ("Badai itu melanda kota Marvella kemarin.", "Marvella", "place"),
    ("Maskapai itu terbang ke Jakarta , Marvella dan Solvera .", "Solvera", "place"),
    ("Diskusi digelar di Warung Sore , Pondokan , Jakarta , Rabu .", "Pondokan", "place"),
    # … but a body's region then a name set off by commas is a person
    ("Materi disampaikan staf Diskominfo Sintang , Lisnawati br Sembiring , kemarin .", "Lisnawati br Sembiring",
     "person"),
    ("Rombongan itu tiba di Jepang pada Senin.", "Jepang", "place"),
    ("Produk itu dijual ke Korea Selatan dan Jepang .", "Jepang", "place"),
    ("Delegasi itu terbang ke Vietnam dan Kanada telah menyambut mereka .", "Vietnam", "place"),
    # a state company's legal form is part of its mention, not of its name
    ("PT Pupuk Nusantara (Persero) menyalurkan pupuk bersubsidi .", "PT Pupuk Nusantara (Persero)", "org"),
    # an unknown name after a noun of belonging is the body one belongs to
    ("Polisi menangkap dua anggota Jamaah Al-Mizan yang diduga terlibat .", "Jamaah Al-Mizan", "org"),
    ("Ia mengaku sebagai kader Parsindo sejak 2010 .", "Parsindo", "org"),
])
def test_mention_spans(text, surface, kind):
    x = _x(text)
    assert any(m.text == surface and m.entity.startswith(kind + ":") for m in x.mentions), x.mentions


@pytest.mark.parametrize("text, not_a_mention", [
    # a country after a noun only qualifies it: nationality, not a place
    ("Ribuan turis Jepang memadati pantai itu.", "Jepang"),
    ("Serangan militer Suriah menewaskan dua orang.", "Suriah"),
    ("Ia fasih berbahasa Belanda sejak kecil.", "Belanda"),
    # a country that acts as a state does: the subject of a clause, the agent of a passive verb
    ("Vietnam telah melarang impor beras sejak Mei .", "Vietnam"),
    ("Kanada dan Brasil juga mengikuti langkah itu .", "Brasil"),
    ("Ia menyebut bahwa Kanada tidak akan mundur .", "Kanada"),
    ("Blokade yang diberlakukan Brasil membuat harga naik .", "Brasil"),
    ("Kapal itu ditahan oleh Vietnam pekan lalu .", "Vietnam"),
    # a title's field of government is no name; an office word alone is no name
    ("Hal itu disampaikan Menteri Kelautan dan Perikanan dalam keterangannya.", "Kelautan"),
    ("Usul itu ditolak Menteri Pertahanan kemarin.", "Pertahanan"),
    ("Menteri Pariwisata dan Ekonomi Kreatif Rudi Hartono membuka acara itu .", "Pariwisata dan Ekonomi Kreatif"),
    ("Menko Perekonomian Rudi Hartono membuka acara itu .", "Perekonomian"),
    ("Presiden dan Wapres terus bekerja.", "Wapres"),
    # an unknown word after a noun is what the noun is made of or comes from; a syllable
    # acronym like a known agency's is another agency
    ("Mereka menjual tenun ikat Senaru dari desa itu.", "Senaru"),
    ("Bantuan itu disalurkan Dispermades akan membantu.", "Dispermades"),
    # the acronym of a defined body is not a second mention
    ("Laporan itu diserahkan ke Komisi Pengawas Pangan (KPP) kemarin.", "KPP"),
    # acronyms of diseases and documents are terms, no bodies
    ("Cuaca dingin dan lembap rawan memicu ISPA, ujar dia.", "ISPA"),
    # a Roman numeral after a defined acronym, a currency, a crime scene are no bodies
    ("Survei itu menilai kinerja Kabinet Kerja Bersama (KKB) II tahun ini .", "II"),
    ("Kupon senilai 40 USD dibagikan kemarin .", "USD"),
    ("Keputusan itu diambil dalam Muktamar ke VII di Semarang .", "VII"),
    ("Polisi segera mendatangi TKP untuk memeriksa saksi .", "TKP"),
    # a programme named like a village and defined with its acronym is no village
    ("BPBD menggelar pelatihan pembentukan Desa Siaga Banjir (Desiba) di Balai Desa Sidomulyo.", "Desa Siaga Banjir"),
])
def test_not_mentions(text, not_a_mention):
    x = _x(text)
    assert not any(m.text == not_a_mention for m in x.mentions), x.mentions


def test_a_list_of_fields_with_a_serial_comma_stays_in_the_name():
    x = _x("KLATEN – Pelatihan digelar Dinas Perdagangan, Koperasi, dan UKM Kabupaten Klaten di aula.")
    assert "Dinas Perdagangan, Koperasi, dan UKM Kabupaten Klaten" in _names(x, "organizations")
    # while a body after the comma is the next body of a list
    x = _x("Rapat dihadiri Dinas Kesehatan, Koperasi Sejahtera, dan BPBD.")
    assert {"Koperasi Sejahtera"} <= _names(x, "organizations")


def test_a_field_of_dictionary_words_after_dan_stays_in_the_name():
    x = _x("Kantor itu milik Kementerian Pemuda dan Hak Warga Negara sejak lama .")
    assert "Kementerian Pemuda dan Hak Warga Negara" in _names(x, "organizations")


def test_a_list_of_bodies_each_with_its_acronym():
    x = _x("Pertemuan itu diikuti Dinas Kelautan dan Perikanan Provinsi Jawa Timur, Bank Rakyat Indonesia (BRI) "
           "Kantor Cabang Gresik, serta PT Sinar Laut Abadi.")
    names = _names(x, "organizations")
    assert "Dinas Kelautan dan Perikanan Provinsi Jawa Timur" in names
    assert not any("," in n for n in names), names


def test_a_comma_before_another_body_ends_a_name():
    x = _x("Rapat diikuti Dinas Koperasi, UKM dan Perdagangan (DKUP) Kota Bogor, Dinas Kelautan dan Perikanan "
           "Provinsi Jawa Barat, serta warga.")
    assert {"Dinas Koperasi, UKM dan Perdagangan Kota Bogor",
            "Dinas Kelautan dan Perikanan Provinsi Jawa Barat"} <= _names(x, "organizations")


@pytest.mark.parametrize("text, not_an_org", [
    # an acronym defined by lowercase words is a term, also when used alone later
    ("Tercatat 80 kasus infeksi saluran pernapasan akut (ISPA) di desa itu. Kasus ISPA naik.", "ISPA"),
    ("Banjir merendam rumah 120 kepala keluarga (KK) di desa itu.", "KK"),
])
def test_lowercase_defined_acronyms_are_terms(text, not_an_org):
    assert not any(not_an_org in (o.name, *o.aliases) for o in _x(text).organizations)


def test_a_posts_jurisdiction_is_anchored_once():
    # the region after a title is a fact of the post: no place mention there when the
    # article names the place elsewhere, the mention kept when it is the place's only anchor
    x = _x("Gubernur Jawa Tengah Budi Santosa meninjau banjir di Jawa Tengah , Senin .")
    places = [m.text for m in x.mentions if m.entity.startswith("place:")]
    assert places == ["Jawa Tengah"] and x.mentions[-1].start > 20, x.mentions
    x = _x("Presiden Kanada Marie Tremblay tiba di Jakarta , Senin .")
    assert "Kanada" in [m.text for m in x.mentions if m.entity.startswith("place:")]
    assert any(p.label == "Presiden Kanada" for p in x.posts), x.posts


def test_country_inside_a_body_name_is_no_place():
    x = _x("Kredit disalurkan Bank Rakyat Indonesia (BRI) Kantor Cabang Bogor.")
    assert not any(m.entity.startswith("place:") and m.text == "Indonesia" for m in x.mentions)


def test_ministry_field_after_a_title_is_no_village():
    x = _x("Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi (Kemendes PDTT) menggelar rapat. "
           "Wakil Menteri Desa PDTT Budi Santoso mengatakan hal itu.")
    assert not any("Budi" in p for p in _names(x, "places"))
    names = {o.key: o.name for o in x.organizations}
    post = next(p for p in x.posts if "Wakil Menteri" in (p.role.label_id, *p.role.alt_more))
    assert names[post.organization] == "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"


def test_hospital_named_after_a_person():
    # the honorific and initials after RSUD belong to the hospital's name, not to a person;
    # the short form without the honorific is the same hospital
    x = _x("Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) Dr. AB Sumanto Cilawu. "
           "Direktur RSUD AB Sumanto, dr. Rina Marlina, Sp.PD., menyebut pasien membaik.")
    assert _names(x) == {"Rina Marlina"}
    hospital = next(o for o in x.organizations if o.name.startswith("Rumah Sakit Umum Daerah Dr. AB Sumanto"))
    assert "RSUD AB Sumanto" in hospital.aliases
    assert next(p for p in x.posts).organization == hospital.key


def test_second_post_after_yang_juga():
    # "yang juga <title>" gives the person named before a second post; "Satgas" alone after the
    # title is the task force named before with its acronym, whose name goes on over the field
    # its agency word opens ("Penanganan Darurat Banjir")
    x = _x("Satuan Tugas (Satgas) Penanganan Darurat Banjir menggelar rapat. Kepala Pelaksana BPBD, "
           "Rudi Hartono, yang juga Komandan Satgas, membuka rapat.")
    names = {e.key: e.name for e in (*x.people, *x.organizations)}
    posts = {(names[p.holder], p.role.label_id, names[p.organization]) for p in x.posts}
    assert ("Rudi Hartono", "Komandan", "Satuan Tugas Penanganan Darurat Banjir") in posts


def test_council_unit_and_faction_posts():
    x = _x("BOGOR – Komisi III Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Bogor menggelar rapat. "
           "Rapat dipimpin Ketua Komisi III, H. Budi Santoso, S.H. dari Fraksi Partai Hanura, dan dihadiri warga. "
           "Anggota Komisi III dari Fraksi PSI, Rina Wati, meminta data.")
    names = {e.key: e.name for e in (*x.people, *x.organizations)}
    komisi = next(o for o in x.organizations if o.name.startswith("Komisi III"))
    assert names[komisi.parent] == "Dewan Perwakilan Rakyat Daerah Kabupaten Bogor"
    posts = {(names[p.holder], p.role.label_id, names[p.organization]) for p in x.posts}
    assert posts >= {("Budi Santoso", "Ketua Komisi III", "Dewan Perwakilan Rakyat Daerah Kabupaten Bogor"),
                     ("Budi Santoso", "Anggota", "Fraksi Partai Hanura"),
                     ("Rina Wati", "Anggota Komisi III", "Dewan Perwakilan Rakyat Daerah Kabupaten Bogor"),
                     ("Rina Wati", "Anggota", "Fraksi PSI")}


def test_the_head_of_a_party_board_holds_its_post():
    x = _x("Hal itu disampaikan Ketua DPD Partai Harapan Rakyat Bali I Ketut Santosa saat dihubungi .")
    assert [(p.label, p.holder) for p in x.posts] == [("Ketua DPD Partai Harapan Rakyat Bali", "person:i-ketut-santosa")]


@pytest.mark.parametrize("text, body, holder, label", [
    ("Ketua Forum Warga Peduli Darmawan Saputra mengatakan hal itu .", "Forum Warga Peduli", "Darmawan Saputra",
     "Ketua Forum Warga Peduli"),
    ("Wakil Ketua Umum Partai Karya Bangsa Hendra Gunawan mengatakan hal itu .", "Partai Karya Bangsa",
     "Hendra Gunawan", "Wakil Ketua Umum Partai Karya Bangsa"),
])
def test_a_body_named_freely_ends_where_the_tagger_reads_a_person(text, body, holder, label):
    x = _x(text)
    assert body in _names(x, "organizations") and holder in _names(x, "people")
    assert [p.label for p in x.posts] == [label]


@pytest.mark.parametrize("text, label, body", [
    ("Wasekjen Partai Karya Bangsa Hendra Gunawan mengatakan hal itu .", "Wakil Sekretaris Jenderal Partai Karya Bangsa",
     "Partai Karya Bangsa"),
    ("Sekjen Partai Karya Bangsa Hendra Gunawan mengatakan hal itu .", "Sekretaris Jenderal Partai Karya Bangsa",
     "Partai Karya Bangsa"),
    # a party known by one word, under its standard name (canonical_names.tsv)
    ("Wasekjen Golkar Hendra Gunawan hadir .", "Wakil Sekretaris Jenderal Partai Golkar", "Partai Golkar"),
])
def test_secretaries_general_of_parties(text, label, body):
    x = _x(text)
    assert [p.label for p in x.posts] == [label] and body in _names(x, "organizations")


@pytest.mark.parametrize("text, label, body", [
    ("Hal itu dikatakan Direktur Pemasaran dan Niaga Pertamina Hendra Gunawan kemarin .",
     "Direktur Pemasaran dan Niaga Pertamina", "Pertamina"),
    # a known acronym's body takes its expansion as its name
    ("Hal itu dikatakan Manajer Humas PLN Hendra Gunawan kemarin .", "Manajer Humas Perusahaan Listrik Negara",
     "Perusahaan Listrik Negara"),
])
def test_a_division_then_its_body_after_a_title(text, label, body):
    x = _x(text)
    assert [(p.label, p.holder) for p in x.posts] == [(label, "person:hendra-gunawan")]
    assert body in _names(x, "organizations")


def test_a_party_is_named_with_all_its_words():
    # "Partai" takes the capitalized words after it as the party's name, an institution word too
    x = _x("Koalisi itu kini menyusul Partai Persatuan Tani Nusantara yang sudah lebih dulu bergabung .")
    assert "Partai Persatuan Tani Nusantara" in _names(x, "organizations")
    # a country inside the name is one of its words, where a region would close it
    x = _x("Partai Karya Indonesia Bersatu menyatakan dukungannya , Senin .")
    assert "Partai Karya Indonesia Bersatu" in _names(x, "organizations")
    x = _x("Kontrak itu diraih PT Vietnam Samudra Niaga Tbk pekan lalu .")
    assert "PT Vietnam Samudra Niaga Tbk" in _names(x, "organizations")


@pytest.mark.parametrize("text, unit, party", [
    ("Usul itu datang dari Fraksi Partai Harapan Rakyat di DPRD .", "Fraksi Partai Harapan Rakyat",
     "Partai Harapan Rakyat"),
    ("Fraksi PKB menolak rancangan itu , kata dia .", "Fraksi PKB", "PKB"),
    ("Hal itu disampaikan Ketua DPD Gerindra Klaten , Rudi Santosa , Senin .", "DPD Gerindra Klaten", "Gerindra"),
    # a party's board: its party, its region, then the person holding the post
    ("Hal itu disampaikan Ketua DPC PDI Perjuangan Sragen Rudi Santosa , Senin .", "DPC PDI Perjuangan Sragen",
     "PDI Perjuangan"),
    ("Kemarin DPW Partai Harapan Rakyat Jambi menggelar rapat .", "DPW Partai Harapan Rakyat Jambi",
     "Partai Harapan Rakyat"),
])
def test_a_party_unit_names_its_party(text, unit, party):
    x = _x(text)
    spans = {m.text: m.entity for m in x.mentions}
    assert spans.get(unit, "").startswith("org:") and spans.get(party, "").startswith("org:"), x.mentions
    assert spans[unit] != spans[party]
    parents = {o.key: o.parent for o in x.organizations}
    assert parents[spans[unit]] == spans[party]


def test_a_compass_word_names_a_part_of_a_place():
    x = _x("Wabah itu muncul di sebuah peternakan di Kanada timur , kata pejabat itu .")
    part = next(p for p in x.places if p.name == "Kanada timur")
    assert part.kind == "other" and x.places[[p.key for p in x.places].index(part.within)].name == "Kanada"
    assert [m.text for m in x.mentions if m.entity == part.key] == ["Kanada timur"]
    # a province written in lowercase is the province
    x = _x("Pasokan itu dikirim ke Kalimantan selatan pekan depan .")
    assert [(p.name, p.kind) for p in x.places] == [("Kalimantan Selatan", "province")]
    # a region the gazetteer knows with its compass word is read whole
    x = _x("Banjir melanda Jawa Tengah , Senin .")
    assert [m.text for m in x.mentions] == ["Jawa Tengah"]
