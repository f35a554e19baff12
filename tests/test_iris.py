"""graph.iris: any name gives a valid, stable IRI; a bad base IRI is refused."""
from __future__ import annotations

import doctest
import json
import os
import subprocess
import sys

import pyoxigraph
import pytest

import graph.iris
from graph.iris import DEFAULT_BASE, Minter, base_iri, slugify

ODD_NAMES = {
    "empty": "",
    "spaces-only": "   \t ",
    "emoji-only": "🌺🙏",
    "emoji-in-name": "I Gusti Ayu Ratih 🌺",
    "quotes": "\"Kopi\" 'Pujungan'",
    "angle-brackets": "<script>alert(1)</script>",
    "iri-breakers": "a{b}|c\\d^e`f#g?h%zz",
    "chinese": "林瑞兰",
    "mixed-scripts": "Liem Swie Lan 林瑞兰",
    "arabic": "محمد",
    "diacritics": "Ğüñter Åström",
    "500-chars": "Dinas Koperasi " * 33 + "x" * 5,
    "newline": "I Made\nKembang",
    "control-chars": "a\x00b\x1fc",
    "only-punctuation": "-/.,;:!",
    "slash-name": "Kodim 1420/Sidrap",
    "dot-segments": "../../etc",
}


def assert_valid_iri(iri) -> None:
    pyoxigraph.NamedNode(str(iri))  # raises ValueError on an invalid IRI


@pytest.mark.parametrize("text, expected", [
    ("Dinas Koperasi, Perindustrian dan Perdagangan", "dinas-koperasi-perindustrian-dan-perdagangan"),
    ("I Made Kembang Hartawan", "i-made-kembang-hartawan"),
    ("I Gusti Ayu Ratih 🌺", "i-gusti-ayu-ratih"),
    ("Kodim 1420/Sidrap", "kodim-1420-sidrap"),
    ("St. Rahmawati", "st-rahmawati"),
    ("Ğüñter Åström", "gunter-astrom"),
    ("  --Tenun Putri Mas--  ", "tenun-putri-mas"),
    ("MANGUPURANEWS", "mangupuranews"),
    ("木", "x-8294db3a"),  # nothing ASCII left: "x-" and the first 8 hex digits of sha1(UTF-8)
    ("", "x-da39a3ee"),
])
def test_slugify_table(text, expected):
    assert slugify(text) == expected


@pytest.mark.parametrize("name", ODD_NAMES.values(), ids=ODD_NAMES.keys())
def test_slugify_odd_names_are_short_ascii_and_stable(name):
    slug = slugify(name)
    assert slug and slug == slugify(name)
    assert len(slug) <= 80
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert not slug.startswith("-") and not slug.endswith("-")


@pytest.mark.parametrize("a, b", [
    ("林瑞兰", "林瑞"),
    ("", " "),
    ("Dinas Koperasi " * 33, "Dinas Koperasi " * 34),
])
def test_slugify_hash_fallback_keeps_names_apart(a, b):
    assert slugify(a) != slugify(b)


@pytest.mark.parametrize("name", ODD_NAMES.values(), ids=ODD_NAMES.keys())
def test_minter_gives_valid_iris_for_odd_names(name):
    m = Minter(DEFAULT_BASE)
    minted = [
        m.entity("person", name),
        m.article(name),
        m.graph(name),
        m.in_article("quote", name, name),
        m.nif(name, 0, len(name)),
        m.iri("place", "venue", slugify(name)),
    ]
    for iri in minted:
        assert_valid_iri(iri)
        assert str(iri).startswith(DEFAULT_BASE)
    again = Minter(DEFAULT_BASE)
    assert [again.entity("person", name), again.article(name), again.graph(name),
            again.in_article("quote", name, name), again.nif(name, 0, len(name)),
            again.iri("place", "venue", slugify(name))] == minted


def test_minted_iris_do_not_depend_on_the_process():
    """sha1, not ``hash()``: another interpreter with another hash seed mints the same IRIs."""
    names = list(ODD_NAMES.values())
    code = ("import json, sys; from graph.iris import Minter; m = Minter('https://data.example.org/berita/'); "
            "print(json.dumps([str(m.entity('person', n)) for n in json.load(sys.stdin)]))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    env.pop("KG_BASE_IRI", None)
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(names), capture_output=True,
                         text=True, env=env, check=True, timeout=30).stdout
    here = Minter("https://data.example.org/berita/")
    assert json.loads(out) == [str(here.entity("person", n)) for n in names]


@pytest.mark.parametrize("base", [
    "https://data.example.org/berita/",
    "http://localhost:8080/kg/",
    "https://example.org/kg#",
    "https://example.org/dataset/v1/",
])
def test_good_bases(base):
    m = Minter(base)
    assert m.base == base
    assert_valid_iri(m.entity("person", "I Made Contoh"))


@pytest.mark.parametrize("base", [
    pytest.param("example.org/", id="no-scheme"),
    pytest.param("/relative/path/", id="relative"),
    pytest.param("ftp://example.org/", id="ftp"),
    pytest.param("urn:example:kg:", id="urn"),
    pytest.param("https://example.org/kg", id="no-trailing-slash"),
    pytest.param("https://exa mple.org/", id="space"),
    pytest.param("https://example.org/<kg>/", id="angle-brackets"),
    pytest.param("https://example.org/\"kg\"/", id="quote"),
    pytest.param("https://example.org/{kg}/", id="braces"),
    pytest.param("https:// ", id="blank-host"),
    pytest.param("https://example.org/a#b#", id="two-hashes"),
    pytest.param("https://ex%zz.org/", id="bad-percent-escape"),
    pytest.param("https://example.org/\x01/", id="control-char"),
    pytest.param("http://a:b:c/", id="bad-port"),
    pytest.param("https://[::1/", id="bad-ipv6-host"),
])
def test_bad_base_raises_value_error(base):
    with pytest.raises(ValueError, match="base IRI"):
        Minter(base)


def test_bad_base_from_environment_raises(monkeypatch):
    monkeypatch.setenv("KG_BASE_IRI", "not an iri")
    with pytest.raises(ValueError, match="base IRI"):
        Minter()


def test_base_from_environment(monkeypatch):
    monkeypatch.setenv("KG_BASE_IRI", "https://kg.example.id/berita/")
    assert base_iri() == "https://kg.example.id/berita/"
    assert str(Minter().entity("org", "PLUT Jembrana")) == "https://kg.example.id/berita/org/plut-jembrana"


def test_argument_beats_environment(monkeypatch):
    monkeypatch.setenv("KG_BASE_IRI", "https://kg.example.id/berita/")
    assert base_iri("https://other.example.org/") == "https://other.example.org/"


def test_docstring_examples_hold():
    result = doctest.testmod(graph.iris, verbose=False)
    assert result.failed == 0
