"""The store under faults: a build killed (kill -9) at every phase, lost files, unreadable inputs.

Each crash test builds version 1 of a corpus, then runs ``kg build`` on version 2 (articles
changed, removed, added) as a real process that kills itself with SIGKILL at one phase
(``KG_FAULT_AT``), runs it again, and compares what the store then holds and exports with a
clean build of version 2: byte for byte, nothing lost, nothing left over. ``kg export``
killed while it writes leaves no half-written file at its target.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.bench.synthetic import write_jsonl
from graph.pipeline import build_store
from graph.store import FORMAT, KGStore

from conftest import REPO_ROOT

PHASES = ["start", "batch-stored", "batch-committed", "removing", "exporting"]


def _versions(tmp: Path, n: int = 230) -> tuple[str, str]:
    """Two versions of one corpus file: v2 changes 3 articles, drops 5 and adds 4 (more than one batch)."""
    rows = [json.loads(line) for line in write_jsonl(tmp / "all.jsonl", n + 4).read_text(encoding="utf-8").splitlines()]
    changed = [dict(r, text=r["text"] + " Acara ditutup dengan doa bersama.") if i in (3, 50, 210) else r
               for i, r in enumerate(rows[:n])]
    kept = [r for i, r in enumerate(changed) if i not in (7, 8, 9, 120, 205)] + rows[n:]
    return tuple("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in version) for version in (rows[:n], kept))


def _corpus(tmp: Path, version: str) -> Path:
    """The corpus file as a user edits it: one path, its content replaced."""
    path = tmp / "corpus" / "news.jsonl"
    path.parent.mkdir(exist_ok=True)
    path.write_text(version, encoding="utf-8")
    return path


def _kg(*args: str, fault: str | None = None):
    env = {k: v for k, v in os.environ.items() if k != "KG_FAULT_AT"}
    if fault:
        env["KG_FAULT_AT"] = fault
    return subprocess.run([sys.executable, "-m", "graph.cli", "-q", *args],
                          cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=180)


def _kg_build(inputs: Path, store: Path, out: Path, fault: str | None = None, workers: int = 2,
              picture: bool = False):
    """``kg build --store``; the picture only when asked (drawing it is the "exporting" phase)."""
    return _kg("build", str(inputs), "--store", str(store), "--out", str(out), "--workers", str(workers),
               *([] if picture else ["--no-picture"]), fault=fault)


def _trig(store: Path, out: Path) -> bytes:
    """The TriG ``kg export --store`` writes (the store is the dataset; builds write no export)."""
    from graph.export import export_store
    with KGStore(store) as st:
        export_store(st, "trig", out / "graph.trig")
    return (out / "graph.trig").read_bytes()


def _state(store: Path, out: Path) -> tuple:
    with KGStore(store) as st:
        manifest = {aid: (e["sha256"], e["graph"]) for aid, e in st.manifest.items()}
        missing, orphans = st.check()
    return manifest, missing, orphans, _trig(store, out)


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("clean")
    v1, v2 = _versions(tmp)
    assert _kg_build(_corpus(tmp, v2), tmp / "store", tmp / "out").returncode == 0
    return v1, v2, _state(tmp / "store", tmp / "out")


@pytest.mark.parametrize("phase", PHASES)
def test_a_build_killed_at_any_phase_is_finished_by_the_next(tmp_path, clean, phase):
    v1, v2, want = clean
    store, out = tmp_path / "store", tmp_path / "out"
    assert _kg_build(_corpus(tmp_path, v1), store, out).returncode == 0
    corpus = _corpus(tmp_path, v2)
    picture = phase == "exporting"
    killed = _kg_build(corpus, store, out, fault=phase, picture=picture)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-500:]
    again = _kg_build(corpus, store, out, picture=picture)
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr[-500:]
    manifest, missing, orphans, trig = _state(store, out)
    assert (missing, orphans) == ([], [])
    assert manifest == want[0]  # every article of v2, none of the removed ones
    assert trig == want[3]  # the same exports as a clean build, byte for byte


def test_a_killed_build_leaves_no_worker_holding_the_lock(tmp_path, clean):
    v1 = _corpus(tmp_path, clean[0])
    store, out = tmp_path / "store", tmp_path / "out"
    killed = _kg_build(v1, store, out, fault="batch-stored", workers=2)
    assert killed.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10
    while True:  # the workers die with their parent; the lock is free at once
        try:
            with KGStore(store, write=True):
                break
        except Exception:
            assert time.monotonic() < deadline, "a worker of the killed build still holds the store"
            time.sleep(0.2)
    assert _kg_build(v1, store, out).returncode == 0


@pytest.mark.parametrize("split", [False, True])
def test_kg_export_killed_while_writing_leaves_no_half_written_file(tmp_path, clean, split):
    """A kill -9 in the middle of ``kg export --store`` leaves the previous file (or none)
    at the target; run again, it writes the whole export."""
    store, out = tmp_path / "store", tmp_path / "out"
    assert _kg_build(_corpus(tmp_path, clean[1]), store, out).returncode == 0
    target = tmp_path / ("parts" if split else "x.nq")
    where = ["--split", str(target), "--batch", "100"] if split else ["-o", str(target)]
    killed = _kg("export", "--store", str(store), "--format", "nquads", *where, fault="export-writing")
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-500:]
    if split:
        assert not (target / "manifest.json").exists() and not list(target.glob("part-*"))
    else:
        assert not target.exists()
    done = _kg("export", "--store", str(store), "--format", "nquads", *where)
    assert done.returncode == 0, done.stderr[-500:]
    with KGStore(store) as st:
        whole = b"".join(st.export("nquads"))
    parts = [target / f["file"] for f in json.loads((target / "manifest.json").read_text())["files"]] \
        if split else [target]
    assert b"".join(p.read_bytes() for p in parts) == whole and len(whole) > 100_000


def test_an_unreadable_input_removes_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Bupati Contoh Resmikan Pasar\n\nBupati Contoh Budi Santoso meresmikan pasar.\n",
                                  encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": f"Camat Contoh Rudi Hartono{i} membuka pelatihan UMKM di desa."})
             for i in range(3)]
    (folder / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store, out = tmp_path / "store", tmp_path / "out"
    first = build_store([folder], store, out, picture=False, workers=1)
    assert first.articles == 4
    (folder / "a.txt").write_bytes(b"Bupati Contoh\x00 rusak\n")  # now binary: skipped
    lines[1] = '{"id": "j1", "text": "rusak'  # a damaged line
    (folder / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    second = build_store([folder], store, out, picture=False, workers=1)
    assert second.removed == 0 and second.kept == 2 and len(second.skipped) == 2
    with KGStore(store) as st:
        assert len(st.manifest) == 4
    lines.pop(1)  # the line is gone from its file now: its article goes
    (folder / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    third = build_store([folder], store, out, picture=False, workers=1)
    assert third.removed == 1


@pytest.mark.parametrize("damage", ["chunks", "graph", "orphan"])
def test_a_store_that_lost_files_is_repaired_by_the_next_build(tmp_path, damage):
    import pyoxigraph as ox
    rows = write_jsonl(tmp_path / "c.jsonl", 12)
    store, out = tmp_path / "store", tmp_path / "out"
    build_store([rows], store, out, picture=False, workers=1)
    want = _trig(store, out)
    if damage == "chunks":
        (store / "chunks.sqlite").unlink()
    else:
        with KGStore(store, write=True) as st:
            if damage == "graph":
                st.db.remove_graph(ox.NamedNode(next(iter(st.manifest.values()))["graph"]))
            else:
                st.db.add(ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"),
                                  ox.NamedNode("urn:x:stray-graph")))
            st.db.flush()
    summary = build_store([rows], store, out, picture=False, workers=1)
    assert summary.repaired > 0
    assert _trig(store, out) == want
    with KGStore(store) as st:
        assert st.check() == ([], [])


def test_a_picture_that_went_missing_or_was_cut_is_drawn_again(tmp_path):
    rows = write_jsonl(tmp_path / "c.jsonl", 5)
    store, out = tmp_path / "store", tmp_path / "out"
    build_store([rows], store, out, workers=1)
    want = {p.name: p.read_bytes() for p in out.iterdir()}
    assert list(want) == ["graph.png"]  # the store is the dataset: no whole-corpus export
    (out / "graph.png").write_bytes(want["graph.png"][:100])  # cut, as by a full disk
    summary = build_store([rows], store, out, workers=1)
    assert summary.changed == 0 and summary.outputs
    assert {p.name: p.read_bytes() for p in out.iterdir()} == want
    (out / "graph.png").unlink()
    assert build_store([rows], store, out, workers=1).outputs == [out / "graph.png"]
    again = build_store([rows], store, out, workers=1)
    assert again.outputs == []  # up to date: nothing touched


def test_a_symlinked_lock_file_is_refused_not_followed(tmp_path):
    from graph.store import StoreError
    rows = write_jsonl(tmp_path / "c.jsonl", 2)
    store = tmp_path / "store"
    build_store([rows], store, tmp_path / "out", picture=False, workers=1)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (store / "lock").unlink()
    (store / "lock").symlink_to(victim)
    with pytest.raises(StoreError, match="symbolic link"):
        build_store([rows], store, tmp_path / "out", picture=False, workers=1)
    assert victim.read_text(encoding="utf-8") == "precious"


def test_a_store_of_an_older_format_is_built_again_whole(tmp_path):
    rows = write_jsonl(tmp_path / "c.jsonl", 4)
    store, out = tmp_path / "store", tmp_path / "out"
    build_store([rows], store, out, picture=False, workers=1)
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == FORMAT
    manifest["format"] = 1  # as a store built before the text layer left the default graph
    (store / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    again = build_store([rows], store, out, picture=False, workers=1)
    assert again.changed == 4
    assert json.loads((store / "manifest.json").read_text(encoding="utf-8"))["format"] == FORMAT


def _index_rows(con) -> dict[str, list[tuple]]:
    """Every row of the scale questions' indexes, the graph named by its IRI (its number in
    ``graph_id`` is the order it was indexed in)."""
    from graph.store import INDEX_TABLES
    out = {}
    for table in INDEX_TABLES:
        columns = [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
        if "gid" in columns:
            rest = ", ".join(f"t.{c}" for c in columns if c != "gid")
            out[table] = sorted(con.execute(f"SELECT g.graph, {rest} FROM {table} t JOIN graph_id g ON g.id = t.gid"))
        elif table != "graph_id":
            out[table] = sorted(con.execute(f"SELECT * FROM {table}"))
    return out



def _as_older_format(store, tables, fmt: int) -> dict:
    """Make the built ``store`` one of format ``fmt``, which had none of the index ``tables``:
    drop them and say so in the manifest. The index rows it had before, by table."""
    import sqlite3

    with sqlite3.connect(store / "chunks.sqlite") as con:
        before = _index_rows(con)
        for table in tables:
            con.execute(f"DROP TABLE {table}")
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    manifest["format"] = fmt
    (store / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return before

def test_a_store_of_format_3_gets_its_indexes_from_its_chunks(tmp_path, caplog):
    """Format 3 had today's graphs and chunks but no indexes for the scale questions: the next
    build writes them from the chunks in one line, extracting nothing again."""
    import sqlite3

    from graph.store import INDEX_TABLES
    rows = write_jsonl(tmp_path / "c.jsonl", 4)
    store, out = tmp_path / "store", tmp_path / "out"
    build_store([rows], store, out, picture=False, workers=1)
    before = _as_older_format(store, INDEX_TABLES, 3)
    with caplog.at_level("WARNING"):
        again = build_store([rows], store, out, picture=False, workers=1)
    assert again.changed == 0
    said = [r.getMessage() for r in caplog.records if "format 3" in r.getMessage()]
    assert len(said) == 1 and "indexing its 4 articles" in said[0]
    assert json.loads((store / "manifest.json").read_text(encoding="utf-8"))["format"] == FORMAT
    with sqlite3.connect(store / "chunks.sqlite") as con:
        assert _index_rows(con) == before
    assert before["mention"]


def test_a_store_of_format_4_gets_the_indexes_of_s01_and_s06_from_its_chunks(tmp_path, caplog):
    """Format 4 had the indexes of dates and mentions, not those of links, labels and anchors:
    the next build writes them from the chunks in one line, extracting nothing again, and
    the plans of s01 and s06 then answer from them."""
    import sqlite3

    from graph.plans import Row, answer
    from graph.store import INDEX_SINCE, KGStore
    rows = write_jsonl(tmp_path / "c.jsonl", 4)
    store, out = tmp_path / "store", tmp_path / "out"
    build_store([rows], store, out, picture=False, workers=1)
    new = [t for t, since in INDEX_SINCE.items() if since == 5]
    before = _as_older_format(store, new, 4)
    with KGStore(store) as st:  # before the build: the question as written
        entity = before["anchor"][0][1]  # (graph, entity, …)
        assert not isinstance(answer(st, "s06-entity-mentions", {"entity": entity})[0], Row)
    with caplog.at_level("WARNING"):
        again = build_store([rows], store, out, picture=False, workers=1)
    assert again.changed == 0
    said = [r.getMessage() for r in caplog.records if "format 4" in r.getMessage()]
    assert len(said) == 1 and "indexing its 4 articles" in said[0]
    with sqlite3.connect(store / "chunks.sqlite") as con:
        assert _index_rows(con) == before
    assert all(before[t] for t in new if t != "graph_id")
    with KGStore(store) as st:
        assert isinstance(answer(st, "s06-entity-mentions", {"entity": entity})[0], Row)


def test_a_store_of_format_5_gets_the_index_of_values_from_its_chunks(tmp_path, caplog):
    """Format 5 had every index but that of values (s02, s03 and s05 by plan): the next build
    writes it from the chunks in one line, extracting nothing again, and the plans then
    answer from it."""
    import sqlite3

    from graph.plans import PLANNED, _READS
    from graph.store import INDEX_SINCE, KGStore
    rows = write_jsonl(tmp_path / "c.jsonl", 4)
    store, out = tmp_path / "store", tmp_path / "out"
    build_store([rows], store, out, picture=False, workers=1)
    new = [t for t, since in INDEX_SINCE.items() if since == 6]
    before = _as_older_format(store, new, 5)
    with KGStore(store) as st:
        place = before["mention"][0][2]  # (graph, subject, entity, day)
        assert st.index("value") is None
        assert PLANNED["s02-person-events"](st, st.index(_READS["s02-person-events"]),
                                            {"person": place, "from": "2000-01-01", "to": "2099-12-31"}) is None
    with caplog.at_level("WARNING"):
        again = build_store([rows], store, out, picture=False, workers=1)
    assert again.changed == 0
    said = [r.getMessage() for r in caplog.records if "format 5" in r.getMessage()]
    assert len(said) == 1 and "indexing its 4 articles" in said[0]
    with sqlite3.connect(store / "chunks.sqlite") as con:
        assert _index_rows(con) == before
    assert before["value"]
    with KGStore(store) as st:
        assert PLANNED["s05-place-articles"](st, st.index("mention"), {"place": place})[1]


# (format 6 had the ``value`` index, not ``fact``: its rows made distinct; format 7 had ``link``, not
# ``within``: its containedInPlace rows made distinct)
@pytest.mark.parametrize("old, new_table, source", [(6, "fact", "value"), (7, "within", "link")])
def test_a_store_of_an_older_format_gets_its_new_index_from_an_old_one(tmp_path, caplog, monkeypatch, old,
                                                                       new_table, source):
    """The next build makes the index the next format added out of one the store has, in one
    statement, reading no chunk and extracting nothing, and leaves the other indexes as they were."""
    import sqlite3

    import graph.store
    from graph.store import INDEX_SINCE, KGStore
    rows = write_jsonl(tmp_path / "c.jsonl", 4)
    store, out = tmp_path / "store", tmp_path / "out"
    build_store([rows], store, out, picture=False, workers=1)
    new = [t for t, since in INDEX_SINCE.items() if since == old + 1]
    assert new == [new_table]
    before = _as_older_format(store, new, old)
    with KGStore(store) as st:
        assert st.index(new_table) is None and st.index(source) is not None
    def no_chunk_read(*args, **kwargs):
        raise AssertionError("a chunk was read")
    monkeypatch.setattr(graph.store, "_unpacked", no_chunk_read)
    with caplog.at_level("WARNING"):
        again = build_store([rows], store, out, picture=False, workers=1)
    assert again.changed == 0
    said = [r.getMessage() for r in caplog.records if f"format {old}" in r.getMessage()]
    assert len(said) == 1 and "indexing its 4 articles" in said[0]
    with sqlite3.connect(store / "chunks.sqlite") as con:
        assert _index_rows(con) == before
    assert before[new_table]
