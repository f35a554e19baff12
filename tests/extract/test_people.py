"""The people pass alone: people introduced by a title, a participant noun, an honorific."""
from __future__ import annotations

import pytest

from .conftest import entity, names, run_alone


@pytest.mark.parametrize("text, name, prefixes, suffixes, title", [
    # a title, its body, then the name with honorific and degree
    ("Kepala Dinas Perikanan Klaten, Ir. Karyadi Widyatmoko, M.Si., membuka pelatihan.",
     "Karyadi Widyatmoko", ["Ir."], ["M.Si."], "Kepala Dinas Perikanan Klaten"),
    # a regent of a region, the name right after it
    ("Bupati Gianyar Hadi Kartasasmita meninjau pasar.", "Hadi Kartasasmita", [], [], "Bupati Gianyar"),
    # an honorific alone starts a name
    ("Acara dibuka oleh H. Purbaya Kartasasmita kemarin.", "Purbaya Kartasasmita", ["H."], [], None),
    # "Saudara" of a ruling or a court's summons, spelled out
    ("Komdis menghukum pemain Sukamaju FC Saudara Rudi Wibisana karena mencekik lawan.", "Rudi Wibisana",
     ["Saudara"], [], "pemain Sukamaju FC"),
])
def test_people(text, name, prefixes, suffixes, title):
    person = entity(run_alone(text, "people"), name)
    assert (person.prefixes, person.suffixes) == (prefixes, suffixes)
    assert person.titles == ([title] if title else [])


def test_a_title_is_kept_for_the_posts_pass():
    person = entity(run_alone("Bupati Gianyar Hadi Kartasasmita meninjau pasar.", "people"), "Hadi Kartasasmita")
    assert [(p.title, p.comp) for p in person.posts] == [("Bupati", "Gianyar")]


def test_a_participant_noun_brings_the_trade():
    text = "Salah satu pelaku UKM tenun, Pramesti Sumarsih, mengaku senang."
    doc = run_alone(text, "people")
    person = entity(doc, "Pramesti Sumarsih")
    assert person.sector == "tenun" and person.key in doc.participant_people


def test_a_short_form_is_the_same_person():
    doc = run_alone("Bupati Gianyar Hadi Kartasasmita meninjau pasar. Menurut Kartasasmita, harga stabil.",
                    "people")
    spans = [text for key, text in doc.mentions.values() if key == "person:hadi-kartasasmita"]
    assert spans == ["Hadi Kartasasmita", "Kartasasmita"]


@pytest.mark.parametrize("text", [
    "Ditanya soal itu, kata Korban, ia tidak tahu.",
    "Menurut Tersangka, uang itu dipinjam.",
    "Peraturan itu diteken Presiden Nomor 12 tahun lalu.",
])
def test_role_nouns_numbers_and_legal_words_are_no_people(text):
    from graph.extract import extract
    from graph.types import Article
    assert [p.name for p in extract(Article("a", text)).people] == []


def test_a_club_then_a_given_name_that_is_a_dictionary_word():
    # "Budi" is a word of the dictionary: the tagger, sure of a person starting there, ends the club's name
    from graph.extract import extract
    from graph.types import Article
    assert [p.name for p in extract(Article("a", "Pelatih Persisuka Budi Santoso memuji pemainnya.")).people] == \
        ["Budi Santoso"]


@pytest.mark.parametrize("text, name", [
    ("Kepala Bidang Humas Polda Sukamaju Komisaris Besar Rudi Wibisana mengatakan hal itu.", "Rudi Wibisana"),
    ("Kepala Polres Klaten Ajun Komisaris Besar Polisi Rudi Wibisana hadir.", "Rudi Wibisana"),
    ("Direktur Data Bakamla Laksamana Pertama Budi Santoso hadir.", "Budi Santoso"),
])
def test_ranks_written_in_full_are_no_part_of_the_name(text, name):
    from graph.extract import extract
    from graph.types import Article
    assert [p.name for p in extract(Article("a", text)).people] == [name]


@pytest.mark.parametrize("text, name, prefixes, title", [
    # the body's last word, which the complement left out, then a rank: the name starts at the rank
    ("Komandan Korem 071/Wijaya Kusuma Kolonel Inf Rudi Wibisana menginstruksikan satgas.",
     "Rudi Wibisana", ["Kolonel Inf"], "Komandan Korem 071/Wijaya Kusuma"),
    ("Direktur Reserse Kriminal Khusus Polda Sukamaju Raya Kombes Pol Rudi Wibisana hadir.",
     "Rudi Wibisana", ["Kombes Pol"], "Direktur Reserse Kriminal Khusus Polda Sukamaju Raya"),
    ("Komandan Pangkalan Udara Sukamaju Raya Kolonel Penerbang Rudi Wibisana menyambut tamu.",
     "Rudi Wibisana", ["Kolonel Penerbang"], "Komandan Pangkalan Udara Sukamaju Raya"),
    # or an honorific written with its period
    ("Kepala Balai Besar Sukamaju Raya Dr. Rina Wati membuka pelatihan.",
     "Rina Wati", ["Dr."], "Kepala Balai Besar Sukamaju Raya"),
])
def test_a_rank_inside_the_run_after_a_title_starts_the_name(text, name, prefixes, title):
    person = entity(run_alone(text, "people"), name)
    assert person.prefixes == prefixes
    assert person.titles == [title]


@pytest.mark.parametrize("text, name, ministry", [
    # a ministry's field of two words the lexicon knows (its acronym's expansion), then the name
    ("Hal itu disampaikan Menteri Luar Negeri Rudi Wibisana di Jakarta.", "Rudi Wibisana", "Kementerian Luar Negeri"),
    ("Menurut Menteri Dalam Negeri Rudi Wibisana, hal itu wajar.", "Rudi Wibisana", "Kementerian Dalam Negeri"),
    ("Kata Menteri Hukum dan Hak Asasi Manusia Rudi Wibisana.", "Rudi Wibisana",
     "Kementerian Hukum dan Hak Asasi Manusia"),
    # a field is the whole complement: a given name that is also a district's starts the person
    ("Menurut Menteri Kesehatan Bambang Sutejo, hal itu wajar.", "Bambang Sutejo", "Kementerian Kesehatan"),
    ("Kata Menteri Kelautan dan Perikanan Bambang Sutejo.", "Bambang Sutejo", "Kementerian Kelautan dan Perikanan"),
])
def test_a_minister_then_the_name(text, name, ministry):
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", text))
    assert [p.name for p in x.people] == [name]
    assert ministry in [o.name for o in x.organizations]


def test_a_company_name_after_its_legal_form_is_no_person():
    # the title's complement runs into "PT X (Persero)": X is the company's, never a person's
    from graph.extract import extract
    from graph.types import Article
    x = extract(Article("a", "Menurut Sekretaris Corporate PT Sinarindo (Persero) Rudi Wibisana, bantuan itu cukup. "
                             "Bantuan Sinarindo sangat berarti."))
    assert [p.name for p in x.people] == ["Rudi Wibisana"]


@pytest.mark.parametrize("text, person, no_person", [
    # a body's known name or acronym inside a name of two words or more: no person
    ("Penyidik Ditreskrimum Bareskrim meningkatkan status kasus itu. Menurut Rudi Wibisana, kasus itu rumit.",
     "Rudi Wibisana", "Ditreskrimum Bareskrim"),
    # an English job title first, then the company: no person
    ("Kepada wartawan, Country Director Lorato Indonesia Bambang Sutejo menjelaskan konsep itu.",
     "Bambang Sutejo", "Country Director Lorato"),
    # a person's initials alone may be an acronym too
    ("Argo menyampaikan, ibu korban berinisial MK sempat berusaha menolong anaknya.", "MK", None),
])
def test_a_name_with_a_bodys_name_in_it_is_no_person(text, person, no_person):
    from graph.extract import extract
    from graph.types import Article
    people = [p.name for p in extract(Article("a", text)).people]
    assert person in people and no_person not in people



def test_a_role_word_then_one_word_and_a_demonstrative_names_no_holder():
    # "Mantan pelatih Lorandia itu …": the body the role was held in, the holder named before
    text = "Rudi Wibisana resmi dikontrak. Mantan pelatih Lorandia itu menggantikan Bambang Sutejo."
    assert "Lorandia" not in names(run_alone(text, "people"), "person")
    assert "Lorandia" in names(run_alone("Kemarin pelatih Lorandia menggantikan Bambang Sutejo.", "people"), "person")


@pytest.mark.parametrize("text, name, title", [
    # a researcher's title in lowercase, the body and its acronym, then the name
    ("Ide itu disambut peneliti Lembaga Kajian Contoh (LKC) Rina Wati kemarin.",
     "Rina Wati", "peneliti Lembaga Kajian Contoh (LKC)"),
    ("Hal itu disampaikan peneliti Lembaga Kajian Contoh, Rudi Wibisana, kemarin.",
     "Rudi Wibisana", "peneliti Lembaga Kajian Contoh"),
])
def test_a_lowercase_researcher_title_then_the_name(text, name, title):
    person = entity(run_alone(text, "people"), name)
    assert person.titles == [title]
