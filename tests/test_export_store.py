"""``kg export --store``: whole exports streamed from the store's chunks, split exports with a
manifest, untouched targets when nothing changed, and no half-written file on a fault."""
from __future__ import annotations

import errno
import hashlib
import json
from pathlib import Path

import pytest

from graph.bench.synthetic import write_jsonl
from graph.cli import main
from graph.export import export_store, export_store_split
from graph.files import write_if_changed
from graph.pipeline import build_store
from graph.store import KGStore


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("export-store")
    build_store([write_jsonl(tmp / "c.jsonl", 7)], tmp / "store", tmp / "out", picture=False, workers=1)
    return tmp / "store"


@pytest.mark.parametrize("old, new, written", [
    (None, b"abc", True),            # no file yet
    (b"abc", b"abc", False),         # the same bytes: untouched
    (b"abc", b"abd", True),          # differs at the end
    (b"abcdef", b"abc", True),       # the old file is longer
    (b"abc", b"abcdef", True),       # the old file is shorter
    (b"", b"", False),
])
def test_write_if_changed_writes_only_other_bytes(tmp_path, old, new, written):
    path = tmp_path / "f"
    if old is not None:
        path.write_bytes(old)
    before = path.stat().st_mtime_ns if old is not None else None
    pieces = [new[i:i + 2] for i in range(0, len(new), 2)] or [b""]
    assert write_if_changed(path, iter(pieces)) is written
    assert path.read_bytes() == new
    if not written:
        assert path.stat().st_mtime_ns == before


def test_json_ld_streamed_from_a_store_is_one_valid_document(store, tmp_path):
    from rdflib import Dataset
    with KGStore(store) as st:
        path, _ = export_store(st, "jsonld", tmp_path / "g.jsonld")
        trig = b"".join(st.export("trig"))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"@context", "@graph"} and len(doc["@graph"]) == 7
    parsed, expected = Dataset(), Dataset()
    parsed.parse(path, format="json-ld")
    expected.parse(data=trig, format="trig")
    assert len(parsed) == len(expected) > 0
    assert {g.identifier for g in parsed.graphs()} == {g.identifier for g in expected.graphs()}


@pytest.mark.parametrize("fmt", ["nquads", "nt"])
def test_line_formats_are_the_whole_store_re_serialized(store, fmt):
    """N-Quads and N-Triples made one article at a time hold every statement of the TriG
    (or Turtle) export, one per line."""
    import pyoxigraph as ox
    with KGStore(store) as st:
        lines = b"".join(st.export(fmt)).splitlines()
        source = b"".join(st.export("trig" if fmt == "nquads" else "turtle"))
    parsed = ox.parse(source, format=ox.RdfFormat.TRIG if fmt == "nquads" else ox.RdfFormat.TURTLE)
    assert len(lines) == sum(1 for _ in parsed) > 100


def test_an_unchanged_store_exported_again_touches_nothing(store, tmp_path, capsys):
    target = tmp_path / "g.trig"
    args = ["export", "--store", str(store), "--format", "trig", "-o", str(target)]
    assert main(args) == 0
    assert capsys.readouterr().out.startswith("wrote:")
    stamp = target.stat().st_mtime_ns
    assert main(args) == 0
    assert capsys.readouterr().out == f"unchanged: {target}\n"
    assert target.stat().st_mtime_ns == stamp
    target.write_bytes(target.read_bytes()[:-10])  # cut, as by a full disk
    assert main(args) == 0
    assert capsys.readouterr().out.startswith("wrote:")


def test_a_full_disk_mid_export_leaves_the_previous_file(store, tmp_path, monkeypatch):
    target = tmp_path / "g.nq"
    target.write_bytes(b"previous\n")

    def pieces(self, fmt):
        yield b"<urn:a> <urn:b> <urn:c> .\n"
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(KGStore, "export", pieces)
    with KGStore(store) as st, pytest.raises(OSError, match="No space"):
        export_store(st, "nquads", target)
    assert target.read_bytes() == b"previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.nq"]  # no temporary file left


def test_a_split_export_has_a_manifest_a_consumer_can_check(store, tmp_path):
    folder = tmp_path / "parts"
    with KGStore(store) as st:
        done = export_store_split(st, "trig", folder, batch=3)
        whole = b"".join(st.export("trig"))
        ids = sorted(st.manifest)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert [f["file"] for f in manifest["files"]] == ["part-00001.trig", "part-00002.trig", "part-00003.trig"]
    assert [len(f["articles"]) for f in manifest["files"]] == [3, 3, 1]
    assert sorted(a for f in manifest["files"] for a in f["articles"]) == ids and manifest["articles"] == 7
    for f in manifest["files"]:
        data = (folder / f["file"]).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (f["bytes"], f["sha256"])
    import pyoxigraph as ox
    quads = lambda data: set(ox.parse(data, format=ox.RdfFormat.TRIG))  # noqa: E731
    parts = set().union(*(quads((folder / f["file"]).read_bytes()) for f in manifest["files"]))
    assert parts == quads(whole)  # each part a whole document; together the dataset
    assert all(written for _, written in done)
    with KGStore(store) as st:  # again: nothing to write
        assert not any(written for _, written in export_store_split(st, "trig", folder, batch=3))
        export_store_split(st, "trig", folder, batch=5)  # fewer parts: the third one goes
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.json", "part-00001.trig", "part-00002.trig"]


@pytest.mark.parametrize("args, message", [
    (["--format", "trig"], "give --out FILE, or --split DIR"),
    (["--format", "trig", "-o", "x.trig", "--split", "d"], "give --out FILE, or --split DIR"),
    (["--format", "xml", "--split", "d"], "--split writes trig"),
    (["--format", "trig", "--split", "d", "--batch", "0"], "at least 1"),
])
def test_bad_export_arguments_give_one_line(store, tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--store", str(store), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_split_needs_a_store(tmp_path, capsys):
    assert main(["export", "--format", "trig", "--split", str(tmp_path / "d")]) == 2
    assert "give --store DIR too" in capsys.readouterr().err


def test_a_store_build_says_how_to_export(tmp_path, capsys):
    rows = write_jsonl(tmp_path / "c.jsonl", 2)
    assert main(["build", str(rows), "--store", str(tmp_path / "st"), "--out", str(tmp_path / "o"),
                 "--no-picture"]) == 0
    out = capsys.readouterr().out
    assert f"kg export --store {tmp_path / 'st'} --format trig -o FILE" in out
    assert not (tmp_path / "o").exists() or not list((tmp_path / "o").iterdir())


def test_a_store_build_warns_once_about_exports_an_earlier_build_wrote(tmp_path, caplog):
    """A store built before the store became the dataset left graph.trig … in --out; builds no
    longer update them, so the first build says so (once) and leaves them alone."""
    rows = write_jsonl(tmp_path / "c.jsonl", 2)
    store, out = tmp_path / "st", tmp_path / "out"
    build_store([rows], store, out, picture=False, workers=1)
    out.mkdir(exist_ok=True)
    (out / "graph.trig").write_bytes(b"old")
    (store / "exports.json").write_text(json.dumps({"files": {"graph.trig": 3, "graph.png": 10}}), encoding="utf-8")
    with caplog.at_level("WARNING", logger="graph"):
        build_store([rows], store, out, picture=False, workers=1)
        build_store([rows], store, out, picture=False, workers=1)
    warned = [r.getMessage() for r in caplog.records if "earlier store build" in r.getMessage()]
    assert len(warned) == 1 and f"--format trig -o {out / 'graph.trig'}" in warned[0]
    assert (out / "graph.trig").read_bytes() == b"old"
