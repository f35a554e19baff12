"""The posts pass alone: each title a person holds, read as a post of a body or a government."""
from __future__ import annotations

import pytest

from .conftest import run_alone


@pytest.mark.parametrize("text, label, organization, jurisdiction", [
    # gov:regency: the government of the region after the title
    ("Bupati Gianyar Hadi Kartasasmita meninjau pasar.", "Bupati Gianyar",
     "org:pemerintah-kabupaten-gianyar", "place:gianyar-regency"),
    # follows: the body named after the title
    ("Ketua Koperasi Wijayakusuma, Pramesti Sumarsih, membuka rapat.", "Ketua Koperasi Wijayakusuma",
     "org:koperasi-wijayakusuma", None),
    # a regional body's head: the body with its region
    ("Kepala Dinas Kesehatan Kabupaten Klaten, Karyadi Widyatmoko, hadir.",
     "Kepala Dinas Kesehatan Kabupaten Klaten", "org:dinas-kesehatan-kabupaten-klaten", "place:klaten-regency"),
    # national: a national post of Indonesia's government
    ("Presiden Purbaya Kartasasmita berpidato.", "Presiden Indonesia", "org:pemerintah-indonesia",
     "place:indonesia-country"),
])
def test_posts(text, label, organization, jurisdiction):
    doc = run_alone(text, "posts")
    assert [(p.label, p.organization, p.jurisdiction) for p in doc.posts] == [(label, organization, jurisdiction)]


def test_an_acting_post():
    doc = run_alone("Plt. Bupati Gianyar Hadi Kartasasmita meninjau pasar.", "posts")
    assert [(p.label, p.role.label_en) for p in doc.posts] == [("Pelaksana Tugas Bupati Gianyar", "acting Regent")]


@pytest.mark.parametrize("sentence, status", [
    ("Bupati Klaten Budi Santoso meresmikan pasar.", "current"),
    ("Mantan Bupati Klaten, Budi Santoso, diperiksa penyidik.", "former"),
    ("Penyidik memeriksa eks Bupati Klaten Budi Santoso.", "former"),
    ("Budi Santoso yang saat itu menjabat Bupati Klaten menandatangani surat itu.", "former"),
    ("Bupati terpilih Klaten, Budi Santoso, menemui warga.", "elect"),
    ("Plt. Kepala Dinas Koperasi Kabupaten Klaten, Rina Wati, membuka pelatihan.", "acting"),
    # the status word after the body or region, before the name
    ("Gubernur Jawa Tengah terpilih Budi Santoso menemui warga.", "elect"),
    ("Ketua DPRD Klaten nonaktif Budi Santoso diperiksa penyidik.", "former"),
    ("Ketua DPRD Klaten nonaktif, Budi Santoso, diperiksa penyidik.", "former"),
    # a candidacy before the title
    ("Calon Bupati Klaten Budi Santoso menemui warga.", "elect"),
    ("Budi Santoso, calon Bupati Klaten, menemui warga.", "elect"),
    ("Budi Santoso yang juga calon Bupati Klaten menemui warga.", "elect"),
    # a status word between an appositive cue and the title
    ("Saat itu Budi Santoso menjabat sebagai mantan Ketua DPRD Klaten.", "former"),
    ("Budi Santoso, mantan Bupati Klaten, menemui warga.", "former"),
    # a clause placing the post in the past, however far the sentence began
    ("Penyidik memeriksa Rudi. Budi Santoso kala itu merupakan Kepala Dinas Koperasi Kabupaten Klaten.",
     "former"),
    # no candidacy of a title: the people a title names after a common noun hold it now
    ("Para calon pembeli menemui Bupati Klaten Budi Santoso.", "current"),
])
def test_a_holding_is_current_acting_former_or_elect(sentence, status):
    doc = run_alone(sentence, "posts")
    assert [p.status for p in doc.posts] == [status]


@pytest.mark.parametrize("sentence, role", [
    ("Juru Bicara KPK Budi Santoso menjelaskan penahanan itu.", "Juru Bicara"),
    ("Jubir Polda Contoh Budi Santoso membenarkan kabar itu.", "Juru Bicara"),
    ("Pelatih PSIS Semarang, Budi Santoso, memuji pemainnya.", "Pelatih"),
])
def test_spokespeople_and_coaches_hold_posts(sentence, role):
    doc = run_alone(sentence, "posts")
    assert [p.role.label_id for p in doc.posts] == [role]


@pytest.mark.parametrize("sentence, role, organization", [
    ("CEO Sukamaju Group, Budi Santoso mengatakan, proyek itu berjalan.", "CEO", "org:sukamaju-group"),
    ("Ketua PDI Perjuangan Rudi Hartono membuka rapat.", "Ketua", "org:partai-demokrasi-indonesia-perjuangan"),  # a party's whole name
    ("Politikus PDI Perjuangan Rudi Hartono menjenguk rekannya.", "Politikus",
     "org:partai-demokrasi-indonesia-perjuangan"),
    ("Kasat Reskrim Polres Klaten AKP Budi Santoso menjelaskan kasus itu.", "Kasat Reskrim", "org:kepolisian-resor-klaten"),
    # titles of real national news: a spokesperson in lowercase, police and military offices,
    # investigators, commissioners, ambassadors
    ("Hal itu dikatakan juru bicara KPK, Budi Santoso, kemarin.", "Juru Bicara",
     "org:komisi-pemberantasan-korupsi"),
    ("Hal itu disampaikan Kapuspen TNI Mayjen TNI Budi Santoso di Jakarta.", "Kepala Pusat Penerangan",
     "org:tentara-nasional-indonesia"),
    ("Kata Dirlantas Polda Metro Jaya Kombes Budi Santoso di Mapolda.", "Direktur Lalu Lintas",
     "org:kepolisian-daerah-metro-jaya"),
    ("Kadiv Humas Polri Irjen Budi Santoso menegaskan hal itu.", "Kepala Divisi Humas",
     "org:kepolisian-negara-republik-indonesia"),
    ("Penyidik KPK Budi Santoso memeriksa saksi.", "Penyidik", "org:komisi-pemberantasan-korupsi"),
    ("Komisioner Ombudsman Budi Santoso menyampaikan temuannya.", "Komisioner", None),
    ("Duta Besar Jepang Budi Santoso menyampaikan ucapan selamat.", "Duta Besar", "org:pemerintah-jepang"),
    # Indonesia's short form after a national title: no part of the name
    ("Presiden RI Budi Santoso meresmikan jembatan.", "Presiden", "org:pemerintah-indonesia"),
    ("Wakil Presiden RI Budi Santoso meresmikan jembatan.", "Wakil Presiden", "org:pemerintah-indonesia"),
    # a foreign minister: the country after the ministry's field
    ("Menteri Luar Negeri Amerika Serikat Budi Santoso membuka perundingan.", "Menteri Luar Negeri",
     "org:kementerian-luar-negeri-amerika-serikat"),
    ("Menteri Kesehatan Jepang Budi Santoso membuka perundingan.", "Menteri Kesehatan",
     "org:kementerian-kesehatan-jepang"),
    # a field opened by "Bidang", a title spelled loosely
    ("Menteri Kordinator Bidang Kemaritiman Budi Santoso meninjau pelabuhan.",
     "Menteri Koordinator Bidang Kemaritiman", "org:kementerian-koordinator-bidang-kemaritiman"),
    # a ministry's field of any dictionary words, closed by its acronym
    ("Menteri Kelautan dan Perikanan (KKP) Budi Santoso meninjau pelabuhan.", "Menteri Kelautan dan Perikanan",
     "org:kementerian-kelautan-dan-perikanan"),
    ("Menteri Desa dan Pembangunan Daerah Tertinggal dan Transmigrasi (DPDTT) Budi Santoso hadir.",
     "Menteri Desa dan Pembangunan Daerah Tertinggal dan Transmigrasi", None),
    # "Bidang" before no derived noun: the ministry's whole name, with its acronym, as before
    ("Menteri Koordinator Bidang Politik, Hukum dan Keamanan (Menko Polhukam) Budi Santoso hadir.",
     "Menteri Koordinator Bidang Politik, Hukum dan Keamanan",
     "org:kementerian-koordinator-bidang-politik-hukum-dan-keamanan"),
    # the chiefs of staff of the armed forces and of the presidency, before a rank
    ("Kepala Staf Angkatan Darat Jenderal Budi Santoso hadir.", "Kepala Staf Angkatan Darat",
     "org:tni-angkatan-darat"),
    ("Wakil Kepala Staf Angkatan Udara Marsekal Madya TNI Budi Santoso hadir.",
     "Wakil Kepala Staf Angkatan Udara", "org:tni-angkatan-udara"),
    ("KSAL Laksamana Budi Santoso meninjau kapal.", "Kepala Staf Angkatan Laut", "org:tni-angkatan-laut"),
    ("Kepala Staf Kepresidenan Budi Santoso hadir.", "Kepala Staf Kepresidenan", "org:kantor-staf-presiden"),
    # heads of boards named with the board, a chief cabinet secretary
    ("Ketua Dewan Komisioner OJK Budi Santoso menjelaskan hal itu.", "Ketua Dewan Komisioner",
     "org:otoritas-jasa-keuangan"),
    ("Ketua Pengurus Harian Yayasan Lembaga Konsumen Sukamaju (YLKS) Budi Santoso menyesalkan hal itu.",
     "Ketua Pengurus Harian", None),
    ("Kepala Sekretaris Kabinet Budi Santoso mengatakan hal itu.", "Kepala Sekretaris Kabinet", None),
    # what a person does, written as a title: a singer
    ("Penyanyi Budi Santoso menghibur penonton.", "Penyanyi", None),
    # the head of a Dinas, of a BPBD: the annotation guide's roles
    ("Kepala Dinas Kesehatan Klaten Budi Santoso meninjau puskesmas.", "Kepala Dinas", None),
    ("Kepala BPBD Klaten, Budi Santoso, meninjau lokasi banjir.", "Kepala Pelaksana", None),
    ("Kepala Badan Penanggulangan Bencana Daerah Kabupaten Klaten Budi Santoso meninjau lokasi banjir.",
     "Kepala Pelaksana", None),
])
def test_titles_of_business_politics_police_and_ministries(sentence, role, organization):
    doc = run_alone(sentence, "posts")
    assert [p.role.label_id for p in doc.posts] == [role]
    if organization:
        assert doc.posts[0].organization == organization


@pytest.mark.parametrize("sentence, role, alt", [
    ("Kabiro Perencanaan Bakamla Budi Santoso hadir.", "Kepala Biro Perencanaan", "Kabiro Perencanaan"),
    ("Kepala Biro Perencanaan Bakamla Budi Santoso hadir.", "Kepala Biro Perencanaan", None),
    # a minister's title as written, with the field after it
    ("Menko Bidang Perekonomian Budi Santoso hadir.", "Menteri Koordinator Bidang Perekonomian",
     "Menko Bidang Perekonomian"),
    ("Menteri Kordinator Bidang Kemaritiman Budi Santoso hadir.", "Menteri Koordinator Bidang Kemaritiman",
     "Menteri Kordinator Bidang Kemaritiman"),
    ("Menteri Koordinator Bidang Kemaritiman Budi Santoso hadir.", "Menteri Koordinator Bidang Kemaritiman", None),
    # a head's role read from the body: the title as written names another role, no other label
    ("Kepala Badan Penanggulangan Bencana Daerah Kabupaten Klaten Budi Santoso hadir.", "Kepala Pelaksana", None),
])
def test_a_short_title_is_the_role_s_other_label(sentence, role, alt):
    doc = run_alone(sentence, "posts")
    assert [(p.role.label_id, p.role.alt_id) for p in doc.posts] == [(role, alt)]


@pytest.mark.parametrize("sentence, holders", [
    # the name after "kuasa hukum" is the client's; the counsel's follows a comma
    ("Kuasa hukum Bambang Sutejo, Rudi Wibisana, mengatakan kliennya sakit.", ["Rudi Wibisana"]),
    ("Sementara, kuasa hukum Bambang Sutejo lainnya, Rudi Wibisana mengatakan kliennya sakit.", ["Rudi Wibisana"]),
    ("Rudi Wibisana, kuasa hukum Bambang Sutejo, mengatakan kliennya sakit.", ["Rudi Wibisana"]),
    # without the comma the name may be either's: no holder
    ("Kuasa hukum Bambang Sutejo mengatakan kliennya sakit.", []),
    # a demonstrative after the client's name points at no counsel named before
    ("Ir. Rudi Wibisana menerima surat yang dikirim kuasa hukum Bambang Sutejo ini.", []),
])
def test_a_legal_counsel_holds_a_post_of_no_body_and_the_client_stays_a_person(sentence, holders):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [names[p.holder] for p in x.posts if p.role.label_id == "Kuasa Hukum"] == holders
    if holders:
        assert "Bambang Sutejo" in names.values()


def test_a_minister_s_field_as_written_is_another_label_of_the_role():
    # the ministry the article names by its short form gives the role; the field as written is
    # another of its labels
    doc = run_alone("Menteri Desa dan Pembangunan Daerah Tertinggal dan Transmigrasi (DPDTT) Budi Santoso "
                    "hadir. Ia bertemu Irjen Kementerian Desa PDTT.", "posts")
    [post] = doc.posts
    assert post.role.label_id == "Menteri Desa PDTT"
    assert "Menteri Desa dan Pembangunan Daerah Tertinggal dan Transmigrasi" in post.role.alt_more


def test_a_governor_named_without_a_province_governs_the_story_s():
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Warga Kota Bandung menyambut Gubernur Rudi Wibisana yang datang ke Bandung kemarin."))
    assert [p.label for p in x.posts] == ["Gubernur Jawa Barat"]


@pytest.mark.parametrize("sentence, label, holder", [
    ("Menperin Budi Santoso mengundang pelaku bisnis.", "Menteri Perindustrian", "Budi Santoso"),
    ('"Saksi itu berbohong," kata Jaksa Rudi Wibisana di persidangan.', None, "Rudi Wibisana"),
])
def test_short_ministerial_titles_and_prosecutors(sentence, label, holder):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    assert [p.name for p in x.people] == [holder]  # no person "Jaksa Rudi Wibisana"
    if label:
        assert [p.label for p in x.posts] == [label]


def test_a_short_ministerial_title_alone_is_no_person():
    from graph.extract import extract
    from graph.types import Article
    assert extract(Article("a", "Sebaliknya, Menperin mengundang pelaku bisnis dari luar negeri.")).people == ()


@pytest.mark.parametrize("sentence, role, organization, shorter", [
    # a unit of a body between the title and the body is part of the role
    ("Ketua Komisi A DPRD Kabupaten Klaten Rudi Wibisana membuka rapat.", "Ketua Komisi A",
     "org:dewan-perwakilan-rakyat-daerah-kabupaten-klaten", ("Ketua",)),
    ("Ketua Dewan Pakar Golkar Rudi Wibisana menyatakan itu.", "Ketua Dewan Pakar", "org:partai-golkar",
     ("Ketua",)),
    # a body's own name that starts with a unit's word is the body
    ("Ketua DPRD Kabupaten Klaten Rudi Wibisana membuka rapat.", "Ketua",
     "org:dewan-perwakilan-rakyat-daerah-kabupaten-klaten", ()),
    # a ministry's field is part of a minister's role, its country is not
    ("Menteri Perindustrian RI Hendra Gunawan meninjau pabrik.", "Menteri Perindustrian", None, ("Menteri",)),
    ("Menko Perekonomian Rudi Wibisana hadir.", "Menteri Koordinator Perekonomian", None, ("Menteri Koordinator",)),
    # the body named in the title is not in the role; the acting prefix is, and the role without it is another name
    ("Panglima TNI Jenderal TNI Rudi Wibisana meninjau latihan.", "Panglima", "org:tentara-nasional-indonesia", ()),
    ("Plt Gubernur Jawa Barat Rudi Wibisana menerima tamu.", "Pelaksana Tugas Gubernur", None, ("Gubernur",)),
])
def test_a_role_reads_the_whole_title_up_to_the_body(sentence, role, organization, shorter):
    doc = run_alone(sentence, "posts")
    assert [(p.role.label_id, p.role.alt_more) for p in doc.posts] == [(role, shorter)]
    if organization:
        assert doc.posts[0].organization == organization


def test_the_shorter_names_of_a_role_are_its_alternative_labels():
    from rdflib.namespace import SKOS

    from graph.build import build_dataset
    from graph.extract import extract
    from graph.types import Article
    ds = build_dataset([extract(Article("a", "Ketua Dewan Pakar Golkar Rudi Wibisana menyatakan itu."))])
    labels = {(str(c), str(l)) for c, l in ds.subject_objects(SKOS.altLabel)}
    assert {l for _, l in labels} == {"Ketua"}


@pytest.mark.parametrize("sentence, role", [
    # a division before the body: dictionary words, a list's commas, office words, its acronym
    ("Kepala Pusat Data, Informasi, dan Humas BNPB Rudi Wibisana menjelaskan itu.", "Kepala Pusat Data, Informasi, dan Humas"),
    ("Direktur SDM dan Marketing PT Sinar Jaya, Rina Wati, menjelaskan itu.", "Direktur SDM dan Marketing"),
    ("Koordinator Pusat Pengendalian dan Operasi (Pusdalops) BPBD Kabupaten Klaten Rudi Wibisana menjelaskan itu.",
     "Koordinator Pusat Pengendalian dan Operasi"),
    # the body after a comma; a body whose field is closed by its acronym in parentheses
    ("Kepala Bidang Informasi Gempa Bumi, BMKG, Rudi Wibisana, menjelaskan itu.", "Kepala Bidang Informasi Gempa Bumi"),
    ("Deputi Bidang Hukum dan Kerja Sama Badan Keamanan Laut (Bakamla) Rudi Wibisana hadir.", "Deputi Bidang Hukum dan Kerja Sama"),
    ("Kepala Pusat Pengendalian Operasi Badan Penanggulangan Bencana Daerah Kabupaten Klaten, Rina Wati, hadir.",
     "Kepala Pusat Pengendalian Operasi"),
])
def test_a_division_before_the_body_is_part_of_the_role(sentence, role):
    doc = run_alone(sentence, "posts")
    assert [p.role.label_id for p in doc.posts] == [role]


def test_titles_listed_after_a_body_s_are_of_that_body():
    doc = run_alone("Persatuan Artis Sukamaju (PARSU) menggelar rapat. Hadir Wakil Ketua Umum PARSU Rudi Wibisana, "
                    "Sekjen Hendra Wijaya, Bendahara Umum Rina Wati, dan Wakil Bendahara Dewi Lestari.", "posts")
    assert [(doc.ents[p.holder].name, p.role.label_id, p.organization) for p in doc.posts] == [
        ("Rudi Wibisana", "Wakil Ketua Umum", "org:persatuan-artis-sukamaju"),
        ("Hendra Wijaya", "Sekretaris Jenderal", "org:persatuan-artis-sukamaju"),
        ("Rina Wati", "Bendahara Umum", "org:persatuan-artis-sukamaju"),
        ("Dewi Lestari", "Wakil Bendahara", "org:persatuan-artis-sukamaju"),
    ]


@pytest.mark.parametrize("sentence, posts", [
    # a clause between: the later title is no item of the list, and of no body named
    ("Ketua PARSU Rudi Wibisana mengatakan, Sekjen Rina Wati juga hadir.",
     [("Ketua", "org:parsu"), ("Sekretaris Jenderal", None)]),
    # no body named at all
    ("Rapat dihadiri Sekjen Hendra Wijaya, Wasekjen Rina Wati, dan Bendahara Umum Dewi Lestari.",
     [("Sekretaris Jenderal", None), ("Wakil Sekretaris Jenderal", None), ("Bendahara Umum", None)]),
])
def test_a_title_without_a_body_outside_a_list_takes_no_body_from_it(sentence, posts):
    doc = run_alone(sentence, "posts")
    assert sorted((p.role.label_id, p.organization) for p in doc.posts) == sorted(posts)


def test_a_body_named_before_a_list_of_titles_is_no_person():
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Rapat dihadiri Kepala Badan Pengawas Pemilu, Ketua Komisi Pemilihan Umum, dan para menteri."))
    assert x.people == ()


@pytest.mark.parametrize("sentence, holders, role", [
    # a title in the plural before a list of names
    ("Penyidik memeriksa dua Anggota DPRD Kabupaten Klaten Rudi Wibisana dan Hendra Wijaya.",
     ["Rudi Wibisana", "Hendra Wijaya"], "Anggota"),
    # … and one that announces the list after "yakni"
    ("Ia menerima uang dari para pejabat pembuat komitmen (PPK) Dinas Pekerjaan Umum Kabupaten Klaten, "
     "yakni Rudi Wibisana, Rina Wati, dan Hendra Wijaya.", ["Hendra Wijaya", "Rina Wati", "Rudi Wibisana"],
     "Pejabat Pembuat Komitmen"),
])
def test_a_plural_title_is_held_by_each_name_of_its_list(sentence, holders, role):
    doc = run_alone(sentence, "posts")
    assert sorted(doc.ents[p.holder].name for p in doc.posts) == sorted(holders)
    assert {p.role.label_id for p in doc.posts} == {role}


@pytest.mark.parametrize("sentence, holder, role", [
    ("Penyidik masih mencari Direktur PT Sinar Jaya yang bernama Rudi Wibisana.", "Rudi Wibisana", "Direktur"),
    ("Rudi Wibisana akhirnya dilantik sebagai Ketua Umum Persatuan Artis Sukamaju di Jakarta.", "Rudi Wibisana",
     "Ketua Umum"),
    ("Penyidik memeriksa Rudi Wibisana yang merupakan Ketua Koperasi Sumber Rejeki.", "Rudi Wibisana", "Ketua"),
    # a cue written with a capital; a division, then a body only the article names
    ("Sukamaju Finance bekerja sama dengan OLX. Itu kemudahan, lanjut Rina Wati Selaku Direktur SDM dan Marketing "
     "Sukamaju Finance.",
     "Rina Wati", "Direktur SDM dan Marketing"),
])
def test_more_ways_of_writing_a_post_in_running_text(sentence, holder, role):
    doc = run_alone(sentence, "posts")
    assert [(doc.ents[p.holder].name, p.role.label_id) for p in doc.posts] == [(holder, role)]


@pytest.mark.parametrize("sentence, posts", [
    # a copula ties a title of no body named to a name of one word
    ("Penyidik memeriksa Irwanto dan Sugiarto. Saat proyek itu berlangsung Irwanto adalah Direktur Jenderal "
     "Kependudukan dan Pencatatan Sipil.", [("Irwanto", "Direktur Jenderal Kependudukan dan Pencatatan Sipil")]),
    ("Penyidik memeriksa Irwanto dan Sugiarto. Selain itu, Sugiarto adalah pejabat pembuat komitmen (PPK) dalam "
     "proyek itu.", [("Sugiarto", "Pejabat Pembuat Komitmen")]),
    # a title of its one national body needs no complement after a copula
    ("Penyidik memeriksa Irwanto. Sebelumnya Irwanto adalah Wakil KSAU.",
     [("Irwanto", "Wakil Kepala Staf Angkatan Udara")]),
    # a comma only: a name of one word may be a place's ("di ruko Sukamaju, …")
    ("Penyidik memeriksa Irwanto. Pertemuan digelar di ruko Irwanto, anggota tim teknis datang.", []),
])
def test_a_title_tied_by_a_copula_to_a_name_of_one_word_is_its_post(sentence, posts):
    doc = run_alone(sentence, "posts")
    assert [(doc.ents[p.holder].name, p.role.label_id) for p in doc.posts] == posts


@pytest.mark.parametrize("sentence, posts", [
    # "sebagai" right after the name
    ("Hakim mempertanyakan legalitas Rudi Wibisana sebagai advokat.", [("Rudi Wibisana", "Advokat", "current")]),
    ("Klub itu menunjuk Bambang Sutejo sebagai pelatih kepala.", [("Bambang Sutejo", "Pelatih", "current")]),
    # "pernah": a post held in the past
    ("Menurut Rudi Wibisana yang pernah sebagai Pelaksana Tugas (Plt.) Direktur Pengamanan Sinyal Lembaga Sandi "
     "Sukamaju (LSS), serangan itu biasa.",
     [("Rudi Wibisana", "Pelaksana Tugas Direktur Pengamanan Sinyal", "former")]),
    ("Rudi Wibisana, yang pernah menjabat Kepala Dinas Koperasi Kabupaten Sukamaju, hadir.",
     [("Rudi Wibisana", "Kepala Dinas", "former")]),
    # a passive's agent: the title is the subject's
    ("Bambang Sutejo dilantik oleh Presiden Rudi Wibisana sebagai KSAU kemarin.",
     [("Rudi Wibisana", "Presiden", "current")]),
    # a companion: the title is the subject's
    ("Ia pernah bermain bersama Rudi Wibisana sebagai pemain pinjaman.", []),
    # a candidacy is no post
    ("Partai itu mendukung Rudi Wibisana sebagai calon Bupati Sukamaju.", []),
    # "sebagai" not right after the name
    ("Rudi Wibisana menyebut perannya sebagai pelatih kepala.", []),
])
def test_a_title_after_sebagai_is_the_post_of_the_name_before_it(sentence, posts):
    doc = run_alone(sentence, "posts")
    assert [(doc.ents[p.holder].name, p.role.label_id, p.status) for p in doc.posts] == posts


@pytest.mark.parametrize("text, posts", [
    # the role written short later, no body: the same post
    ("Jaksa Penuntut Umum KPK Rudi Wibisana membacakan tuntutan. Nama itu disebut Jaksa Rudi dalam sidang.",
     [("Rudi Wibisana", "Jaksa Penuntut Umum")]),
    # another holder's short title stays
    ("Jaksa Penuntut Umum KPK Rudi Wibisana membacakan tuntutan. Jaksa Bambang Sutejo hadir.",
     [("Rudi Wibisana", "Jaksa Penuntut Umum"), ("Bambang Sutejo", "Jaksa")]),
])
def test_a_title_of_no_body_that_its_holder_holds_in_full_is_no_second_post(text, posts):
    doc = run_alone(text, "posts")
    assert [(doc.ents[p.holder].name, p.role.label_id) for p in doc.posts] == posts


def test_a_title_whose_body_is_not_named_is_a_post_of_no_body():
    doc = run_alone("Sementara itu, Direktur Utama Rudi Wibisana menuturkan, okupansi turun.", "posts")
    assert [(p.role.label_id, p.organization, p.jurisdiction) for p in doc.posts] == [("Direktur Utama", None, None)]


def test_a_post_of_no_body_is_its_holder_s_in_its_article():
    from rdflib.namespace import ORG

    from graph.build import build_dataset
    from graph.extract import extract
    from graph.types import Article
    ds = build_dataset([extract(Article(f"a{n}", f"Direktur Utama {name} menuturkan, okupansi turun."))
                        for n, name in enumerate(["Rudi Wibisana", "Hendra Wijaya"])])
    posts = set(ds.objects(None, ORG.holds))
    assert len(posts) == 2 and all("/post/a" in str(p) for p in posts)


@pytest.mark.parametrize("sentence, role", [
    ("Hal itu dikatakan Sekretaris DPRD Kota Bekasi Rudi Wibisana di Bekasi.", "Sekretaris DPRD"),
    # a title word inside a unit ("Pendiri") opens no second title
    ("Persatuan Artis Sukamaju (PARSU) menggelar rapat. Ketua Dewan Pendiri Parsu 56, Rina Wati, menyerahkan bendera.",
     "Ketua Dewan Pendiri"),
])
def test_council_secretaries_and_founding_councils(sentence, role):
    doc = run_alone(sentence, "posts")
    assert [p.role.label_id for p in doc.posts] == [role]


@pytest.mark.parametrize("sentence, posts", [
    # after the holder's name: the division up to a body the article does not know
    ("Rudi Wibisana, Vice President Legal Relation Sukamaju Energi, mengatakan itu.",
     [("Rudi Wibisana", "Vice President Legal Relation")]),
    # an apposition closed by "dan" and the next person of the sentence
    ("Yudhi Hartono, Ketua Komisi A DPRD Kabupaten Klaten dan Rina Wati yang merupakan Pegawai Negeri Sipil "
     "(PNS) Dinas Kebudayaan Kabupaten Klaten.",
     [("Yudhi Hartono", "Ketua Komisi A"), ("Rina Wati", "Pegawai Negeri Sipil")]),
    # an adviser, capitalized or in lowercase, and a secretary general in lowercase
    ('"Kami siap," kata Rudi Wibisana, penasihat militer pemerintah Lorandia.', [("Rudi Wibisana", "Penasihat")]),
    ("Rudi Wibisana, penasehat keamanan nasional Presiden Budi Santoso, wafat.",
     [("Rudi Wibisana", "Penasihat"), ("Budi Santoso", "Presiden")]),
    ("Hal itu disampaikan Penasihat KPK Rudi Wibisana.", [("Rudi Wibisana", "Penasihat")]),
    ("Rina Wati, sekretaris jenderal Partai Karya, membantah.", [("Rina Wati", "Sekretaris Jenderal")]),
])
def test_titles_after_the_holder_s_name(sentence, posts):
    doc = run_alone(sentence, "posts")
    assert sorted((doc.ents[p.holder].name, p.role.label_id) for p in doc.posts) == sorted(posts)


@pytest.mark.parametrize("sentence, holder, role", [
    # a known ministry's field whose words are no derived nouns: no person "Luar Negeri Rudi …"
    ("Bantuan itu dapat dikirim Menteri Luar Negeri Rudi Wibisana pekan ini.", "Rudi Wibisana", "Menteri Luar Negeri"),
    # titles of running text
    ("Mereka di antaranya Bos PT Sinar Jaya, Rudi Wibisana, dan stafnya.", "Rudi Wibisana", "Bos"),
    ("Tiga mahasiswa dibimbing dosen Rudi Wibisana menciptakan kolagen halal.", "Rudi Wibisana", "Dosen"),
    ('"Apa tujuannya?" tanya jaksa penuntut umum KPK, Rudi Wibisana kepada saksi.', "Rudi Wibisana",
     "Jaksa Penuntut Umum"),
])
def test_ministers_bosses_lecturers_and_prosecutors(sentence, holder, role):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == [(holder, role)]


def test_a_name_in_parentheses_after_a_title_with_a_rank():
    doc = run_alone("Hasilnya disampaikan melalui Kapolres Klaten (AKBP Rudi Wibisana) selaku penanggung jawab.", "posts")
    assert [(doc.ents[p.holder].name, p.label) for p in doc.posts] == [("Rudi Wibisana", "Kapolres Klaten")]


@pytest.mark.parametrize("sentence, holder, role", [
    ("Pelatih timnas Malaysia Rudi Wibisana mengaku senang meski timnya kalah.", "Rudi Wibisana", "Pelatih"),
    ("Korban ditemukan siang tadi, kata Ketua tim SAR Zona C Kapten Rudi Wibisana di lokasi.", "Rudi Wibisana", "Ketua"),
])
def test_a_body_named_in_lowercase_between_title_and_name(sentence, holder, role):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    assert [p.name for p in x.people] == [holder]  # no person "Zona C Kapten Rudi …"
    assert [p.role.label_id for p in x.posts] == [role]


@pytest.mark.parametrize("sentence, posts", [
    # a name that is a body's of the article holds no post of no body ("pemain Persikota" read as a name)
    ("Persikota Sukamaju menang. Kiper Persikota Sukamaju menahan tendangan itu.", []),
    # a division is read once, not again as a unit of the body
    ("Kepala Pusat Data Informasi dan Humas Badan Nasional Penanggulangan Bencana (BNPB) Rudi Wibisana hadir.",
     [("Rudi Wibisana", "Kepala Pusat Data Informasi dan Humas")]),
    # a ministry's field without its country nor a connector left behind
    ("Menteri Komunikasi dan Informatika RI Rudi Wibisana hadir.", [("Rudi Wibisana", "Menteri Komunikasi dan Informatika")]),
    # a division's body is none of another sentence's
    ("Rapat digelar KPK kemarin. Hal itu dikatakan Kepala Bidang Usaha Mikro Rudi Wibisana di Gedung DPR.",
     [("Rudi Wibisana", "Kepala Bidang Usaha Mikro")]),
])
def test_posts_of_no_body_and_roles_read_once(sentence, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == posts
    assert all(p.organization != "org:komisi-pemberantasan-korupsi" for p in x.posts)


@pytest.mark.parametrize("sentence, role", [
    # a division joined to its body by "pada"
    ("Ia diperiksa bersama mantan Direktur Jenderal Pembinaan Kawasan Transmigrasi pada Kemenakertrans Rudi Wibisana.",
     "Direktur Jenderal Pembinaan Kawasan Transmigrasi"),
    ("Hal itu dijelaskan Rudi Wibisana, Wakil Direktur Sukamaju Finance, di Jakarta.", "Wakil Direktur"),
])
def test_deputy_directors_and_divisions_joined_by_pada(sentence, role):
    doc = run_alone(sentence, "posts")
    assert [p.role.label_id for p in doc.posts] == [role]


def _held(doc) -> list[tuple[str, str]]:
    return [(doc.ents[p.holder].name, p.role.label_id) for p in doc.posts]


@pytest.mark.parametrize("sentence, held", [
    # titles of sport, church, investigation and elections, as real news writes them (lowercase too)
    ("Striker Persisam, Hendra Gunawan, gembira dengan hasil itu.", [("Hendra Gunawan", "Striker")]),
    ("Sirkuit itu tempat pebalap Sukamaju Racing, Hendra Gunawan, berjaya.", [("Hendra Gunawan", "Pebalap")]),
    ("Menurut penyidik senior Komisi Pemberantasan Korupsi (KPK), Hendra Gunawan, hal itu wajar.",
     [("Hendra Gunawan", "Penyidik Senior")]),
    ("Salah seorang tenaga ahli Majelis Kehormatan DPR, Hendra Gunawan melaporkan aksi itu.",
     [("Hendra Gunawan", "Tenaga Ahli")]),
    ("Menurut komisioner Komisi Pemilihan Umum (KPU) Hendra Gunawan, hal itu wajar.",
     [("Hendra Gunawan", "Komisioner")]),
    ("Terlapor dua pemimpin Komisi Pemberantasan Korupsi (KPK) Hendra Gunawan dan Rudi Wibisana.",
     [("Hendra Gunawan", "Pemimpin"), ("Rudi Wibisana", "Pemimpin")]),
    ("Kata Uskup Agung Semarang Hendra Gunawan.", [("Hendra Gunawan", "Uskup Agung")]),
    # "tenaga" alone, capitalized, opens no title: a body's name goes on over it
    ("Kepala Dinas Tenaga Kerja Sukamaju Hendra Gunawan hadir.", [("Hendra Gunawan", "Kepala Dinas")]),
])
def test_titles_of_real_news(sentence, held):
    assert _held(run_alone(sentence, "posts")) == held


@pytest.mark.parametrize("sentence, held, jurisdiction", [
    # a title of no body, held in the place named after it; the weekday after the comma is no name
    ('"Itu tujuan kami," kata Uskup Agung Jakarta Hendra Gunawan, Rabu (31/5).',
     [("Hendra Gunawan", "Uskup Agung")], "place:jakarta-province"),
])
def test_a_weekday_after_the_holder_s_comma(sentence, held, jurisdiction):
    doc = run_alone(sentence, "posts")
    assert _held(doc) == held
    assert doc.posts[0].jurisdiction == jurisdiction


@pytest.mark.parametrize("sentence, held", [
    # a title in the plural before one capitalized word: the holders' body, no name of one
    ("Akhir Mei lalu, Hendra Gunawan dan beberapa pebalap Sukamaju menjalani tes di sirkuit ini.", []),
    ("Para pemain Persisam bertanding dengan semangat.", []),
    # a list of names after it is read as before
    ("Para pemain Persisam, Hendra Gunawan dan Rudi Wibisana, hadir.",
     [("Hendra Gunawan", "Pemain"), ("Rudi Wibisana", "Pemain")]),
])
def test_a_title_in_the_plural_before_one_word(sentence, held):
    assert _held(run_alone(sentence, "posts")) == held


@pytest.mark.parametrize("sentence", [
    # a title in the plural names its holders in a list; a name with no list after it is the body's
    "Rudi Wibisana memuji seluruh pemain Garuda Sukamaju di laga itu.",
    "Rudi Wibisana senang bekerja sama dengan para pemain Garuda Sukamaju.",
])
def test_a_title_in_the_plural_before_no_list(sentence):
    assert _held(run_alone(sentence, "posts")) == []


@pytest.mark.parametrize("sentence, held", [
    # "anggota" in lowercase, and the faction between the body and the name (a member of it too)
    ("Gugatan dilayangkan anggota Komisi V DPR dari Fraksi Hanura Rina Wati kemarin.",
     [("Rina Wati", "Anggota Komisi V"), ("Rina Wati", "Anggota")]),
    ("KPK menahan mantan anggota Komisi IX DPR Fraksi Partai Golkar Hendra Gunawan kemarin.",
     [("Hendra Gunawan", "Anggota Komisi IX")]),
    ("Jaksa menyoal keterangan anggota fraksi Hanura, Rina Wati dalam sidang itu.", [("Rina Wati", "Anggota")]),
    ("Menurut anggota DPRD Kabupaten Sukamaju Hendra Gunawan, anggaran itu cukup.", [("Hendra Gunawan", "Anggota")]),
    # members of a family, all the members of a body: no post
    ("Seorang anggota keluarga Hendra Gunawan mengatakan hal itu.", []),
])
def test_members_written_in_lowercase(sentence, held):
    assert _held(run_alone(sentence, "posts")) == held


@pytest.mark.parametrize("sentence, held", [
    # a party known by its one-word name after a title written after the holder, and no person of that name
    ("Hendra Gunawan, politisi Gerindra, mengaku senang.", [("Hendra Gunawan", "Politikus", "Politisi")]),
    ("Wakil Ketua DPRD Sukamaju Hendra Gunawan, politisi Gerindra itu, mengaku senang.",
     [("Hendra Gunawan", "Wakil Ketua", None), ("Hendra Gunawan", "Politikus", "Politisi")]),
    # the title as written, in lowercase, is the role's other label when it is another word for it
    ("Kata jaksa penuntut umum Hendra Gunawan di sidang itu.", [("Hendra Gunawan", "Jaksa Penuntut Umum", None)]),
])
def test_a_one_word_body_after_a_title_written_after_the_name(sentence, held):
    doc = run_alone(sentence, "posts")
    assert [(doc.ents[p.holder].name, p.role.label_id, p.role.alt_id) for p in doc.posts] == held
    assert "Gerindra" not in {e.name for e in doc.ents.values() if e.kind == "person"}


@pytest.mark.parametrize("sentence, held", [
    # a title of no body before a one-word name: a rank makes it a person's post
    ("Kapolres didampingi Kasat Reskrim AKP Harmanto menjelaskan kasus itu.", [("Harmanto", "Kasat Reskrim")]),
    # without a rank a one-word name after such a title may be a body's ("pemain Barcelona")
    ("Kapolres didampingi Kasat Reskrim Harmanto menjelaskan kasus itu.", []),
])
def test_a_ranked_one_word_name_holds_a_title_of_no_body(sentence, held):
    assert _held(run_alone(sentence, "posts")) == held


@pytest.mark.parametrize("sentence, held", [
    # the words after the title that the article also writes without the words before them are the
    # holder's name; those before them name the body (a region or acronym among them, or written alone)
    ("Pebalap Garuda Racing Hendra Gunawan punya pandangan sendiri. Tim Garuda Racing optimistis."
     " Menurut Hendra Gunawan, musim ini sulit.", [("Hendra Gunawan", "Pebalap")]),
    ("Penangkapan itu dibenarkan Kasat Narkoba Polres Sukamaju AKBP Hendra Gunawan."
     " Hendra Gunawan enggan menjelaskan.", [("Hendra Gunawan", "Kasat Narkoba")]),
    # no body before a name written short elsewhere: the whole name ("… David De Gea … De Gea")
    ("Real Madrid memboyong penjaga gawang Hendra De Gunawan. Tanda tangan De Gunawan belum didapat.",
     [("Hendra De Gunawan", "Penjaga Gawang")]),
    # a body's head opens the run: its short name alone elsewhere is the body's ("PT Osma Grup … Osma Grup")
    ("Penyidik mencari Direktur PT Sinar Jaya Abadi yang bernama Hendra. Sinar Jaya Abadi berkantor di Bekasi.",
     [("Hendra", "Direktur")]),
])
def test_a_body_before_a_name_the_article_writes_alone(sentence, held):
    assert _held(run_alone(sentence, "posts")) == held


@pytest.mark.parametrize("sentence", [
    # "anggota" right before capitalized words: a body's members, no holder named
    "Persekusi mungkin menimpa anggota Laskar Garuda Sakti di kota itu.",
    "Ia didampingi anggota Polit Biro, Sekretaris Komite Kota Sukamaju.",
])
def test_no_holder_right_after_a_member_s_title(sentence):
    doc = run_alone(sentence, "posts")
    assert [p.role.label_id for p in doc.posts if p.role.label_id == "Anggota"] == []


@pytest.mark.parametrize("sentence, held", [
    # a surname written alone elsewhere: the name is the run's last two words, or the whole run of two
    ("Manajer Hendra Kloppen punya cara. Kloppen berencana menggelar pramusim.", [("Hendra Kloppen", "Manajer")]),
    ("Kiper Garuda Sakti Hendra Gunawan tampil gemilang. Tim Garuda Sakti menang. Gunawan menepis tiga tembakan.",
     [("Hendra Gunawan", "Kiper")]),
    # the run after a comma's name, a hyphen that joins the run to more words: read as before
    ("Ketua DPD Partai Sukamaju Raya, Hendra Gunawan, hadir. Raya menyambutnya. Gunawan tersenyum.",
     [("Hendra Gunawan", "Ketua")]),
])
def test_a_surname_the_article_writes_alone(sentence, held):
    assert _held(run_alone(sentence, "posts")) == held


def _posts_of(sentence: str) -> list[tuple[str, str]]:
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    return [(names[p.holder], p.role.label_id) for p in x.posts]


@pytest.mark.parametrize("sentence, posts", [
    # occupations of film, music, the press and sport before a name are roles of no body
    ("Sutradara Rudi Wibisana angkat suara soal kecelakaan itu.", [("Rudi Wibisana", "Sutradara")]),
    ("Film itu dibintangi aktris Rina Wati.", [("Rina Wati", "Aktris")]),
    ("Lagu itu digarap produser Bambang Sutejo.", [("Bambang Sutejo", "Produser")]),
    ("Wartawan Harian Sukamaju, Rudi Wibisana, ikut diperiksa.", [("Rudi Wibisana", "Wartawan")]),
    ("Ide itu datang dari sang kapten, Rudi Wibisana, usai laga.", [("Rudi Wibisana", "Kapten")]),
    # a rank is no captain of a team: "Kapten" capitalized before a name stays a rank
    ("Kapten Inf Rudi Wibisana memimpin upacara.", []),
    # "pengacara X": X may be the client; the lawyer is the name after the comma
    ("Pengacara Bambang Sutejo, Rudi Wibisana, mengatakan kliennya sakit.", [("Rudi Wibisana", "Pengacara")]),
    ("Kasus itu dilaporkan pengacara Bambang Sutejo ke polisi.", []),
])
def test_occupations_are_roles_of_no_body(sentence, posts):
    assert _posts_of(sentence) == posts


@pytest.mark.parametrize("sentence, posts", [
    # a role written as a common noun after the name and a comma, or after a copula
    ("Polisi menetapkan Rudi Wibisana, wartawan sebuah televisi swasta, sebagai tersangka.",
     [("Rudi Wibisana", "Wartawan")]),
    ("Rina Wati, penyanyi asal Sukamaju yang kini tinggal di Perancis, merilis album.", [("Rina Wati", "Penyanyi")]),
    ("Rudi Wibisana adalah mantan wartawan sebuah koran lokal.", [("Rudi Wibisana", "Wartawan")]),
    ("Rudi Wibisana, selaku pelatih tim bola tangan putri, mengaku bangga.", [("Rudi Wibisana", "Pelatih")]),
    # nouns of a list after the name, not its apposition
    ("Ia mundur di hadapan Rudi Wibisana, pemain dan pengurus klub.", []),
    # a cue far from the name gives the bare role to no one
    ("Rudi Wibisana menemui seorang staf kantor yang juga wartawan.", []),
    # a name of one word holds no role of no body
    ("Rudi, wartawan sebuah televisi swasta, ditetapkan sebagai tersangka.", []),
])
def test_a_role_written_as_a_common_noun_after_the_name(sentence, posts):
    assert _posts_of(sentence) == posts


@pytest.mark.parametrize("sentence, posts", [
    # the field written in lowercase after "pakar", "ahli", "pengamat", "analis" is part of the role
    ("Pakar hukum tata negara Rudi Wibisana berpendapat aturan itu tak perlu.",
     [("Rudi Wibisana", "Pakar hukum tata negara")]),
    ("Pengamat politik dari Universitas Sukamaju, Rudi Wibisana, menilai hal itu wajar.",
     [("Rudi Wibisana", "Pengamat politik")]),
    ("Menurut Rudi Wibisana, ahli telematika yang dikeroyok itu, ia enggan pulang.",
     [("Rudi Wibisana", "Ahli telematika")]),
    ("Ia merekrut dua ahli teknologi yakni Rudi Wibisana dan Bambang Sutejo.",
     [("Rudi Wibisana", "Ahli teknologi"), ("Bambang Sutejo", "Ahli teknologi")]),
    # a verb ends the field, and no name follows
    ("Pengamat menilai Rudi Wibisana salah langkah.", []),
    # an heir is no expert; a title word inside a body's name is no title
    ("Ahli waris Rudi Wibisana menggugat tanah itu.", []),
    ("Hadir Tim Ahli Kajian Sukamaju Rudi Wibisana.", []),
])
def test_a_role_s_field_in_lowercase_is_part_of_the_role(sentence, posts):
    assert _posts_of(sentence) == posts


@pytest.mark.parametrize("sentence, holders", [
    # a word of example right after a plural title announces its holders
    ("Aksi itu diikuti sejumlah seniman lainnya, seperti Bambang Sutejo, Rina Wati hingga Joko Santoso.",
     ["Bambang Sutejo", "Rina Wati", "Joko Santoso"]),
    ("Beberapa pemain, seperti Bambang Sutejo dan Rina Wati, masuk radar klub itu.", ["Bambang Sutejo", "Rina Wati"]),
    # "seperti" far from the title compares, it lists no holders
    ("Para pemain berlatih keras seperti Bambang Sutejo dulu.", []),
])
def test_a_plural_title_followed_by_a_word_of_example_lists_its_holders(sentence, holders):
    assert sorted(name for name, _ in _posts_of(sentence)) == sorted(holders)


@pytest.mark.parametrize("sentence, posts", [
    # one or two lowercase words qualify a title of no body before the comma and the name
    ("Peluang itu dikonversi kapten tim, Rudi Wibisana, pada menit ke-21.", [("Rudi Wibisana", "Kapten")]),
    ("Pelatih sementara mereka, Rudi Wibisana, menurunkan pemain muda.", [("Rudi Wibisana", "Pelatih")]),
    ("Kiper sekaligus kapten mereka, Rudi Wibisana, mencatat rekor.",
     [("Rudi Wibisana", "Kapten"), ("Rudi Wibisana", "Kiper")]),
    # a function word or a verb is no qualifier; one word after a qualifier may name a team
    ("Hal itu dikatakan kepada wartawan di Jakarta, Rudi Wibisana hadir kemudian.", []),
    ("Jarak dengan sang pemimpin klasemen, Persikota, masih jauh.", []),
])
def test_a_title_qualified_in_lowercase_before_the_comma_and_the_name(sentence, posts):
    assert _posts_of(sentence) == posts


@pytest.mark.parametrize("sentence, posts", [
    # a regional title before a region the gazetteer does not know (abroad) is a post of no body
    ("Wali Kota Whitsunday Rudi Wibisana menyebut kota itu seperti zona perang.",
     [("Rudi Wibisana", "Wali Kota", "Wali Kota Whitsunday", None)]),
    # a known region keeps its government
    ("Bupati Gianyar Rudi Wibisana meninjau pasar.",
     [("Rudi Wibisana", "Bupati", "Bupati Gianyar", "org:pemerintah-kabupaten-gianyar")]),
    # no region at all, no story's region: no post
    ("Gubernur Rudi Wibisana hadir.", []),
])
def test_a_regional_title_of_an_unknown_region_is_a_post_of_no_body(sentence, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id, p.label, p.organization) for p in x.posts] == posts


@pytest.mark.parametrize("sentence, posts", [
    # a title in a relative clause ("yang ikut menjadi …") is the clause's head's: a name after its comma is none
    ("Ia mengundang Rudi Wibisana yang ikut menjadi produser film Sukamaju, Rina Wati, dan Dewi Anggraini.",
     [("Rudi Wibisana", "Produser")]),
    ("Rudi Wibisana yang juga menjadi Ketua Koperasi Sukamaju hadir.", [("Rudi Wibisana", "Ketua")]),
    # a pseudo-cleft keeps the name after the comma
    ("Yang hadir adalah Komisioner KPU RI, Rina Wati.", [("Rina Wati", "Komisioner Komisi Pemilihan Umum")]),
    # lowercase forms of special staff and managers
    ("Rudi Wibisana yang juga staf khusus di Bakamla mengatur proyek itu.", [("Rudi Wibisana", "Staf Khusus")]),
    ("Sepanjang kariernya sebagai manajer, Rudi Wibisana belum pernah terdegradasi.", [("Rudi Wibisana", "Manajer")]),
])
def test_titles_in_relative_clauses_and_lowercase_staff_and_managers(sentence, posts):
    assert _posts_of(sentence) == posts


@pytest.mark.parametrize("sentence, posts", [
    # a president's title before a body's acronym is the body's president, no country's
    ("Presiden FIFA Rudi Wibisana hadir di Jakarta.", [("Rudi Wibisana", "Presiden FIFA")]),
    ("Presiden PSSI, Rudi Wibisana, mengumumkan kontrak pelatih.",
     [("Rudi Wibisana", "Presiden Persatuan Sepak Bola Seluruh Indonesia")]),
    # a country, or none, keeps the country's
    ("Presiden Prancis Rudi Wibisana hadir.", [("Rudi Wibisana", "Presiden Prancis")]),
    ("Presiden RI Rudi Wibisana hadir.", [("Rudi Wibisana", "Presiden Indonesia")]),
])
def test_a_president_of_a_body_named_by_its_acronym(sentence, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.label) for p in x.posts] == posts


@pytest.mark.parametrize("sentence, posts", [
    # a region of the gazetteer closes a body's name named by dictionary words when a person's name follows
    ("Ketua Pengadilan Negeri Gianyar Rudi Wibisana menolak gugatan itu.",
     [("Rudi Wibisana", "Ketua Pengadilan Negeri Gianyar")]),
    ("KPK berharap hakim tunggal Pengadilan Negeri Jakarta Selatan Rudi Wibisana menolak gugatan.",
     [("Rudi Wibisana", "Hakim Tunggal Pengadilan Negeri Jakarta Selatan")]),
    # a class after the region is no name
    ("Ketua Pengadilan Negeri Gianyar Kelas IA hadir.", []),
])
def test_a_body_s_seat_ends_its_name_before_the_holder_s(sentence, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.label) for p in x.posts] == posts


@pytest.mark.parametrize("text, aliases", [
    # Indonesia's short form after a national title is a name of the country (its implied place)
    ("Presiden RI Budi Santoso meresmikan jembatan.", {"RI"}),
    ("Wakil Presiden RI Budi Santoso meresmikan jembatan.", {"RI"}),
    # no short form written: no alias
    ("Presiden Budi Santoso meresmikan jembatan.", set()),
])
def test_indonesias_short_form_after_a_title_names_the_country(text, aliases):
    doc = run_alone(text, "posts")
    assert doc.ents["place:indonesia-country"].aliases == aliases


@pytest.mark.parametrize("sentence, posts", [
    # a body's name between the title and the holder's name, which the complement left out: the name
    # starts at a rank, where a government body's field of dictionary words ends, or where the name
    # the article writes again alone begins
    ("Terkait rencana ini, Direktur Utama Perusahaan Umum Badan Urusan Pangan (Perum Bupang) Rudi Wibisana "
     "menilai kebijakan itu siap.", [("Rudi Wibisana", "Direktur Utama")]),
    ("Sementara itu Kepala Kor Lalu Lintas Polri Brigjen Pol Rudi Wibisana meninjau jalur.",
     [("Rudi Wibisana", "Kepala")]),
    ("Direktur Jenderal Perdagangan Dalam Negeri Kementerian Perdagangan Bambang Sutejo merinci harga.",
     [("Bambang Sutejo", "Direktur Jenderal Perdagangan Dalam Negeri")]),
    ("Kepala Departemen Riset Lembaga Kajian PWNU Jawa Tengah Bambang Sutejo mengatakan ada temuan. "
     "Survei itu, kata Bambang Sutejo, melibatkan 300 responden.", [("Bambang Sutejo", "Kepala")]),
    # the body goes on after a number and the name follows the comma
    ("Bendera diserahkan oleh Ketua Dewan Pendiri Partai Sukamaju 56, Rudi Wibisana, kepada pengurus. "
     "Partai Sukamaju berdiri pada 1956.", [("Rudi Wibisana", "Ketua")]),
    # a title nearer the name owns it; a place written alone elsewhere is no name
    ("Saat ditemui wartawan, Kepala Bidang Kebudayaan Dinas Pariwisata Kabupaten Sukamaju Rudi Wibisana "
     "mengatakan kirab itu meriah.", [("Rudi Wibisana", "Kepala Bidang Kebudayaan")]),
    ("Polres Sukamaju melalui anggota Kepolisian Sektor Sukowati menangkap pelaku. Kapolsek Sukowati AKP "
     "Rudi Wibisana mengatakan pelaku ditahan.", []),
])
def test_a_body_between_the_title_and_the_holder_s_name(sentence, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == posts


@pytest.mark.parametrize("sentence, role, alt", [
    # police heads of units, sub-units and deputies, with their divisions
    ("Menurut Kanit Laka Polres Sukamaju Ipda Rudi Wibisana, bus itu rusak.", "Kepala Unit Laka", "Kanit Laka"),
    ("Kanit Reskrim Polsek Sukamaju Kompol Rudi Wibisana mengatakan hal itu.", "Kepala Unit Reskrim",
     "Kanit Reskrim"),
    ("Kasubag Humas Polres Sukamaju Iptu Rudi Wibisana mengatakan hal itu.", "Kepala Subbagian Humas",
     "Kasubag Humas"),
    ("Kasubbag Humas Polres Metro Sukamaju, Kompol Rudi Wibisana mengatakan hal itu.", "Kepala Subbagian Humas",
     "Kasubbag Humas"),
    ("Kasat Binmas Polres Sukamaju AKP Rudi Wibisana mengatakan hal itu.", "Kepala Satuan Binmas", "Kasat Binmas"),
    ("Wakapolres Sukamaju Kompol Rudi Wibisana mengatakan hal itu.", "Wakil Kapolres", "Wakapolres"),
    ("Kapolrestabes Sukamaju Kombes Pol Rudi Wibisana mengatakan hal itu.", "Kapolrestabes", None),
    # a title the table lists keeps its role
    ("Kasat Reskrim Polres Sukamaju AKP Rudi Wibisana mengatakan hal itu.", "Kasat Reskrim", None),
])
def test_heads_of_police_units_sub_units_and_their_deputies(sentence, role, alt):
    doc = run_alone(sentence, "posts")
    assert [(p.role.label_id, p.role.alt_id) for p in doc.posts] == [(role, alt)]


@pytest.mark.parametrize("sentence, role, status", [
    # a ministry's field opened by "bidang" in lowercase, as news writes it
    ("Semua sesuai surat dari Menteri Koordinator bidang Perekonomian Rudi Wibisana, ujarnya.",
     "Menteri Koordinator Bidang Perekonomian", "current"),
    ("Menko bidang Kemaritiman Rudi Wibisana meninjau pelabuhan.", "Menteri Koordinator Bidang Kemaritiman", "current"),
    # an acting prefix in lowercase
    ("ujar Pelaksana tugas Gubernur DKI Jakarta, Rudi Wibisana, dalam sambutannya.", "Pelaksana Tugas Gubernur",
     "acting"),
    ("kata Pelaksana harian Kepala Dinas Kesehatan Sukamaju Rudi Wibisana.", "Pelaksana Harian Kepala Dinas",
     "acting"),
])
def test_a_title_s_words_written_in_lowercase(sentence, role, status):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    assert [(p.role.label_id, p.status) for p in x.posts] == [(role, status)]


@pytest.mark.parametrize("sentence, posts", [
    # the staff of an office-holder: the office-holder's title is part of the role, and the name
    # after it holds no post of that office-holder's
    ("Turut hadir Staf Khusus Presiden Rudi Wibisana dan Sekretaris Militer Presiden Marsda TNI Bambang Sutejo.",
     [("Rudi Wibisana", "Staf Khusus Presiden"), ("Bambang Sutejo", "Sekretaris Militer Presiden")]),
    ("Juru Bicara Menteri Luar Negeri Rudi Wibisana mengatakan hal itu.",
     [("Rudi Wibisana", "Juru Bicara Menteri Luar Negeri")]),
    ("Koordinator Staf Khusus Presiden Rudi Wibisana hadir.", [("Rudi Wibisana", "Koordinator Staf Khusus Presiden")]),
    # the office-holder's own title stays his
    ("Presiden Rudi Wibisana meresmikan jembatan.", [("Rudi Wibisana", "Presiden")]),
])
def test_the_staff_of_an_office_holder(sentence, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert sorted((names[p.holder], p.role.label_id) for p in x.posts) == sorted(posts)


@pytest.mark.parametrize("text, posts", [
    # a title in a heading: the next paragraph's first word is no holder's name
    ("Jaksa Agung menegaskan sanksi itu.\n\nKajati Sukamaju\n\nTerkait dengan pengawasan, sanksi berlaku.", []),
    ("Kajati Sukamaju Rudi Wibisana menegaskan sanksi itu.", [("Rudi Wibisana", "Kajati")]),
])
def test_a_heading_s_title_names_no_holder_in_the_next_paragraph(text, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == posts


@pytest.mark.parametrize("sentence, posts", [
    # a palace named after the office-holder who lives in it names no holder
    ("Presiden Rudi Wibisana disambut di Istana Presiden Sukamaju, lalu makan siang.", [("Rudi Wibisana", "Presiden")]),
    # the deputy attorney general's title is no attorney general's with a person "Muda"
    ("Forum itu dipimpin oleh seorang Jaksa Agung Muda (JAM) dan beranggotakan bidang pengawasan.", []),
])
def test_palaces_and_deputy_attorneys_general(sentence, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == posts


@pytest.mark.parametrize("sentence, holder, role, shorter", [
    # English job words written before an English title are part of the role, the title alone its other name
    ("Untuk pasar Indonesia, General Manager Rudi Wibisana mengakui prospeknya cerah.", "Rudi Wibisana",
     "General Manager", ("Manajer",)),
    ('"Itu baru awal," kata Project Manager Sinar Jaya, Rudi Wibisana, di Semarang.', "Rudi Wibisana",
     "Project Manager", ("Manajer",)),
    ("Bambang Sutejo, Chief Operating Officer PT Sinar Jaya, akan menggantikan posisinya.", "Bambang Sutejo",
     "Chief Operating Officer", ("Officer",)),
    ("Hal itu disampaikan Co - Founder PT Sinar Digital, Rina Wati, di Jakarta.", "Rina Wati", "Co - Founder",
     ("Pendiri",)),
    # no English word before it: the title as the lexicon names it
    ("Direktur PT Sinar Jaya Rudi Wibisana meninjau pabrik.", "Rudi Wibisana", "Direktur", ()),
])
def test_english_job_words_before_an_english_title_are_the_role_s(sentence, holder, role, shorter):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id, p.role.alt_more) for p in x.posts] == [(holder, role, shorter)]


@pytest.mark.parametrize("sentence, holder, role, organization", [
    # an envoy's own country, then "untuk" and where the envoy serves, then the name (no comma)
    ("Hadir Duta Besar Islandia untuk Indonesia Rudi Wibisana di acara itu.", "Rudi Wibisana", "Duta Besar",
     "org:pemerintah-islandia"),
    ("Kata Duta Besar Indonesia untuk Jerman Rudi Wibisana kepada wartawan.", "Rudi Wibisana", "Duta Besar",
     "org:pemerintah-indonesia"),
    ("Duta Besar Jepang untuk PBB Rina Wati menolak usul itu.", "Rina Wati", "Duta Besar", "org:pemerintah-jepang"),
    ("Wakil Duta Besar Amerika Serikat untuk Indonesia Rina Wati memastikan hal itu.", "Rina Wati",
     "Wakil Duta Besar", "org:pemerintah-amerika-serikat"),
])
def test_an_envoy_s_country_and_where_the_envoy_serves(sentence, holder, role, organization):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id, p.organization) for p in x.posts] == [(holder, role, organization)]


def test_an_english_title_that_needs_its_job_words_is_none_alone():
    from graph.extract import extract
    from graph.types import Article
    assert extract(Article("a", "Officer Rudi Wibisana datang ke kantor.")).posts == ()


@pytest.mark.parametrize("sentence, holder, role, label", [
    # a title's body the complement does not read whole, closed by a comma before the holder's name
    ("Setelah itu, Duta Besar Islandia untuk Bolivia, Dr. Rudi Wibisana menulis surat.", "Rudi Wibisana",
     "Duta Besar", "Duta Besar Islandia"),
    ("Hal itu disampaikan Komandan Pasukan Pelopor Korps Brimob Polri, Brigjen Rudi Wibisana di Sukamaju.",
     "Rudi Wibisana", "Komandan", "Komandan Korps Brigade Mobil Polri"),
    # after the division's words any capitalized word opens the body the comma closes
    ("Direktur Supply Chain Sukamaju - Raya Contoh Indonesia, Rudi Wibisana menerangkan rencananya.",
     "Rudi Wibisana", "Direktur Supply Chain", "Direktur Supply Chain"),
    # a minister's field is read without the country's long form after it
    ("Hadir Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan Republik Indonesia, Rina Wati.",
     "Rina Wati", "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
     "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan Republik Indonesia"),
    # a title after the comma is the next holder's, and the name before it keeps its own
    ("Menhub Rudi Wibisana, Menteri Kominfo Bambang Sutejo hadir.", "Rudi Wibisana", "Menteri Perhubungan",
     "Menteri Perhubungan"),
])
def test_a_title_s_body_closed_by_a_comma_before_the_holder(sentence, holder, role, label):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(p.role.label_id, p.label) for p in x.posts if names[p.holder] == holder] == [(role, label)]


@pytest.mark.parametrize("sentence, role", [
    # a division's dictionary words seemed to take the body's name too; the article writes the body apart
    ("Direktur Riset Setara Sukamaju Rudi Wibisana mengatakan vonis itu keliru. Penilaian itu disampaikan "
     "Setara Sukamaju kemarin.", "Direktur Riset"),
    # a region written apart is the body's region, no body: the role stays as read
    ("Polisi di Pacitan berjaga. Kepala Bagian Ops Polisi Pariwisata Pacitan Rudi Wibisana mengatakan arus lancar.",
     "Kepala Bagian Ops Polisi Pariwisata Pacitan"),
])
def test_a_division_s_body_is_read_where_the_article_writes_it_apart(sentence, role):
    doc = run_alone(sentence, "posts")
    assert [p.role.label_id for p in doc.posts] == [role]


@pytest.mark.parametrize("sentence, holder, role", [
    # words on the holder (age, standing, origin) and their country between the title and the name
    ("Dalam laga itu, pelatih asal Islandia Rudi Wibisana memuji timnya.", "Rudi Wibisana", "Pelatih"),
    ("Pebalap muda Bolivia Rudi Wibisana akan memulai balapan dari posisi kedua.", "Rudi Wibisana", "Pebalap"),
    ("Tendangan itu tak dapat dijangkau kiper veteran Islandia Rudi Wibisana.", "Rudi Wibisana", "Kiper"),
])
def test_words_on_the_holder_between_a_title_and_the_name(sentence, holder, role):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == [(holder, role)]


@pytest.mark.parametrize("sentence, holder, label", [
    # a president of a body whose name the complement did not read, closed by a comma: no country's president
    ('"Kami senang," kata Presiden Agensi Periklanan Sukamaju, Rudi Wibisana.', "Rudi Wibisana", "Presiden"),
    ("Presiden Persatuan Pengguna Islandia (PPI), Rudi Wibisana, menolak rencana itu.", "Rudi Wibisana",
     "Presiden Persatuan Pengguna Islandia"),
    # a country's president as before
    ("Presiden Bolivia, Rudi Wibisana, menolak rencana itu.", "Rudi Wibisana", "Presiden Bolivia"),
])
def test_a_president_of_a_body_is_no_country_s(sentence, holder, label):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.label) for p in x.posts] == [(holder, label)]


@pytest.mark.parametrize("sentence, holder, role", [
    # a country ending a body's name between the title and the holder's name
    ("Pada kesempatan itu hadir Ketua Umum KSM Indonesia Rudi P. Wibisana.", "Rudi P. Wibisana", "Ketua Umum"),
    ("Hal itu disampaikan Presiden Direktur PT Sinar Jaya Indonesia Rudi Wibisana di Jakarta.", "Rudi Wibisana",
     "Presiden Direktur"),
])
def test_a_country_ending_the_body_s_name_before_the_holder(sentence, holder, role):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == [(holder, role)]


@pytest.mark.parametrize("text, inside", [
    ("Ketua Umum Partai Karya Indonesia Perjuangan Rina Wati hadir.", True),  # a derived noun after it
    ("Ketua Umum KSM Indonesia Rina Wati hadir.", False),
])
def test_a_country_before_a_derived_noun_is_inside_a_body_s_name(text, inside):
    from graph.extract.passes.people import _in_a_body
    doc = run_alone(text, "people")
    at = next(x for x, t in enumerate(doc.tokens) if t.text == "Indonesia")
    assert _in_a_body(doc, doc.tokens[at], doc.tokens[at + 1]) is inside


@pytest.mark.parametrize("sentence, holder, role", [
    # a title written in lowercase or in sentence case before the holder's name
    ("Hal ini dikonfirmasi oleh wakil ketua Komisi Contoh, Rudi Wibisana.", "Rudi Wibisana", "Wakil Ketua"),
    ("Juru bicara Komisi Contoh, Rudi Wibisana, mengatakan hal serupa.", "Rudi Wibisana", "Juru Bicara"),
    ("Padahal diakui ketua umum PSSK Rudi Wibisana, timnya siap.", "Rudi Wibisana", "Ketua Umum"),
    ("Ia mengikuti langkah pendiri PT Sinarsoft Rudi Wibisana yang pernah kuliah di sana.", "Rudi Wibisana",
     "Pendiri"),
    ('"Kami yakin," ungkap direktur Rudi Wibisana.', "Rudi Wibisana", "Direktur"),
    # a lowercase "direktur" takes the lowercase division after it as its field; the capitalized
    # title reads a capitalized division instead
    ("Hal itu dikatakan direktur olahraga Sukamaju, Rudi Wibisana, Minggu.", "Rudi Wibisana",
     "Direktur olahraga"),
    ('"Kami optimistis," kata Rudi Wibisana, direktur eksekutif Sekretariat APEK.', "Rudi Wibisana",
     "Direktur eksekutif"),
    ("Posisi itu diisi Rudi Wibisana sebagai direktur tekniknya yang baru.", "Rudi Wibisana", "Direktur"),
    # a body's head in lowercase ends the field, and still qualifies a title before a comma and a name
    ("Dikutip dari Sinarpos, kabar itu disampaikan oleh juru bicara maskapai, Rudi Wibisana, kepada sebuah "
     "televisi, Minggu. Wibisana mengatakan hal itu.", "Rudi Wibisana", "Juru Bicara"),
    ("Hal itu dikatakan Rudi Wibisana, direktur utama Sinarflare.", "Rudi Wibisana", "Direktur Utama"),
    # an honorific or a rank written without its full stop, or misspelled, is no part of the name
    ("Konsultan Sinar Racing, Dr Rudi Wibisana, memastikan hal itu.", "Rudi Wibisana", "Konsultan"),
    ("Direktur Penyidikan Komisi Pengawas Pungutan (KPP) Brigjend Pol Rudi Wibisana hadir.", "Rudi Wibisana",
     "Direktur Penyidikan"),
])
def test_lowercase_titles_and_bare_honorifics(sentence, holder, role):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == [(holder, role)]


@pytest.mark.parametrize("sentence, holder, role", [
    # a president of a body (a club, a region) named by one word, closed by a comma before a full name
    ("Namun Presiden Sukamaju, Rudi Wibisana, menyatakan timnya bukan satu-satunya peminat.", "Rudi Wibisana",
     "Presiden"),
    ("Wakil Presiden Sukamaju, Rudi Wibisana, menyatakan hal itu.", "Rudi Wibisana", "Wakil Presiden"),
    # a president's own name of two words, then the next person's title: the president's name
    ("Presiden Rudi Wibisana, Ibu Negara Rina Wati, dan rombongan tiba di Bali.", "Rudi Wibisana", "Presiden"),
])
def test_a_president_of_a_body_named_by_one_word_before_a_comma(sentence, holder, role):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == [(holder, role)]


@pytest.mark.parametrize("sentence, expected", [
    # after a body closed by its acronym the words up to a comma are the holder's full name; the name
    # after the comma is another person's ("putri Ketua X Rudi, Rina …": Rudi's daughter)
    ("Putri Ketua Dewan Pengawas Sukamaju (DPS) Rudi Wibisana, Rina Wati dipastikan mangkir.",
     [("Rudi Wibisana", "Ketua")]),
    ("Putra Ketua KPPS Rudi Wibisana, Rina Wati dipastikan mangkir.", [("Rudi Wibisana", "Ketua")]),
    # a title inside an office's name ("Sekretariat Presiden") is no title of the name after it
    ("Hal itu dikatakan pejabat Sekretariat Presiden Rudi Wibisana kemarin.", []),
])
def test_a_body_closed_by_its_acronym_ends_before_the_holder_s_name(sentence, expected):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a country's acronym in brackets after its name, before the holder's
    ("Presiden Amerika Serikat (AS) Rudi Wibisana dan Perdana Menteri Jepang Budi Santoso bermain golf.",
     [("Rudi Wibisana", "Presiden"), ("Budi Santoso", "Perdana Menteri")]),
    # English chief-officer titles before a body
    ("Hal senada diungkapkan CTO PT Sinar Teknologi, Rudi Wibisana, di Jakarta.", [("Rudi Wibisana", "CTO")]),
    # a body's one-word name between the title and the holder's name, both written alone elsewhere
    # (the body as a subject, the holder by the first name): the name starts after the body
    ("Sinarvest tumbuh pesat. Hal senada diungkapkan CIO Sinarvest Rudi Wibisana. Menurut Rudi, bunga turun.",
     [("Rudi Wibisana", "CIO")]),
    # not after a country: the first word alone may be another person's ("kata Park", an envoy)
    ("Korea Utara marah. Pemimpin Korea Utara Park Sang Ho memesan roket. Menurut Park, sanksi gagal.",
     [("Park Sang Ho", "Pemimpin")]),
])
def test_country_acronyms_chief_officers_and_bodies_written_alone(sentence, expected):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == expected


@pytest.mark.parametrize("sentence, role, alt", [
    # a short ministerial title of another country: the minister of the ministry's field
    ("Menlu Korea Utara, Rudi Wibisana, menyebut situasi memanas.", "Menteri Luar Negeri", "Menlu"),
    ("Menhan Australia Rudi Wibisana tiba di Jakarta.", "Menteri Pertahanan", "Menhan"),
    # Indonesia's as before
    ("Menlu Rudi Wibisana tiba di Jakarta.", "Menteri Luar Negeri", "Menlu"),
])
def test_another_country_s_minister_under_a_short_title(sentence, role, alt):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    assert [(p.role.label_id, p.role.alt_id) for p in x.posts] == [(role, alt)]
