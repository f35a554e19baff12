"""The on-disk store: incremental builds, removals, locks, damage, and interrupted builds."""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from graph.check import check_store
from graph.pipeline import build_store
from graph.store import KGStore, StoreError
from graph.bench.synthetic import write_jsonl

SEED = Path(__file__).resolve().parents[1] / "data" / "articles"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("graph.*"))}


def _exported(store: Path, out: Path) -> Path:
    """``out`` holding what ``kg export --store`` writes: TriG, Turtle and JSON-LD."""
    from graph.export import export_store
    with KGStore(store) as st:
        for fmt, name in (("trig", "graph.trig"), ("turtle", "graph.ttl"), ("jsonld", "graph.jsonld")):
            export_store(st, fmt, out / name)
    return out


def _store_files(store: Path) -> dict[str, tuple[int, str]]:
    """Every file of a store (but its lock) with its modification time and hash."""
    return {str(p.relative_to(store)): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(store.rglob("*")) if p.is_file() and p.name != "lock"}


def _graphs(store: Path) -> int:
    with KGStore(store) as st:
        return int(next(iter(st.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))[0].value)


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, rec in enumerate(json.loads(line) for line in
                            write_jsonl(tmp_path / "s.jsonl", 6).read_text(encoding="utf-8").splitlines()):
        (folder / f"a{i}.txt").write_text(f"{rec['title']}\n\n{rec['text']}\n", encoding="utf-8")
    shutil.copy(SEED / "jembrana-ukm-teleconference.txt", folder)
    return folder


def test_incremental_build(corpus, tmp_path):
    store, out = tmp_path / "st", tmp_path / "out"
    first = build_store([corpus], store, out, picture=False, workers=1)
    assert (first.articles, first.changed, first.removed) == (7, 7, 0)
    assert _graphs(store) == 7
    assert not list(out.glob("graph.*"))  # the store is the dataset: no whole-corpus export
    before, files = _digest(_exported(store, out)), _store_files(store)

    again = build_store([corpus], store, out, picture=False, workers=1)  # nothing changed
    assert (again.changed, again.removed, again.outputs) == (0, 0, [])
    assert _store_files(store) == files  # not a byte of the store changed
    assert _digest(_exported(store, out)) == before

    (corpus / "a1.txt").write_text((corpus / "a1.txt").read_text(encoding="utf-8") + "\nTambahan kalimat.\n",
                                   encoding="utf-8")
    (corpus / "a2.txt").unlink()
    third = build_store([corpus], store, out, picture=False, workers=1)
    assert (third.articles, third.changed, third.removed) == (6, 1, 1)
    assert _graphs(store) == 6
    assert _digest(_exported(store, out)) != before
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert "graph/a2>" not in trig and "graph/a1>" in trig


def test_store_queries_match_the_in_memory_graph(tmp_path):
    from graph.query import query_store, resolve_query
    store = tmp_path / "st"
    build_store([SEED], store, tmp_path / "out", picture=False, workers=1)
    table = query_store(store, resolve_query("officials"), "csv")
    assert "I Made Kembang Hartawan" in table and "Wakil Bupati Jembrana" in table


def test_every_competency_question_answers_the_same_on_the_store(tmp_path, seed_dataset):
    """The store keeps the text layer out of its default graph (the profile), so CQ08 names the graph."""
    import json

    from graph.query import canned_queries, query_store, run_query
    store = tmp_path / "st"
    build_store([SEED], store, tmp_path / "out", picture=False, workers=1)
    for name, text in canned_queries().items():
        if not name[0].isdigit():
            continue  # the scale questions take parameters
        on_store = json.loads(query_store(store, text, "json"))
        local = json.loads(run_query(seed_dataset, text).serialize(format="json"))
        if "boolean" in local:
            assert on_store["boolean"] == local["boolean"], name
            continue
        rows = lambda doc: sorted(tuple(sorted((k, v["value"]) for k, v in b.items()))  # noqa: E731
                                  for b in doc["results"]["bindings"])
        assert rows(on_store) == rows(local) and rows(local), name
    provenance = json.loads(query_store(store, canned_queries()["08-provenance"], "json"))["results"]["bindings"]
    assert provenance and all(b["ok"]["value"] == "true" and b["article"]["value"] for b in provenance)


def test_parallel_equals_serial(corpus, tmp_path):
    build_store([corpus], tmp_path / "s1", tmp_path / "o1", picture=False, workers=1)
    build_store([corpus], tmp_path / "s2", tmp_path / "o2", picture=False, workers=2)
    assert _digest(_exported(tmp_path / "s1", tmp_path / "o1")) == _digest(_exported(tmp_path / "s2", tmp_path / "o2"))


def test_a_second_writer_is_refused(tmp_path):
    store = tmp_path / "st"
    with KGStore(store, write=True, create=True):
        with pytest.raises(StoreError, match="in use by a build"):
            build_store([SEED], store, tmp_path / "out", picture=False, workers=1)


@pytest.mark.parametrize("damage, message", [
    (lambda p: (p / "manifest.json").write_text("{", encoding="utf-8"), "damaged manifest"),
    (lambda p: (p / "manifest.json").unlink(), "not a kg store"),
    (lambda p: (p / "chunks.sqlite").write_bytes(b"not a database" * 100), "export chunks cannot be opened"),
])
def test_a_damaged_store_gives_a_hint(tmp_path, damage, message):
    store = tmp_path / "st"
    build_store([SEED], store, tmp_path / "out", picture=False, workers=1)
    damage(store)
    with pytest.raises(StoreError, match=message):
        build_store([SEED], store, tmp_path / "out", picture=False, workers=1)


def test_an_interrupted_build_is_finished_by_the_next(corpus, tmp_path, monkeypatch):
    import graph.pipeline as pipeline
    store, out = tmp_path / "st", tmp_path / "out"
    monkeypatch.setattr(pipeline, "BATCH", 2)
    calls = {"n": 0}
    real = KGStore.put_articles

    def dies_on_the_third_batch(self, batch):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # as Ctrl-C would, halfway through
        return real(self, batch)

    monkeypatch.setattr(KGStore, "put_articles", dies_on_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        build_store([corpus], store, out, picture=False, workers=1)
    assert not list(out.glob("graph.*"))  # nothing written
    monkeypatch.setattr(KGStore, "put_articles", real)
    done = build_store([corpus], store, out, picture=False, workers=1)
    assert done.changed == 3  # the four committed articles are not extracted again
    assert _graphs(store) == 7


@pytest.mark.parametrize("ahead", [1, 3])
def test_batches_handed_out_ahead_are_stored_in_input_order(corpus, tmp_path, monkeypatch, ahead):
    """However many batches the workers are given ahead of the one being stored, the
    articles reach the resolver and the store in input order: the same bytes as one batch."""
    import graph.pipeline as pipeline
    build_store([corpus], tmp_path / "whole", tmp_path / "out", picture=False, workers=1)
    monkeypatch.setattr(pipeline, "BATCH", 2)
    monkeypatch.setattr(pipeline, "AHEAD", ahead)
    seen = []
    real = KGStore.put_articles
    monkeypatch.setattr(KGStore, "put_articles", lambda self, batch: (seen.extend(a.article_id for a in batch),
                                                                      real(self, batch))[1])
    build_store([corpus], tmp_path / "batched", tmp_path / "out", picture=False, workers=1)
    with KGStore(tmp_path / "whole") as whole, KGStore(tmp_path / "batched") as batched:
        assert b"".join(batched.export("trig")) == b"".join(whole.export("trig"))
        assert seen == list(whole.manifest) == sorted(seen)  # the corpus's ids are in input order
    assert len(seen) == 7


def test_cli_store_round_trip(tmp_path, capsys):
    from graph.cli import main
    store = tmp_path / "st"
    assert main(["build", str(SEED), "--store", str(store), "--out", str(tmp_path / "o"), "--no-picture"]) == 0
    assert main(["query", "quotes", "--store", str(store), "--format", "tsv"]) == 0
    assert "Widi Adnyana" in capsys.readouterr().out
    assert main(["query", "officials", "--store", str(tmp_path / "missing")]) == 2
    assert "no such store" in capsys.readouterr().err


def _quads(path: Path, fmt) -> set:
    import pyoxigraph as ox
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in ox.parse(path=str(path), format=fmt)}


def test_exports_assembled_from_chunks_hold_the_same_graph_as_a_fresh_build(corpus, tmp_path):
    """TriG, JSON-LD and Turtle written from the per-article chunks parse to the dataset (or
    its union) the in-memory build serializes, also after a change and a removal."""
    import pyoxigraph as ox

    from graph.pipeline import build
    store, out = tmp_path / "st", tmp_path / "out"
    build_store([corpus], store, out, picture=False, workers=1)
    (corpus / "a3.txt").unlink()
    (corpus / "a4.txt").write_text((corpus / "a4.txt").read_text(encoding="utf-8") + "\nKalimat baru.\n",
                                   encoding="utf-8")
    build_store([corpus], store, out, picture=False, workers=1)
    build([corpus], tmp_path / "mem", picture=False)
    _exported(store, out)
    expected = _quads(tmp_path / "mem" / "graph.trig", ox.RdfFormat.TRIG)
    assert _quads(out / "graph.trig", ox.RdfFormat.TRIG) == expected
    assert _quads(out / "graph.jsonld", ox.RdfFormat.JSON_LD) == expected
    union = {(s, p, o, ox.DefaultGraph()) for s, p, o, _ in expected}
    assert _quads(out / "graph.ttl", ox.RdfFormat.TURTLE) == union


def test_a_big_store_is_drawn_as_an_overview_read_by_query(corpus, tmp_path, monkeypatch):
    from graph import pipeline
    from graph.render import store_overview
    monkeypatch.setattr(pipeline, "PICTURE_ALL", 3)
    store, out = tmp_path / "st", tmp_path / "out"
    summary = build_store([corpus], store, out, workers=1)
    assert out / "graph.png" in summary.outputs and (out / "graph.png").stat().st_size > 10_000
    with KGStore(store) as st:
        ds, counted = store_overview(st, top=5)
        totals = counted["totals"]
        full = st.to_dataset()
    assert totals["articles"] == 7
    named = ("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?a <https://schema.org/mentions>|<https://schema.org/about> ?e }")
    assert len(counted["counts"]) == 10 and len(ds) < len(full) / 3  # the top, not the store
    counts = {str(r.e): int(r.n) for r in full.query(
        "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a <https://schema.org/mentions>|<https://schema.org/about> ?e }"
        " GROUP BY ?e")}
    assert all(counts[e] == n for e, n in counted["counts"].items())
    assert all(n <= min(counts[a], counts[b]) for (a, b), n in counted["pairs"].items())


def test_an_incremental_build_does_not_clean_what_the_store_already_holds(tmp_path, monkeypatch):
    """Unchanged JSONL records are recognised by id and hash before noise cleaning."""
    from graph.ingest import readers
    jsonl = write_jsonl(tmp_path / "c.jsonl", 5)
    build_store([jsonl], tmp_path / "st", tmp_path / "out", picture=False, workers=1)
    built = []
    real = readers.build_article
    monkeypatch.setattr(readers, "build_article", lambda *a, **k: built.append(k["ident"]) or real(*a, **k))
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[2])
    record["text"] += " Kalimat tambahan."
    lines[2] = json.dumps(record, ensure_ascii=False)
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = build_store([jsonl], tmp_path / "st", tmp_path / "out", picture=False, workers=1)
    assert (again.articles, again.changed) == (5, 1)
    assert len(built) == 1


@pytest.mark.parametrize("fmt", ["trig", "turtle", "jsonld", "nquads"])
def test_kg_export_reads_the_store_without_loading_it(corpus, tmp_path, fmt, monkeypatch):
    import pyoxigraph as ox

    from graph import cli
    from graph.store import KGStore
    build_store([corpus], tmp_path / "st", tmp_path / "out", picture=False, workers=1)
    _exported(tmp_path / "st", tmp_path / "out")
    monkeypatch.setattr(KGStore, "to_dataset", lambda self: pytest.fail("the store was loaded whole"))
    target = tmp_path / f"x.{fmt}"
    assert cli.main(["export", "--store", str(tmp_path / "st"), "--format", fmt, "--out", str(target),
                     "--quiet"]) == 0
    ox_fmt = {"trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD,
              "nquads": ox.RdfFormat.N_QUADS}[fmt]
    expected = _quads(tmp_path / "out" / "graph.trig", ox.RdfFormat.TRIG)
    if fmt == "turtle":
        expected = {(s, p, o, ox.DefaultGraph()) for s, p, o, _ in expected}
    assert _quads(target, ox_fmt) == expected


def _garble_one_chunk(store: Path) -> None:
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("UPDATE chunk SET nquads = ?", (b"not a zlib stream",))


@pytest.mark.parametrize("damage, words", [
    (lambda store: (store / "chunks.sqlite").write_bytes(b"not a database" * 100), "export chunks cannot be read"),
    (_garble_one_chunk, "is damaged; `kg check --store"),
], ids=["database", "one-chunk"])
def test_kg_export_from_a_store_with_damaged_chunks_says_so(tmp_path, capsys, damage, words):
    from graph import cli
    store = tmp_path / "st"
    build_store([SEED], store, tmp_path / "out", picture=False, workers=1)
    damage(store)
    assert cli.main(["export", "--store", str(store), "--format", "trig", "--out", str(tmp_path / "x.trig")]) != 0
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.trig").exists()


def _as_format_2(store: Path) -> None:
    """Give a store the shape kg wrote before its chunks became N-Quads (format 2: a TriG,
    Turtle and JSON-LD chunk per article)."""
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    manifest["format"] = 2
    (store / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with sqlite3.connect(store / "chunks.sqlite") as con:
        graphs = [g for (g,) in con.execute("SELECT graph FROM chunk")]
        con.execute("DROP TABLE chunk")
        con.execute("CREATE TABLE chunk (graph TEXT PRIMARY KEY, trig BLOB, turtle BLOB, jsonld BLOB)")
        con.executemany("INSERT INTO chunk VALUES (?, 'x', 'x', 'x')", [(g,) for g in graphs])


def test_a_store_of_the_former_chunks_is_exported_after_the_next_build(tmp_path, capsys):
    """Format 2 kept serialized chunks: an export says to build again (one line), and the
    build extracts every article again into chunks the export reads."""
    from graph import cli
    fresh, old = tmp_path / "fresh", tmp_path / "old"
    build_store([SEED], fresh, tmp_path / "out", picture=False, workers=1)
    build_store([SEED], old, tmp_path / "out", picture=False, workers=1)
    _as_format_2(old)
    assert cli.main(["export", "--store", str(old), "--format", "trig", "--out", str(tmp_path / "x.trig")]) != 0
    err = capsys.readouterr().err
    assert "built by an older kg (format 2)" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1

    summary = build_store([SEED], old, tmp_path / "out", picture=False, workers=1)
    assert summary.changed == 1 and not summary.repaired
    with KGStore(old) as a, KGStore(fresh) as b:
        assert b"".join(a.export("trig")) == b"".join(b.export("trig"))
    assert check_store(old).problems == []


def test_compact_json_ld_leaves_literals_alone(tmp_path):
    """IRIs in the text of an article stay text in the JSON-LD export, however they look."""
    import pyoxigraph as ox
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        'Tautan skema\n\nBupati Gianyar I Wayan Contoh membuka "https://schema.org/name": '
        '"@id":"https://schema.org/Person" di Balai Desa Sukawati, Senin (1/3/2021).\n', encoding="utf-8")
    build_store([folder], tmp_path / "st", tmp_path / "out", picture=False, workers=1)
    _exported(tmp_path / "st", tmp_path / "out")
    text = (tmp_path / "out" / "graph.jsonld").read_text(encoding="utf-8")
    assert text.startswith('{"@context":{"schema":"https://schema.org/"') and '"schema:name":' in text
    assert _quads(tmp_path / "out" / "graph.jsonld", ox.RdfFormat.JSON_LD) == \
        _quads(tmp_path / "out" / "graph.trig", ox.RdfFormat.TRIG)
    literals = {str(o.value) for _, _, o, _ in _quads(tmp_path / "out" / "graph.jsonld", ox.RdfFormat.JSON_LD)
                if isinstance(o, ox.Literal)}
    assert any('"https://schema.org/name": "@id":"https://schema.org/Person"' in v for v in literals)


def test_in_memory_and_store_builds_report_the_same_distinct_counts(corpus, tmp_path):
    from graph.pipeline import build
    memory = build([corpus], tmp_path / "m", picture=False)
    store = build_store([corpus], tmp_path / "st", tmp_path / "o", picture=False, workers=1)
    assert memory.entities == store.entities and memory.triples == store.triples
    assert memory.entities["people"] == len({str(s) for s in _people(tmp_path / "m" / "graph.trig")})


def _people(trig):
    from rdflib import Dataset, RDF, URIRef
    ds = Dataset(default_union=True)
    ds.parse(trig, format="trig")
    return set(ds.subjects(RDF.type, URIRef("https://schema.org/Person")))


def test_each_batch_appends_its_changes_to_the_manifest_journal(corpus, tmp_path, monkeypatch):
    """A build records a batch by appending one line to manifest.log, not by rewriting the
    whole manifest (which made recording quadratic in the corpus); the journal is folded into
    manifest.json when the build ends, and a killed build's journal is read as it is."""
    import graph.pipeline as pipeline
    from graph.store import LOG, read_manifest
    store, out = tmp_path / "st", tmp_path / "out"
    monkeypatch.setattr(pipeline, "BATCH", 2)
    sizes = []
    real = KGStore.save_manifest

    def records(self):
        real(self)
        sizes.append(((self.path / "manifest.json").read_bytes(), (self.path / LOG).read_bytes().count(b"\n")
                      if (self.path / LOG).exists() else 0))

    monkeypatch.setattr(KGStore, "save_manifest", records)
    build_store([corpus], store, out, picture=False, workers=1)
    # the store is created, then the first batch records the store's base in manifest.json;
    # the three batches after it (7 articles, 2 a batch) each append one line and rewrite nothing
    assert len(sizes) == 5 and len({snap for snap, _ in sizes[1:]}) == 1
    assert [lines for _, lines in sizes[1:]] == [0, 1, 2, 3]
    assert not (store / LOG).exists()  # folded in at the end
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))["articles"]
    assert len(manifest) == 7 and read_manifest(store)["articles"] == manifest


def test_a_journal_cut_short_is_a_batch_never_committed(corpus, tmp_path):
    from graph.store import LOG, read_manifest
    store = tmp_path / "st"
    build_store([corpus], store, tmp_path / "out", picture=False, workers=1)
    before = read_manifest(store)["articles"]
    gone = sorted(before)[0]
    (store / LOG).write_bytes(json.dumps({"put": {}, "drop": [gone]}).encode() + b"\n"
                              + b'{"put": {"x": {"graph": "http://e.org/x"')  # a kill -9 mid-line
    assert sorted(read_manifest(store)["articles"]) == sorted(before)[1:]  # line 1 applied, line 2 not
    with KGStore(store, write=True) as st:  # a writer folds the whole lines in and drops the rest
        assert gone not in st.manifest and "x" not in st.manifest
    assert not (store / LOG).exists()
    assert sorted(json.loads((store / "manifest.json").read_text(encoding="utf-8"))["articles"]) == sorted(before)[1:]
    (store / LOG).write_bytes(b"not json\n")
    with pytest.raises(StoreError, match="damaged manifest"):
        KGStore(store)
    report = check_store(store)
    assert not report.ok and any("manifest.json is damaged" in line for line in report.lines())


def test_the_journal_is_folded_in_when_it_outgrows_the_manifest(tmp_path, monkeypatch):
    """Rewriting manifest.json only when the journal is bigger than it keeps the bytes written
    for recording n batches linear in n (each rewrite follows at least as many appended bytes)."""
    import graph.store as store_module
    monkeypatch.setattr(store_module, "LOG_FLOOR", 0)
    written = []
    with KGStore(tmp_path / "st", write=True, create=True) as st:
        for batch in range(40):
            for i in range(5):
                st.manifest[f"b{batch}-{i}"] = {"graph": f"http://e.org/g/{batch}/{i}", "sha256": "x" * 64}
            st.save_manifest()
            written.append((st.path / "manifest.json").stat().st_ino)  # a new file each rewrite
        assert len(st.manifest) == 200
    rewrites = sum(1 for a, b in zip(written, written[1:]) if a != b)
    assert 2 <= rewrites <= 8  # about log2(40): not once a batch
    assert len(store_module.read_manifest(tmp_path / "st")["articles"]) == 200
