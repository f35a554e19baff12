"""The appositions pass alone: a post written after the person's name."""
from __future__ import annotations

import pytest

from .conftest import entity, run_alone


@pytest.mark.parametrize("text, name, title, comp", [
    ("Karyadi Widyatmoko, yang juga menjabat Ketua Koperasi Wijayakusuma, hadir.",
     "Karyadi Widyatmoko", "Ketua", "Koperasi Wijayakusuma"),
    ("Pramesti Sumarsih selaku Ketua Koperasi Wijayakusuma membuka rapat.",
     "Pramesti Sumarsih", "Ketua", "Koperasi Wijayakusuma"),
    # a verb of holding and the word for a post ("menduduki jabatan", "memegang posisi", …)
    ("Rudi Santoso yang menduduki posisi Direktur PT Sinar Jaya hadir.", "Rudi Santoso", "Direktur", "PT Sinar Jaya"),
    ("Kini Rina Wati memegang jabatan Sekretaris Yayasan Sinar Jaya.", "Rina Wati", "Sekretaris", "Yayasan Sinar Jaya"),
    ("Budi Santoso, yang sempat menduduki jabatan Ketua Koperasi Wijayakusuma, hadir.",
     "Budi Santoso", "Ketua", "Koperasi Wijayakusuma"),
])
def test_appositive_posts(text, name, title, comp):
    person = entity(run_alone(text, "appositions"), name)
    assert [(p.title, p.comp) for p in person.posts] == [(title, comp)]


@pytest.mark.parametrize("text, name, title, comp", [
    # a title right after the name and a comma, ending at a comma, a verb or the sentence's end
    ("Budi Santoso, Direktur PT Sinar Jaya, mengatakan hal itu.", "Budi Santoso", "Direktur", "PT Sinar Jaya"),
    ("Hal itu dikatakan Budi Santoso, Kepala Dinas Koperasi Kabupaten Klaten.",
     "Budi Santoso", "Kepala Dinas", "Koperasi Kabupaten Klaten"),
])
def test_a_title_set_off_by_commas(text, name, title, comp):
    person = entity(run_alone(text, "appositions"), name)
    assert [(p.title, p.comp) for p in person.posts] == [(title, comp)]


@pytest.mark.parametrize("text, name, title, comp", [
    # a title right after the name and a copula
    ("Budi Santoso adalah Kepala Dinas Koperasi Kabupaten Klaten.", "Budi Santoso", "Kepala Dinas",
     "Koperasi Kabupaten Klaten"),
    ("Rudi Wibisana merupakan Direktur PT Sinar Jaya yang baru.", "Rudi Wibisana", "Direktur", "PT Sinar Jaya"),
    ("Adapun Rudi Wibisana kala itu merupakan Direktur PT Sinar Jaya.", "Rudi Wibisana", "Direktur",
     "PT Sinar Jaya"),
])
def test_a_title_after_a_copula(text, name, title, comp):
    person = entity(run_alone(text, "appositions"), name)
    assert [(p.title, p.comp) for p in person.posts] == [(title, comp)]


@pytest.mark.parametrize("text", [
    # the title names the person after it, not the one before the copula
    "Yang hadir kata Rudi Wibisana adalah Kepala Dinas Koperasi Kabupaten Klaten Budi Santoso.",
    # a copula far from the name: no apposition
    "Rudi Wibisana mengatakan tujuannya adalah Kepala Dinas Koperasi Kabupaten Klaten.",
])
def test_a_copula_not_right_after_the_name_gives_no_post(text):
    assert entity(run_alone(text, "appositions"), "Rudi Wibisana").posts == []


@pytest.mark.parametrize("text", [
    # "menduduki posisi" of a rank, not of a post; a post held by the next name
    "Rudi Wibisana menduduki posisi kedua klasemen sementara.",
    "Rudi Wibisana menduduki kursi yang dulu ditempati Ketua DPRD Sukamaju Budi Santoso.",
])
def test_a_verb_of_holding_without_a_title_after_it_gives_no_post(text):
    assert entity(run_alone(text, "appositions"), "Rudi Wibisana").posts == []


def test_a_title_before_the_next_name_of_a_list_is_that_name_s():
    doc = run_alone("Hadir Rina Wati, Ketua DPRD Kota Sukamaju Ir. Budi Santoso, dan warga.", "appositions")
    assert entity(doc, "Rina Wati").posts == []


@pytest.mark.parametrize("text, name, titles", [
    ("Korupsi itu menyeret Ketua DPR sekaligus Ketua Umum Partai Karya Rudi Wibisana.", "Rudi Wibisana",
     {"Ketua", "Ketua Umum"}),
    ("Hadir Ketua DPRD Klaten merangkap Ketua DPC Partai Karya Klaten Budi Santoso.", "Budi Santoso", {"Ketua"}),
])
def test_a_title_chained_before_the_title_of_a_name_is_that_person_s(text, name, titles):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    holder = next(p.key for p in x.people if p.name == name)
    held = [p for p in x.posts if p.holder == holder]
    assert len(held) == 2 and {p.role.label_id for p in held} == titles


@pytest.mark.parametrize("text, name, titles", [
    # a title and its body with a demonstrative: the subject of the sentence before
    ("Penyidik memanggil Ir. Rudi Wibisana dan Drs. Bambang Sutejo. Namun politikus Partai Karya itu tak datang.",
     "Rudi Wibisana", [("politikus", "Partai Karya")]),
    # after a quotation: the person named outside it
    ('Ir. Rudi Wibisana hadir. "Drs. Bambang Sutejo tidak bersalah," ujar mantan Bupati Klaten ini.',
     "Rudi Wibisana", [("Bupati", "Klaten")]),
    # a national title with Indonesia's short form
    ('Ir. Rudi Wibisana hadir. "Itu penting," kata mantan Presiden RI itu.', "Rudi Wibisana", [("Presiden", "RI")]),
    # in its own sentence: the last named before it
    ("Ir. Rudi Wibisana memuji Drs. Bambang Sutejo karena mantan Ketua DPRD Klaten tersebut bekerja keras.",
     "Bambang Sutejo", [("Ketua", "DPRD Klaten")]),
    # a title of its one national body needs no complement
    ("Ir. Rudi Wibisana hadir. Mantan Kepala Staf Angkatan Darat (KSAD) tersebut berdoa.",
     "Rudi Wibisana", [("Kepala Staf Angkatan Darat", "")]),
    # two paragraphs before, across blank lines; "Pakar" inside the unit opens no second title
    ('Hal itu disampaikan Ir. Rudi Wibisana menanggapi kebijakan itu.\n\n"Kami menyarankan pemerintah '
     'memanggil mereka," ujarnya.\n\nSekretaris Dewan Pakar Partai Karya itu juga menyarankan hal lain.',
     "Rudi Wibisana", [("Sekretaris", "Dewan Pakar Partai Karya")]),
    # after a phrase closed by a demonstrative
    ("Ir. Rudi Wibisana hadir. Saat ini mantan Ketua DPRD Klaten itu berstatus terdakwa.",
     "Rudi Wibisana", [("Ketua", "DPRD Klaten")]),
])
def test_a_title_with_a_demonstrative_is_a_person_s_named_before(text, name, titles):
    doc = run_alone(text, "appositions")
    assert [(p.title, p.comp) for p in entity(doc, name).posts] == titles
    others = [e for e in doc.ents.values() if e.kind == "person" and e.name != name]
    assert all(not e.posts for e in others)


@pytest.mark.parametrize("text", [
    # an object: its holder may be someone the text never named
    "Ir. Rudi Wibisana menjelaskan pemeriksaan terhadap Direktur PT Sinar Jaya itu.",
    # the owner of a noun: whose trial, whose section, not the sentence's subject
    "Ir. Rudi Wibisana hadir. Sidang perdana mantan Ketua DPRD Klaten itu digelar pagi.",
    "Ir. Rudi Wibisana pernah bertugas di bagian intelijen Sekretaris Dewan Pakar Partai Karya ini.",
    # in the plural
    "Ir. Rudi Wibisana hadir. Kedua politikus Partai Karya itu tak datang.",
    # no body after the title
    "Ir. Rudi Wibisana hadir. Bupati itu tak datang.",
    "Ir. Rudi Wibisana hadir. Presiden itu tak datang.",

    # the title written before as a common noun: the people so named
    "Ir. Rudi Wibisana menerima anggota DPRD Klaten. Anggota DPRD Klaten itu berasal dari koalisi.",
])
def test_a_title_with_a_demonstrative_that_names_no_one_named_before(text):
    doc = run_alone(text, "appositions")
    assert entity(doc, "Rudi Wibisana")
    assert all(not e.posts for e in doc.ents.values() if e.kind == "person")


@pytest.mark.parametrize("sentence, posts", [
    # in a list of titles and names, a title after a name and its comma whose body's name ends in the
    # next holder's name is that holder's, not an apposition
    ("Turut menyertai Presiden, Menteri Luar Negeri Rina Wati, Sekretaris Kabinet Rudi Wibisana, dan Kepala "
     "Sekretariat Bambang Sutejo.",
     {("Rina Wati", "Menteri Luar Negeri"), ("Rudi Wibisana", "Sekretaris Kabinet"), ("Bambang Sutejo", "Kepala")}),
    # a title alone after the name and its comma stays an apposition
    ("Rina Wati, Sekretaris Kabinet, hadir.", {("Rina Wati", "Sekretaris Kabinet")}),
    # a counsel's client is a person named in the complement: the counsel keeps the post
    ("Hal itu disampaikan kuasa hukum Rina Wati, Rudi Wibisana, kepada wartawan.", {("Rudi Wibisana", "Kuasa Hukum")}),
])
def test_a_title_before_the_next_holder_s_name_is_no_apposition(sentence, posts):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", sentence))
    names = {p.key: p.name for p in x.people}
    assert {(names[p.holder], p.role.label_id) for p in x.posts} == posts


@pytest.mark.parametrize("text, name, title, comp", [
    # after a name and a comma, the capitalized words up to the next comma name the title's body, no holder
    ("Rudi Wibisana, CEO Sinar Entertainment, mengatakan bahwa penyanyi itu datang.",
     "Rudi Wibisana", "CEO", "Sinar Entertainment"),
    ("Bambang Sutejo, Chief Operating Officer SukaMaju Entertainment, akan menggantikan posisinya.",
     "Bambang Sutejo", "Officer", "SukaMaju Entertainment"),
])
def test_a_title_set_off_by_commas_names_its_body_up_to_the_comma(text, name, title, comp):
    person = entity(run_alone(text, "appositions"), name)
    assert [(p.title, p.comp) for p in person.posts] == [(title, comp)]



def test_a_word_after_a_title_after_a_name_and_a_comma_is_the_body_not_a_holder():
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Rudi Wibisana, Chief Operating Officer Sukamart, akan menggantikan posisinya pada Desember."))
    names = {p.key: p.name for p in x.people}
    assert [(names[p.holder], p.role.label_id) for p in x.posts] == [("Rudi Wibisana", "Chief Operating Officer")]
