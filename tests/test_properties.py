"""Property-based tests (hypothesis): IRIs, NIF offsets and the readers hold for any input.

Bounded: a few dozen examples each, no deadline (the extractor's first call loads its lexicons).
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.build import build_dataset
from graph.extract import extract
from graph.ingest import iter_articles
from graph.iris import Minter, slugify
from graph.types import Article, Skipped

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words of Indonesian news, titles and names included, and some awkward characters, so that the
# extractor meets names, posts, places and quotes in random orders.
WORDS = ["Bupati", "Wakil", "Kepala", "Dinas", "Koperasi", "Kabupaten", "Kota", "Desa", "Camat", "Partai",
         "I", "Made", "Wayan", "Siti", "Rahmawati", "Budi", "Santoso", "Contoh", "Sukamaju", "Jembrana",
         "meresmikan", "pasar", "kata", "ujarnya", "di", "dan", "yang", "pada", "Senin", "(4/5)", "UMKM",
         "PT", "Tbk", "H.", "S.E.", "\"", "“", "”", ",", ".", "-", "–", "(", ")", "é", "ß", "👍", "\u200b",
         "Nomor", "12", "Tahun", "2019", "Perpres", "KPK", "Polres", "Jalan", "No."]


def _article(text: str) -> Article:
    return Article(id="artikel-uji", text=text, source="artikel-uji.txt", sha256="")


@SETTINGS
@given(st.text(min_size=0, max_size=80))
def test_every_minted_iri_is_a_valid_iri_and_stable(name):
    minter = Minter()
    minted = (minter.entity("person", name), minter.article(name), minter.graph(name),
              minter.in_article("quote", name, name), minter.nif(name, 0, len(name)))
    for iri in minted:
        ox.NamedNode(iri)  # raises on an invalid IRI
        assert iri.startswith(minter.base) and not any(c.isspace() for c in iri)
    assert minted[0] == Minter().entity("person", name)  # stable
    assert slugify(name) == slugify(name) and all(c.isalnum() or c == "-" for c in slugify(name))


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join))
def test_every_mention_is_the_text_at_its_offsets(text):
    x = extract(_article(text))
    for m in x.mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join))
def test_the_graph_anchors_every_phrase_at_its_offsets(text):
    ds = build_dataset([extract(_article(text))])
    rows = ds.query("""PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?a ?b ?e WHERE { ?m a nif:Phrase ; nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e }""")
    for anchor, begin, end in rows:
        assert text[int(begin):int(end)] == str(anchor)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html", ".md"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_the_readers_never_raise_on_any_bytes(tmp_path, suffix, data):
    path = tmp_path / f"masukan{suffix}"
    path.write_bytes(data)
    for item in iter_articles([path]):
        assert isinstance(item, Skipped) or isinstance(item.text, str)
        if isinstance(item, Skipped):
            assert "\n" not in item.reason and item.reason


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(max_size=30), st.integers(), st.none(), st.booleans(),
                          st.lists(st.text(max_size=5), max_size=2), st.dictionaries(st.text(max_size=3),
                                                                                     st.text(max_size=3),
                                                                                     max_size=2)),
                min_size=7, max_size=7))
def test_any_json_values_in_a_jsonl_line_are_read_or_skipped(tmp_path, values):
    import json
    keys = ["id", "text", "title", "published", "url", "publisher", "author"]
    line = json.dumps(dict(zip(keys, values)))
    path = tmp_path / "baris.jsonl"
    path.write_text(line + "\n" + json.dumps({"text": "Bupati Contoh meresmikan pasar."}) + "\n", encoding="utf-8")
    items = list(iter_articles([path]))
    assert len(items) == 2 and not isinstance(items[1], Skipped)  # one bad line never stops the file
