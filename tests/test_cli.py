"""The ``kg`` command, called in-process through ``graph.cli.main`` (and twice as a real process).

User errors exit with status 2 and one line on stderr, never a traceback; a failed build
leaves the previous exports as they were.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.cli import main
from graph.export import union_graph
from graph.query import load_dataset

from conftest import SEED_ARTICLE

EXPORTS = ("graph.trig", "graph.ttl", "graph.jsonld")
KEMBANG = "I Made Kembang Hartawan"
KG_SCRIPT = Path(sys.executable).with_name("kg")


def _has_renderer() -> bool:
    try:
        from graph.render import render_png  # noqa: F401
    except ImportError:
        return False
    return True


def run_kg(*argv: str) -> tuple[int, str]:
    """``kg ARGV`` in-process; returns (exit status, stdout). For fixtures, where capsys is not available."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(list(argv))
    return rc, out.getvalue()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, int, str]:
    """``kg build <seed> --out OUT`` once for the module (with the picture when a renderer exists)."""
    out = tmp_path_factory.mktemp("kg-build") / "out"
    argv = ["build", str(SEED_ARTICLE), "--out", str(out)]
    if not _has_renderer():
        argv.append("--no-picture")
    rc, stdout = run_kg(*argv)
    return out, rc, stdout


@pytest.fixture(scope="module")
def trig(built) -> str:
    return str(built[0] / "graph.trig")


# -- help ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["query", "--help"], ["render", "--help"]])
def test_help_exits_zero(capsys, argv):
    t0 = time.perf_counter()
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    assert time.perf_counter() - t0 < 1.0
    assert "usage: kg" in capsys.readouterr().out


def test_no_command_prints_help(capsys):
    assert main([]) == 0
    assert "build" in capsys.readouterr().out


# -- build ---------------------------------------------------------------------------------------

def test_build_writes_every_export(built):
    out, rc, _ = built
    assert rc == 0
    for name in EXPORTS:
        assert (out / name).stat().st_size > 0, name
    if _has_renderer():
        assert (out / "graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert not leftovers, "temporary files left behind"


def test_build_prints_the_summary(built):
    out, _, stdout = built
    lines = stdout.splitlines()
    assert lines[0] == "articles: 1 built, 0 skipped"
    assert any(line.startswith("entities:") and "3 people" in line for line in lines)
    assert any(line.startswith("triples:") for line in lines)
    wrote = [line.split(":", 1)[1].strip() for line in lines if line.startswith("wrote:")]
    assert {Path(w).name for w in wrote} >= set(EXPORTS)


@pytest.mark.parametrize("name", EXPORTS)
def test_every_export_holds_the_same_graph(built, seed_dataset, name):
    loaded = load_dataset(built[0] / name)
    assert isomorphic(union_graph(loaded), union_graph(seed_dataset))


def test_build_quiet_prints_nothing(tmp_path, capsys):
    assert main(["-q", "build", str(SEED_ARTICLE), "--out", str(tmp_path), "--no-picture"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(EXPORTS)


def test_build_defaults_to_exports_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["build", str(SEED_ARTICLE), "--no-picture"]) == 0
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == sorted(EXPORTS)
    capsys.readouterr()
    assert main(["query", "officials"]) == 0  # default --graph exports/graph.trig
    assert KEMBANG in capsys.readouterr().out


def test_build_base_iri(tmp_path, capsys):
    base = "https://kg.example.id/berita/"
    assert main(["build", str(SEED_ARTICLE), "--out", str(tmp_path), "--no-picture", "--base", base]) == 0
    capsys.readouterr()
    assert main(["query", "officials", "--graph", str(tmp_path / "graph.trig"), "--format", "csv"]) == 0
    persons = [r["person"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))]
    assert persons and all(p.startswith(base) for p in persons)


def test_folder_with_a_binary_file_builds_the_good_one_and_warns(tmp_path, capsys, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    (folder / "broken.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
    with caplog.at_level(logging.WARNING, logger="graph"):
        rc = main(["build", str(folder), "--out", str(tmp_path / "out"), "--no-picture"])
    assert rc == 0
    assert capsys.readouterr().out.splitlines()[0] == "articles: 1 built, 1 skipped"
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("broken.txt" in w for w in warnings), warnings
    loaded = load_dataset(tmp_path / "out" / "graph.trig")
    names = {str(o) for o in loaded.objects(None, None) if str(o) == KEMBANG}
    assert names == {KEMBANG}


def test_exports_follow_the_umask(tmp_path, capsys):
    old = os.umask(0o022)
    try:
        assert main(["build", str(SEED_ARTICLE), "--out", str(tmp_path), "--no-picture"]) == 0
    finally:
        os.umask(old)
    modes = {name: stat.S_IMODE((tmp_path / name).stat().st_mode) for name in EXPORTS}
    assert modes == {name: 0o644 for name in EXPORTS}


# -- a failed build keeps the old exports ---------------------------------------------------------------

@pytest.fixture
def previous_exports(tmp_path) -> Path:
    out = tmp_path / "out"
    rc, _ = run_kg("build", str(SEED_ARTICLE), "--out", str(out), "--no-picture")
    assert rc == 0
    return out


@pytest.mark.parametrize("make_inputs", [
    pytest.param(lambda d: [d / "missing.txt"], id="missing-input"),
    pytest.param(lambda d: [_write(d / "empty.txt", b"")], id="empty-file"),
    pytest.param(lambda d: [_write(d / "bin.txt", b"\x00\x01\x02" * 100), d / "missing.html"], id="all-bad"),
])
def test_failed_build_leaves_exports_byte_identical(previous_exports, tmp_path, capsys, make_inputs):
    before = snapshot(previous_exports)
    rc = main(["build", *map(str, make_inputs(tmp_path)), "--out", str(previous_exports), "--no-picture"])
    assert rc == 2
    assert snapshot(previous_exports) == before


def test_failed_picture_leaves_exports_byte_identical(previous_exports, monkeypatch, capsys):
    import graph.render

    def broken_render(*args, **kwargs):
        raise RuntimeError("renderer exploded")
    monkeypatch.setattr(graph.render, "render_png", broken_render)
    before = snapshot(previous_exports)
    assert main(["build", str(SEED_ARTICLE), "--out", str(previous_exports)]) == 2
    assert snapshot(previous_exports) == before
    assert "Traceback" not in capsys.readouterr().err


def test_failed_write_leaves_exports_consistent(previous_exports, tmp_path, monkeypatch, capsys):
    import graph.files

    real_write = graph.files.write_atomic
    calls = []

    def failing_second_write(path, data):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_write(path, data)
    monkeypatch.setattr(graph.files, "write_atomic", failing_second_write)
    other = tmp_path / "other.txt"
    other.write_text("Judul Lain\n\nBupati Tabanan I Wayan Contoh Sukerta meresmikan pasar.\n", encoding="utf-8")
    before = snapshot(previous_exports)
    assert main(["build", str(SEED_ARTICLE), str(other), "--out", str(previous_exports), "--no-picture"]) == 2
    assert snapshot(previous_exports) == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- query -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["officials", "03", "03-officials"])
def test_query_canned_by_name(trig, capsys, name):
    assert main(["query", name, "--graph", trig]) == 0
    out = capsys.readouterr().out
    assert KEMBANG in out and "Wakil Bupati" in out
    assert out.rstrip().endswith("(2 rows)")


@pytest.mark.parametrize("export", ["graph.ttl", "graph.jsonld"])
def test_query_other_export_formats(built, capsys, export):
    assert main(["query", "officials", "--graph", str(built[0] / export)]) == 0
    assert KEMBANG in capsys.readouterr().out


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_query_csv_tsv(trig, capsys, fmt, delimiter):
    assert main(["query", "officials", "--graph", trig, "--format", fmt]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out), delimiter=delimiter))
    assert list(table[0]) == ["person", "name", "role", "postLabel", "organization"]
    assert {r["name"]: r["role"] for r in table}[KEMBANG] == "Wakil Bupati"


def test_query_json(trig, capsys):
    assert main(["query", "officials", "--graph", trig, "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "name" in result["head"]["vars"]
    assert KEMBANG in {b["name"]["value"] for b in result["results"]["bindings"]}


@pytest.mark.parametrize("query, fmt, expected", [
    ("ASK { ?e a <https://schema.org/Event> }", "table", "true"),
    ("ASK { ?e a <https://schema.org/Movie> }", "table", "false"),
    ("ASK { ?e a <https://schema.org/Event> }", "json", '{"boolean": true}'),
])
def test_query_ask(trig, capsys, query, fmt, expected):
    assert main(["query", query, "--graph", trig, "--format", fmt]) == 0
    assert capsys.readouterr().out.strip() == expected


def test_query_construct_prints_turtle(trig, capsys):
    q = ("PREFIX schema: <https://schema.org/> CONSTRUCT { ?p schema:name ?n } "
         "WHERE { ?p a schema:Person ; schema:name ?n }")
    assert main(["query", q, "--graph", trig]) == 0
    g = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert KEMBANG in {str(o) for o in g.objects()}


def test_query_rq_file(trig, tmp_path, capsys):
    rq = tmp_path / "people.rq"
    rq.write_text("SELECT ?n WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n }",
                  encoding="utf-8")
    assert main(["query", str(rq), "--graph", trig, "--format", "csv"]) == 0
    assert KEMBANG in capsys.readouterr().out.splitlines()


def test_query_list(capsys):
    assert main(["query", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    stems = [line.split()[0] for line in lines]
    assert stems == ["01-events", "02-attendees", "03-officials", "04-organizations", "05-businesses",
                     "06-quotes", "07-aliases", "08-provenance", "09-places", "10-topics", "11-person-events",
                     "met-with", "s01-entity", "s02-person-events", "s03-body-officials", "s04-latest-events",
                     "s05-place-articles", "s06-entity-mentions"]
    assert all(re.search(r" (CQ\d+|S\d+|Met with): ", line) for line in lines)


# -- user errors: exit 2, one line on stderr, no traceback ----------------------------------------------

def _bad_inputs(tmp: Path, trig: str) -> dict[str, list[str]]:
    (tmp / "empty.txt").write_bytes(b"")
    return {
        "missing-input": ["build", str(tmp / "no-such-article.txt"), "--out", str(tmp / "o"), "--no-picture"],
        "empty-file-only": ["build", str(tmp / "empty.txt"), "--out", str(tmp / "o"), "--no-picture"],
        "malformed-sparql": ["query", "SELECT * WHERE { ?s ?p }", "--graph", trig],
        "missing-graph": ["query", "officials", "--graph", str(tmp / "no-such-graph.trig")],
        "unknown-canned-query": ["query", "no-such-query", "--graph", trig],
        "missing-rq-file": ["query", str(tmp / "no-such.rq"), "--graph", trig],
        "unknown-graph-suffix": ["query", "officials", "--graph", str(_touch(tmp / "graph.xyz"))],
    }


def _touch(path: Path) -> Path:
    path.write_text("x", encoding="utf-8")
    return path


BAD_CASES = ["missing-input", "empty-file-only", "malformed-sparql", "missing-graph", "unknown-canned-query",
             "missing-rq-file", "unknown-graph-suffix"]
EXPECTED_IN_MESSAGE = {
    "missing-input": "no-such-article.txt",
    "empty-file-only": "empty",
    "malformed-sparql": "bad SPARQL",
    "missing-graph": "no-such-graph.trig",
    "unknown-canned-query": "no-such-query",
    "missing-rq-file": "no-such.rq",
    "unknown-graph-suffix": "graph.xyz",
}


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_input_exits_2_with_one_line(trig, tmp_path, capsys, case):
    rc = main(_bad_inputs(tmp_path, trig)[case])
    captured = capsys.readouterr()
    assert rc == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("kg: ") and EXPECTED_IN_MESSAGE[case] in lines[0]
    assert "Traceback" not in captured.err


def test_error_message_is_not_repr_quoted(tmp_path, capsys):
    assert main(["query", "officials", "--graph", str(tmp_path / "missing.trig")]) == 2
    message = capsys.readouterr().err.strip()
    assert message == f"kg: error: {tmp_path / 'missing.trig'}: no such graph file (run `kg build` first)"


def test_unknown_command_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


# -- as a real process ----------------------------------------------------------------------------------------

def _kg_command() -> list[str]:
    return [str(KG_SCRIPT)] if KG_SCRIPT.is_file() else [sys.executable, "-m", "graph.cli"]


def test_kg_help_is_fast_as_a_process():
    t0 = time.perf_counter()
    done = subprocess.run([*_kg_command(), "--help"], capture_output=True, text=True, timeout=30)
    elapsed = time.perf_counter() - t0
    assert done.returncode == 0 and "usage: kg" in done.stdout
    assert elapsed < 1.0, f"kg --help took {elapsed:.2f} s"


def test_importing_the_cli_stays_light():
    code = ("import json, sys, graph.cli; "
            "print(json.dumps(sorted(m for m in ('rdflib', 'matplotlib', 'trafilatura', 'networkx', 'pyparsing') "
            "if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert json.loads(done.stdout) == []


@pytest.mark.parametrize("case", [
    "missing-input",
    "empty-file-only",
    "missing-graph",
])
def test_bad_input_as_a_process_prints_one_line(trig, tmp_path, case):
    """In-process, pytest's log capture hides the logging lines; a real process shows what users see."""
    argv = _bad_inputs(tmp_path, trig)[case]
    done = subprocess.run([*_kg_command(), *argv], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr


# -- parameters, views --------------------------------------------------------------------------------

def test_query_takes_parameters_by_iri_name_and_date(trig, tmp_path, capsys):
    assert main(["query", "met-with", "--param", "person=Wabup Kembang", "--graph", trig, "--format", "csv"]) == 0
    assert "I Komang Agus Adinata" in capsys.readouterr().out
    store = tmp_path / "st"
    assert main(["-q", "build", str(SEED_ARTICLE), "--out", str(tmp_path / "o"), "--store", str(store),
                 "--no-picture"]) == 0
    args = ["query", "s02", "--store", str(store), "--format", "csv", "--param",
            "person=https://data.example.org/berita/person/i-made-kembang-hartawan"]
    assert main([*args, "--param", "from=2020-04-01", "--param", "to=2020-04-30"]) == 0
    assert "Teleconference" in capsys.readouterr().out
    assert main([*args, "--param", "from=2021-01-01", "--param", "to=2021-12-31"]) == 0
    assert "Teleconference" not in capsys.readouterr().out


@pytest.mark.parametrize("param, message", [
    ("persn=x", "no parameter $persn"),
    ("person=Nobody At All", "no entity is named"),
    ("person", "give NAME=VALUE"),
])
def test_a_bad_parameter_is_one_line(trig, capsys, param, message):
    assert main(["query", "met-with", "--param", param, "--graph", trig]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_export_the_people_network(trig, tmp_path, capsys):
    import networkx as nx
    assert main(["-q", "export", "--format", "gexf", "--view", "people", "--out", str(tmp_path / "p.gexf"),
                 "--graph", trig]) == 0
    g = nx.read_gexf(tmp_path / "p.gexf")
    assert {d["name"] for _, d in g.nodes(data=True)} >= {"I Made Kembang Hartawan", "I Komang Agus Adinata"}
    assert all(d["weight"] >= 1 for _, _, d in g.edges(data=True)) and g.number_of_edges()
