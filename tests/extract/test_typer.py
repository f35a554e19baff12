"""The statistical typer of bare names (graph.extract.typer): its weak labels, its features,
its decisions on invented names in a thing's and in a person's context, its training
command, and what the readings pass does with it. Invented names and sentences only."""
from __future__ import annotations

import json
import re

import pytest

from graph.extract import extract, typer
from graph.extract.lexicon import lexicon
from graph.extract.text import tokens_of
from graph.types import Article


def _probability(text: str, name: str) -> float:
    """The typer's probability that ``name``, met once in the sentence ``text``, is a thing's."""
    lx, toks, words = lexicon(), tokens_of(text), name.split()
    k = next(i for i in range(len(toks)) if [t.text for t in toks[i:i + len(words)]] == words)
    feats = typer.mention_features(lx, toks, 0, len(toks), k, k + len(words), text)
    return typer.thing_probability([typer.thing_log_odds(feats)])


@pytest.mark.parametrize("text, name", [
    # an app's, a company's, a club's name: the words around it are a thing's
    ("Pengguna Lorato Mesh kini bisa mengunduh versi terbaru.", "Lorato Mesh"),
    ("Saham Kencana Digital naik tajam di bursa.", "Kencana Digital"),
    ("Harga saham Kencana Digital turun.", "Kencana Digital"),
    ("Layanan Lorato Mesh bisa diunduh gratis di Play Store.", "Lorato Mesh"),
])
def test_a_bare_name_among_a_things_words_is_read_a_thing(text, name):
    assert _probability(text, name) >= typer.model()[1]


@pytest.mark.parametrize("text, name", [
    # a person's: the subject of a verb of people, met at home, in bed
    ("Bambang Sutejo mengaku tidak tahu soal itu.", "Bambang Sutejo"),
    ("Ia bertemu Rudi Wibisana di rumahnya.", "Rudi Wibisana"),
    ("Saat itu Bambang Sutejo sedang tidur di kamarnya.", "Bambang Sutejo"),
    ("Rudi Wibisana tiba di rumah duka bersama istrinya.", "Rudi Wibisana"),
])
def test_a_bare_name_among_a_persons_words_is_read_a_person(text, name):
    assert _probability(text, name) < 0.5


@pytest.mark.parametrize("text, expected", [
    ("Kata Rudi Wibisana, hasilnya baik. Rudi Wibisana pulang.", {"Rudi Wibisana": "person"}),
    ("Pengguna aplikasi Lorato Mesh bertambah. Lorato Mesh gratis.", {"Lorato Mesh": "thing"}),
    ("Pak Sutejo datang, kata Wibisana.", {"Sutejo": "person", "Wibisana": "person"}),
    ("Bambang Sutejo (45), warga Sukamaju, ditangkap.", {"Bambang Sutejo": "person"}),
    # said both ways: no label
    ("Klub Garuda Muda menang. Kata Garuda Muda, ia lelah.", {}),
    # a place's name is neither
    ("Klub Jakarta menang.", {}),
])
def test_weak_labels(text, expected):
    assert typer.weak_labels([text]) == expected


def test_the_cue_that_labels_a_name_is_no_example_of_it():
    texts = ["Pengguna aplikasi Lorato Mesh bertambah. Saham Lorato Mesh naik."]
    rows = list(typer.examples(texts, typer.weak_labels(texts)))
    assert [(name, label) for _, name, label, _ in rows] == [("Lorato Mesh", "thing")]
    assert "p1=saham" in rows[0][3] and not any("aplikasi" in f for f in rows[0][3])


def test_features_hold_no_name():
    text = "Kemarin Rudi Wibisana bertemu Sutejo di Sukamaju."
    toks = tokens_of(text)
    feats = typer.mention_features(lexicon(), toks, 0, len(toks), 1, 3, text)
    assert not any(w in f for f in feats for w in ("Rudi", "Wibisana", "Bambang", "Sutejo", "Sukamaju"))
    assert "n2=<Name>" in feats and "p1=kemarin" in feats and "len=2" in feats


_FEATURE = re.compile(r"(?:len=\d|allcaps|camel|digit|english_(?:all|any)|given_part|dict_(?:all|any|none)|starts|"
                      r"quoted|[pn][12]s?=(?:[^A-Z]*|<Name>|<ACR>|<s>|</s>)|prep=[a-z]+|v[ab]=[^A-Z]+)")


def test_the_shipped_model_holds_word_features_only():
    bias, threshold, weights = typer.model()
    assert 0.5 < threshold < 1 and weights
    assert [x for x in weights if not _FEATURE.fullmatch(x)] == []


def _corpus(tmp_path, n=40):
    rows = []
    for i in range(n):
        rows.append({"id": f"a{i}", "text":
                     f"Pengguna aplikasi Lorato{i} bertambah. Saham Lorato{i} naik tajam di bursa. "
                     f"Kata Wibisana{i}, hasilnya baik. Wibisana{i} mengaku tidak tahu soal itu."})
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_training_is_deterministic_and_keeps_excluded_articles_out(tmp_path):
    corpus = _corpus(tmp_path)
    one, two = tmp_path / "one.tsv", tmp_path / "two.tsv"
    typer.train(corpus, one, report=lambda _: None)
    typer.train(corpus, two, report=lambda _: None)
    assert one.read_text() == two.read_text()
    _, _, weights = typer.model(str(one))
    assert weights["p1=saham"] > 0 > weights["n1=mengaku"]
    with pytest.raises(ValueError, match="too few weakly labelled names"):
        typer.train(corpus, tmp_path / "three.tsv", exclude={f"a{i}" for i in range(40)}, report=lambda _: None)


@pytest.mark.parametrize("argv, code, message", [
    (["train", "/nonexistent/pool.jsonl", "out.tsv"], 1, "error: "),
    (["train"], 2, "usage: "),
    (["train", "a.jsonl", "b.tsv", "--other", "x"], 2, "usage: "),
])
def test_the_training_command_fails_cleanly(argv, code, message, capsys):
    assert typer.main(argv) == code
    err = capsys.readouterr().err
    assert err.startswith(message) and len(err.strip().splitlines()) == 1


def test_a_bad_line_in_the_corpus_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\nnot json\n', encoding="utf-8")
    assert typer.main(["train", str(bad), str(tmp_path / "out.tsv")]) == 1
    assert capsys.readouterr().err.startswith("error: ")


def _people(text: str) -> set[str]:
    return {p.name for p in extract(Article("a", text)).people}


_APP = ("Pengguna Lorato Mesh kini bisa mengunduh versi terbaru. Harga saham Lorato Mesh naik. "
        "Layanan Lorato Mesh bisa diunduh gratis. Pasar ponsel tumbuh tahun ini. Penjualan naik. "
        "Banyak toko buka hingga malam.")


def test_a_bare_name_the_typer_reads_a_thing_is_no_person():
    assert "Lorato Mesh" not in _people(_APP)


@pytest.mark.parametrize("text", [
    # the same name, once with a person's cue in the article: a person
    _APP + ' "Kami senang," kata Lorato Mesh.',
    _APP + " Lorato Mesh (45), warga Sukamaju, datang.",
    # a title before it
    _APP.replace("Pengguna Lorato Mesh", "Bupati Sukamaju Lorato Mesh"),
])
def test_a_name_a_cue_or_title_supports_stays_a_person(text):
    assert "Lorato Mesh" in _people(text)


def test_a_tagged_corpus_adds_people_and_bare_bodies(tmp_path):
    conll = tmp_path / "train.txt"
    conll.write_text("Rudi\tB-PER\nWibisana\tI-PER\nmembeli\tO\nsaham\tO\nLorato\tB-ORG\nMesh\tI-ORG\n.\tO\n\n"
                     "Dinas\tB-ORG\nPertanian\tI-ORG\nSukamaju\tI-ORG\nbuka\tO\n.\tO\n", encoding="utf-8")
    rows = [(name, label) for _, name, label, _ in typer.conll_examples(conll)]
    # (a body named by an institution word is no thing of the typer's)
    assert rows == [("Rudi Wibisana", "person"), ("Lorato Mesh", "thing")]


def test_the_training_command_takes_a_tagged_corpus(tmp_path, capsys):
    corpus, conll = _corpus(tmp_path), tmp_path / "train.txt"
    conll.write_text("kata\tO\nRudi\tB-PER\nWibisana\tI-PER\n.\tO\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert typer.main(["train", str(corpus), str(out), "--conll", str(conll)]) == 0
    assert "tagged 1" in capsys.readouterr().out and out.exists()
