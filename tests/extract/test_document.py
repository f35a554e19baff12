"""The document's indexes (mentions, entities, names) answer as a pass over everything would."""
from __future__ import annotations

import pytest

from graph.extract.document import _LOWER_DEFINED, Document, Spans, _lower_definitions
from graph.extract.lexicon import lexicon
from graph.extract.lookup.names import resolve_short
from graph.types import Article

TEXT = ("Bupati Sukamaju Rudi Wibisana membuka pameran. “Kami ingin pelaku usaha kecil terus maju,” kata Rudi.\n"
        "Camat Bambang Sutejo hadir di Kabupaten Sukamaju.")


def _doc(text: str = TEXT) -> Document:
    return Document(Article("t", text), lexicon())


@pytest.mark.parametrize("existing, added, expected", [
    ([(10, 20, "a")], (12, 15, "a"), [(10, 20, "a")]),  # inside one of its entity's: nothing new
    ([(12, 15, "a")], (10, 20, "a"), [(10, 20, "a")]),  # holds one of its entity's: replaces it
    ([(10, 14, "a"), (15, 18, "a"), (30, 35, "a")], (10, 20, "a"), [(10, 20, "a"), (30, 35, "a")]),
    ([(12, 15, "b")], (10, 20, "a"), [(10, 20, "a"), (12, 15, "b")]),  # another entity's stays
    ([(10, 20, "b")], (10, 20, "a"), [(10, 20, "a")]),  # the same span, another entity: the last one
    ([(10, 16, "a")], (12, 20, "a"), [(10, 16, "a"), (12, 20, "a")]),  # overlapping, neither inside
    ([(10, 20, "a")], (10, 20, "a"), [(10, 20, "a")]),
])
def test_a_mention_replaces_those_of_its_entity_it_holds(existing, added, expected):
    doc = _doc("x" * 40)
    for s, e, k in existing:
        doc.mention(s, e, k)
    doc.mention(*added)
    assert sorted((s, e, k) for (s, e), (k, _) in doc.mentions.items()) == expected
    assert sorted(doc.mentions.ordered) == sorted(doc.mentions)
    assert all(doc.mentions.spans_of(k) == sorted(sp for sp, (kk, _) in doc.mentions.items() if kk == k)
               for k in ("a", "b"))


def test_mentions_in_a_stretch_and_before_a_position():
    doc = _doc("x" * 60)
    for s, e, k in [(0, 5, "person:a"), (6, 9, "org:b"), (10, 15, "person:c"), (14, 30, "person:d"),
                    (40, 45, "place:e")]:
        doc.mention(s, e, k)
    assert doc.entity_mentions_in(6, 20) == [(6, 9, "org:b"), (10, 15, "person:c")]
    assert doc.entity_mentions_in(0, 60, kinds=("place",)) == [(40, 45, "place:e")]
    assert doc.people_mentions() == [(0, 5, "person:a"), (10, 15, "person:c"), (14, 30, "person:d")]
    assert [k for _, _, k in doc.mentions.before(14, ("person",))] == ["person:c", "person:a"]
    del doc.mentions[(10, 15)]
    assert doc.people_mentions() == [(0, 5, "person:a"), (14, 30, "person:d")]
    with pytest.raises(TypeError, match="one span at a time"):
        doc.mentions.update({(1, 2): ("person:x", "x")})


def test_positions_are_found_in_their_sentence_paragraph_and_quotation():
    doc = _doc()
    quote = TEXT.index("Kami")
    second_paragraph = TEXT.index("Camat")
    assert doc.sentence_of(0) == doc.sentences[0]
    assert doc.sentence_of(second_paragraph) == doc.sentences[-1]
    assert doc.paragraph_of(quote) == doc.paragraphs[0]
    assert doc.paragraph_of(second_paragraph + 3) == doc.paragraphs[1]
    assert doc.in_quote(quote) and not doc.in_quote(second_paragraph)
    assert doc.quotes_in(0, quote) == doc.quotes_spans and doc.quotes_in(second_paragraph, len(TEXT)) == []
    gap = TEXT.index("\n")
    assert doc.sentence_of(gap) == (gap, gap)  # between two sentences: in none
    assert doc.paragraph_of(gap) == doc.paragraphs[0]  # (a paragraph's end is its own)


def test_an_entity_is_found_by_its_name_as_it_is_now():
    doc = _doc()
    place = doc.add("place", "Sukamaju x", 0)
    org = doc.add("org", "Dinas Koperasi", 5)
    assert doc.named("Sukamaju x", ("place",)) is place
    place.name = "Sukamaju"  # renamed after it was added, as the passes do
    assert doc.named("Sukamaju", ("place",)) is place and doc.named("Sukamaju x", ("place",)) is None
    assert doc.named("Sukamaju", ("org",)) is None
    org.aliases.add("Diskop")
    assert doc.named("Diskop", ("org",)) is None and doc.named("Diskop", ("org",), alias=True) is org
    del doc.ents[org.key]
    assert doc.named("Diskop", ("org",), alias=True) is None
    assert doc.ents.of_kind("place") == [place.key] and doc.ents.of_kind("org") == []


def test_a_short_name_finds_its_person_as_names_and_aliases_change():
    doc = _doc()
    rudi = doc.add("person", "Rudi Wibisana", 20)
    people = [rudi]
    assert resolve_short(doc, people, ["Wibisana"], 50) is rudi
    assert resolve_short(doc, people, ["Sutejo"], 50) is None
    bambang = doc.add("person", "Bambang Sutejo", 120)
    people.append(bambang)
    assert resolve_short(doc, people, ["Sutejo"], 150) is bambang
    rudi.aliases.add("Pak Wibi")
    assert resolve_short(doc, people, ["Pak", "Wibi"], 150) is rudi
    bambang.name = "Bambang Sutejo Wibisana"  # two people called Wibisana: the last introduced before
    assert resolve_short(doc, people, ["Wibisana"], 150) is bambang
    assert resolve_short(doc, people, ["Wibisana"], 60) is rudi


@pytest.mark.parametrize("spans, pos, closed, expected", [
    ([(0, 5), (10, 20)], 12, False, True),
    ([(0, 5), (10, 20)], 20, False, False),
    ([(0, 5), (10, 20)], 20, True, True),
    ([(0, 5), (10, 20)], 10, True, False),
    ([(0, 100), (10, 20)], 50, False, True),  # a long span far before still holds it
])
def test_spans_that_hold_a_position(spans, pos, closed, expected):
    assert Spans(spans).holds(pos, closed=closed) is expected


def test_spans_holding_a_stretch():
    assert Spans([(0, 100), (10, 20), (12, 30), (40, 50)]).holding(12, 20) == [(0, 100), (10, 20), (12, 30)]


@pytest.mark.parametrize("text", [
    "386 kasus infeksi saluran pernapasan akut (ISPA) dan 20 kepala keluarga (KK)",
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh (SDTE)",  # nine words and more back
    "a b c d e f g h i (ABCDEFGHI) dan rumah sakit umum daerah (RSUD) lalu (X) serta ( KK)",
    "kasus (KK) (KK) kasus  \n kasus, kasus (KK)kasus (Kk)",
    "Kasus Besar (KB) tanpa huruf kecil, bukan definisi (DEFINISIPANJANG)",
    "",
])
def test_lowercase_definitions_are_searched_near_their_parentheses_only(text):
    assert [m.span() for m in _lower_definitions(text)] == [m.span() for m in _LOWER_DEFINED.finditer(text)]
