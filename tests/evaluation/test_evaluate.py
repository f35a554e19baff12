"""The scorer on hand-made cases: a perfect graph scores 1.0; a duplicate or a missing
node lowers exactly what it should. And `kg eval` end to end on the shipped corpora."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.evaluation.gold import CATEGORIES, Entity, EventFacts, Facts, score_article
from graph.extract.iob import read_conll

GOLD = Facts(
    people=[Entity("I Made Contoh", ("Contoh",)), Entity("Ni Luh Sari")],
    organizations=[Entity("Dinas Koperasi Kabupaten Badung", ("Diskop",))],
    places=[Entity("Badung")],
    posts={("I Made Contoh", "Bupati")},
    events=[EventFacts("2021-03-04", "meeting", "Aula Kantor Bupati", "I Made Contoh", {"Ni Luh Sari"})],
    quotes=[("Pasar harus bersih", "I Made Contoh")],
)


def _copy(**changes) -> Facts:
    f = Facts(list(GOLD.people), list(GOLD.organizations), list(GOLD.places), set(GOLD.posts),
              [EventFacts(e.date, e.kind, e.place, e.organizer, set(e.participants)) for e in GOLD.events],
              list(GOLD.quotes))
    for k, v in changes.items():
        setattr(f, k, v)
    return f


def test_a_perfect_graph_scores_one():
    scores = score_article(GOLD, _copy())
    assert set(scores) == set(CATEGORIES)
    assert all(c.f1 == 1.0 for c in scores.values())


def test_a_duplicate_node_is_a_false_positive():
    pred = _copy(people=GOLD.people + [Entity("Contoh")])  # the short form as its own node
    scores = score_article(GOLD, pred)
    assert (scores["people"].tp, scores["people"].fp, scores["people"].fn) == (2, 1, 0)
    assert "duplicate" in scores["people"].false_positives[0]
    assert scores["organizations"].f1 == 1.0


def test_a_missing_node_lowers_recall_only():
    scores = score_article(GOLD, _copy(people=GOLD.people[:1]))
    assert (scores["people"].precision, scores["people"].recall) == (1.0, 0.5)


def test_names_match_through_aliases():
    pred = _copy(organizations=[Entity("Diskop Badung", ("Diskop",))])
    assert score_article(GOLD, pred)["organizations"].tp == 1


@pytest.mark.parametrize("alts, tp, fp", [
    ({("I Made Contoh", "Kepala Daerah"): {"Bupati"}}, 1, 0),  # the gold's role is another label of ours
    ({}, 0, 1),                                                 # no label matches: a false positive
])
def test_a_post_matches_through_the_role_s_other_labels(alts, tp, fp):
    pred = _copy(posts={("I Made Contoh", "Kepala Daerah")}, post_alts=alts)
    c = score_article(GOLD, pred)["posts"]
    assert (c.tp, c.fp) == (tp, fp)


@pytest.mark.parametrize("event, slots_tp, slots_fp, slots_fn", [
    (EventFacts("2021-03-04", "meeting", "Aula Kantor Bupati", "I Made Contoh", {"Ni Luh Sari"}), 3, 0, 0),
    (EventFacts("2021-03-04", "meeting", None, "I Made Contoh", {"Ni Luh Sari"}), 2, 0, 1),
    (EventFacts("2021-03-04", "meeting", "Pasar", "I Made Contoh", {"Ni Luh Sari"}), 2, 1, 1),
])
def test_event_slots(event, slots_tp, slots_fp, slots_fn):
    c = score_article(GOLD, _copy(events=[event]))["event_slots"]
    assert (c.tp, c.fp, c.fn) == (slots_tp, slots_fp, slots_fn)


def test_an_event_on_another_day_is_missed_and_spurious():
    c = score_article(GOLD, _copy(events=[EventFacts("2021-03-05", "meeting", None, None, set())]))["events"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_two_events_of_one_day_pair_by_what_they_agree_on():
    # the gold lists the hearing first, the graph the arrest first: each is scored against its own
    hearing = EventFacts("2021-03-04", "hearing", "Pengadilan Negeri Badung", None, {"Ni Luh Sari"})
    arrest = EventFacts("2021-03-04", "arrest", None, "Dinas Koperasi Kabupaten Badung", {"I Made Contoh"})
    scores = score_article(_copy(events=[hearing, arrest]), _copy(events=[arrest, hearing]))
    assert (scores["events"].tp, scores["event_slots"].f1, scores["participants"].f1) == (2, 1.0, 1.0)
    # an undated gold event takes what is left once the dated ones are paired
    undated = EventFacts(None, "meeting", None, None, set())
    scores = score_article(_copy(events=[undated, hearing]), _copy(events=[hearing, arrest]))
    assert (scores["events"].tp, scores["events"].fp, scores["participants"].tp) == (2, 0, 1)


def test_quote_with_the_wrong_speaker():
    scores = score_article(GOLD, _copy(quotes=[("Pasar harus bersih setiap hari.", "Ni Luh Sari")]))
    assert scores["quotes"].f1 == 1.0
    assert (scores["quote_speakers"].tp, scores["quote_speakers"].fp, scores["quote_speakers"].fn) == (0, 1, 1)


@pytest.mark.parametrize("said_by, counts", [
    (None, (1, 0, 0)),            # the text names nobody and the quote has no speaker: right
    ("Ni Luh Sari", (0, 1, 1)),   # a speaker guessed where the text names nobody: wrong
])
def test_quote_whose_gold_has_no_speaker(said_by, counts):
    gold = _copy(quotes=[("Pasar harus bersih", None)])
    scores = score_article(gold, _copy(quotes=[("Pasar harus bersih setiap hari.", said_by)]))
    assert (scores["quote_speakers"].tp, scores["quote_speakers"].fp, scores["quote_speakers"].fn) == counts


def test_read_conll_spans(tmp_path):
    f = tmp_path / "ner.txt"
    f.write_text("Kata X O\r\nJoko B-PER\r\nWidodo I-PER\r\ndi O\r\nSolo B-LOC\r\n\r\nPKB B-ORG\r\n", encoding="utf-8")
    assert read_conll(f) == [(["Kata", "Joko", "Widodo", "di", "Solo"], [(1, 3, "PER"), (4, 5, "LOC")]),
                             (["PKB"], [(0, 1, "ORG")])]


def test_kg_eval_on_the_seed_is_perfect(shared_dir, capsys):
    from graph.cli import main
    assert main(["eval", str(shared_dir / "corpus" / "seed"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["macro_f1"] == 1.0


def test_kg_eval_on_our_own_articles(capsys):
    from graph.cli import main
    corpus = Path(__file__).parents[1] / "corpus"
    assert main(["eval", str(corpus), str(corpus / "heldout"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["articles"]) == {f"h{n:02d}" for n in range(1, 13)}
    assert 0.0 < report["macro_f1"] <= 1.0


@pytest.mark.parametrize("conll, kind", [
    ("Menurut O\nHaposan B-PER\n, O\nKPK B-ORG\nbekerja O\ndi O\nJakarta B-LOC\n. O\n", "all"),
    # a name inside the token "(Santo)" is that token, as conlleval reads BIO labels
    ("Gubernur O\nSanto B-PER\nWirawan I-PER\n(Santo) B-PER\nhadir O\ndi O\nSolo B-LOC\n. O\n", "PER"),
])
def test_kg_eval_conll(tmp_path, capsys, conll, kind):
    from graph.cli import main
    f = tmp_path / "ner.txt"
    f.write_text(conll, encoding="utf-8")
    assert main(["eval", "--conll", str(f), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["strict"][kind]["f1"] == 1.0


def test_kg_eval_conll_verbose_lists_misses_and_false_positives(tmp_path, capsys):
    from graph.cli import main
    f = tmp_path / "ner.txt"
    f.write_text("Ribut O\nmelanda O\nKorinta B-LOC\n. O\n\nMenurut O\nHaposan B-PER\n, O\nia O\nsetuju O\n. O\n", encoding="utf-8")
    assert main(["eval", "--conll", str(f), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "MISS LOC s00000 'Korinta' | Ribut melanda Korinta ." in out
    assert "s00001" not in out  # found: neither missed nor false


def test_kg_eval_needs_something(capsys):
    from graph.cli import main
    assert main(["eval"]) == 2
    assert "GOLD_DIR" in capsys.readouterr().err


def test_conll_mentions_are_read_at_token_level():
    from graph.evaluation.conll import _token_aligned
    # "Presiden (Jokowi) hadir": tokens start at 0, 9, 18 and end at 8, 17, 23
    starts, ends = [0, 9, 18], [8, 17, 23]
    assert _token_aligned(10, 16, starts, ends) == (9, 17)  # the name inside "(Jokowi)" is the token
    assert _token_aligned(0, 8, starts, ends) == (0, 8)  # whole tokens stay as they are
    assert _token_aligned(0, 17, starts, ends) == (0, 17)


ARTICLE = "Bupati Sukamaju Resmikan Pasar\n\nBupati Sukamaju Rudi Wibisana meresmikan Pasar Desa pada Senin.\n"


def _gold_case(tmp_path: Path, gold: bytes | None, article: bool = True) -> list[str]:
    g = tmp_path / "a1.gold.yaml"
    if gold is not None:
        g.write_bytes(gold)
    if article:
        (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    return [str(g)]


# (case, how to make the files → kg eval arguments, what the one line must say besides the file)
EVAL_ERRORS = [
    ("malformed YAML", lambda t: _gold_case(t, b"people:\n  - name: [Rudi\n"), "malformed YAML at line"),
    ("a gold that is a list", lambda t: _gold_case(t, b"- Rudi Wibisana\n"), "not a gold annotation"),
    ("a person without a name", lambda t: _gold_case(t, b"people:\n  - role: Bupati\n"),
     "not a gold annotation as the corpus README describes it"),
    ("a gold that is not UTF-8", lambda t: _gold_case(t, b"people:\n  - name: Rudi \xff\xfe\n"), "not UTF-8"),
    ("a gold without its .txt", lambda t: _gold_case(t, b"people: []\n", article=False), "no article a1.txt"),
    ("a gold file that is not there", lambda t: _gold_case(t, None, article=False), "no such gold file"),
    ("a folder without gold", lambda t: [str(t)], "no *.gold.yaml with a matching .txt article found in"),
    ("an empty CoNLL file", lambda t: ["--conll", _write(t / "ner.txt", b"")], "no sentences in"),
    ("a CoNLL file of blank lines", lambda t: ["--conll", _write(t / "ner.txt", b"\n\n  \n")], "no sentences in"),
    ("a CoNLL file that is binary", lambda t: ["--conll", _write(t / "ner.txt", b"\x00\x01PK\x03")], "binary"),
    ("a CoNLL file that is prose", lambda t: ["--conll", _write(t / "ner.txt", b"Rudi Wibisana meresmikan pasar\n")],
     ":1: not a CoNLL/IOB2 line"),
    ("a CoNLL folder", lambda t: ["--conll", str(t)], "no such CoNLL file"),
    ("a resolution gold of the wrong shape", lambda t: ["--resolution", str(t)] if _write(
        t / "resolution.gold.yaml", b"entities:\n  - kind: person\n    mentions: {a1: [Rudi]}\n") and _write(
        t / "a1.txt", ARTICLE.encode()) else [], "not a resolution gold annotation"),
]


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("case, make, words", EVAL_ERRORS, ids=[c[0] for c in EVAL_ERRORS])
def test_kg_eval_errors_name_the_file_in_one_line(tmp_path, capsys, case, make, words):
    from graph.cli import main
    argv = make(tmp_path)
    assert main(["eval", *argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("kg: error: "), err
    assert words in err[0] and str(tmp_path) in err[0], err
