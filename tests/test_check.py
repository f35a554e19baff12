"""``kg check --store DIR``: every kind of damage is found, named in one line with what to do,
and mended by ``--repair`` or by the build it names; a sound store is ``ok`` with status 0.

One small real store (three articles of tests/corpus) is built once; each test damages a
copy of it.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from graph.check import check_store
from graph.cli import main
from graph.pipeline import build_store
from graph.store import KGStore

from conftest import REPO_ROOT

ARTICLES = [REPO_ROOT / "tests" / "corpus" / f"{n}.txt" for n in ("h01", "h02", "h03")]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("check")
    build_store(ARTICLES, tmp / "store", tmp / "out", picture=True, workers=1)  # the store, and its picture beside it
    return tmp


@pytest.fixture
def copy(built, tmp_path) -> tuple[Path, Path]:
    """A copy of the built store and its picture, its stamp naming the copied picture."""
    store, out = tmp_path / "store", tmp_path / "out"
    shutil.copytree(built / "store", store)
    shutil.copytree(built / "out", out)
    stamp = json.loads((store / "exports.json").read_text(encoding="utf-8"))
    stamp["out"] = str(out.resolve())
    (store / "exports.json").write_text(json.dumps(stamp), encoding="utf-8")
    (store / "lock").unlink(missing_ok=True)
    return store, out


def _exported(store: Path) -> bytes:
    with KGStore(store) as st:
        return b"".join(st.export("trig"))


def kg_check(capsys, store: Path, *extra: str) -> tuple[int, list[str]]:
    rc = main(["check", "--store", str(store), *extra])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return rc, captured.out.strip().splitlines()


def _graph(store: Path) -> str:
    return json.loads((store / "manifest.json").read_text(encoding="utf-8"))["articles"]["h02"]["graph"]


def _delete_chunk(store, out):
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("DELETE FROM chunk WHERE graph = ?", (_graph(store),))


def _garbled_chunk(store, out):
    with sqlite3.connect(store / "chunks.sqlite") as con:  # bytes that are no zlib stream
        con.execute("UPDATE chunk SET nquads = ? WHERE graph = ?", (b"<urn:x> <urn:y> <urn:z> .", _graph(store)))


def _corrupt_manifest(store, out):
    (store / "manifest.json").write_bytes((store / "manifest.json").read_bytes()[:40])


def _drop_graph(store, out):
    import pyoxigraph as ox
    with KGStore(store, write=True) as st:
        st.db.remove_graph(ox.NamedNode(_graph(store)))


def _orphan_graph(store, out):
    import pyoxigraph as ox
    with KGStore(store, write=True) as st:
        st.db.add(ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"),
                          ox.NamedNode("urn:x:stray")))


def _changed_graph(store, out):  # as a Graph Store POST through `kg serve --allow-update` would
    import pyoxigraph as ox
    with KGStore(store, write=True) as st:
        st.db.add(ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"),
                          ox.NamedNode(_graph(store))))


def _union_extra(store, out):  # as an INSERT DATA through `kg serve --allow-update` would
    import pyoxigraph as ox
    with KGStore(store, write=True) as st:
        st.db.add(ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"), ox.DefaultGraph()))


def _union_missing(store, out):
    with KGStore(store, write=True) as st:
        st.db.update("DELETE { ?s a ?t } WHERE { ?s a ?t }")


def _delete_exports(store, out):
    (out / "graph.png").unlink()


def _cut_export(store, out):
    (out / "graph.png").write_bytes((out / "graph.png").read_bytes()[:100])


def _stale_stamp(store, out):
    stamp = json.loads((store / "exports.json").read_text(encoding="utf-8"))
    stamp["manifest"] = "0" * 64
    (store / "exports.json").write_text(json.dumps(stamp), encoding="utf-8")


def _resolver_stray(store, out):
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("INSERT INTO cluster VALUES ('person/rudi-wibisana', ?)", (json.dumps(
            {"name": "Rudi Wibisana", "tokens": ["rudi", "wibisana"], "region": None, "posts": [],
             "members": {"gone-article": "p1"}}),))


def _stale_search(store, out):
    from graph.search import build_index
    with KGStore(store) as st:
        build_index(st.db, store / "search.sqlite", stamp="an-older-manifest")


def _garbage_chunks(store, out):
    (store / "chunks.sqlite").write_bytes(b"this is not a database at all" * 100)


def _gid(con, store) -> int:
    return con.execute("SELECT id FROM graph_id WHERE graph = ?", (_graph(store),)).fetchone()[0]


def _lost_index_row(store, out):
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("DELETE FROM link WHERE (object, subject, property, gid) IN "
                    "(SELECT object, subject, property, gid FROM link WHERE gid = ? LIMIT 1)", (_gid(con, store),))


def _wrong_index_row(store, out):  # a value the article does not state, counted in fact too
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("UPDATE value SET value = 'Kabupaten Sukamaju' WHERE gid = ? AND property = "
                    "'https://schema.org/name'", (_gid(con, store),))


def _lost_mention_row(store, out):
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("DELETE FROM mention WHERE graph = ?", (_graph(store),))


def _stray_index_rows(store, out):
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("INSERT INTO dated (graph, subject, day) VALUES ('urn:x:gone', 'urn:x:e', '2020-01-01')")
        gid = con.execute("INSERT INTO graph_id (graph) VALUES ('urn:x:gone')").lastrowid
        con.execute("INSERT INTO value VALUES ('urn:x:e', 'https://schema.org/name', 'Rapat', '@id', ?)", (gid,))
        con.execute("INSERT INTO fact VALUES ('urn:x:e', 'https://schema.org/name', 'Rapat', '@id', 1)")


def _wrong_fact_count(store, out):
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("UPDATE fact SET n = n + 1 WHERE subject IN (SELECT subject FROM fact LIMIT 1)")


def _stray_within_row(store, out):  # a place inside a place no article links
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("INSERT INTO within VALUES ('urn:x:province', 'urn:x:regency', '', 1)")


def _lost_unusual_index(store, out):  # the partial index of s06's unusual rows, gone
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("DROP INDEX anchor_unusual")


def _lost_within_table(store, out):  # s05's places inside places, gone (created empty by the next opening to write)
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("DROP TABLE within")


def _lost_fact_table(store, out):  # the distinct values s02, s03 and s05 read, gone
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("DROP TABLE fact")


def _lost_link_table(store, out):  # an index of one article's rows: every index is written again
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute("DROP TABLE link")


# (damage, words of the problem line, repaired by --repair alone, or needs the build after it)
DAMAGE = [
    (_delete_chunk, "lost their export chunks (h02)", "build"),
    (_corrupt_manifest, "manifest.json is damaged", "build"),
    (_drop_graph, "lost their graph from the database (h02)", "build"),
    (_orphan_graph, "graphs in the database no article vouches for (urn:x:stray)", "repair"),
    (_changed_graph, "graphs differ from their export chunks (h02", "build"),
    (_garbled_chunk, "graphs differ from their export chunks (h02", "build"),
    (_union_extra, "the default graph holds 1 triples no article graph states", "repair"),
    (_union_missing, "the default graph lacks", "repair"),
    (_delete_exports, "graph.png missing", "repair"),
    (_cut_export, "graph.png is 100 bytes", "repair"),
    (_stale_stamp, "were written from another state of the store", "repair"),
    (_resolver_stray, "the resolver's clusters name 1 articles the store does not hold (gone-article)", "repair"),
    (_stale_search, "search index) was built from another state", "repair"),
    (_garbage_chunks, "chunks.sqlite (the export chunks) cannot be read", "build"),
    (_lost_index_row, "1 articles' rows in the indexes of the scale questions are not those of their export "
                      "chunks (h02)", "repair"),
    (_wrong_index_row, "1 articles' rows in the indexes of the scale questions are not those of their export "
                       "chunks (h02)", "repair"),
    (_lost_mention_row, "rows in the indexes of the scale questions are not those of their export chunks (h02)",
     "repair"),
    (_stray_index_rows, "the indexes of the scale questions hold rows of 1 graphs no article vouches for (urn:x:gone)",
     "repair"),
    (_wrong_fact_count, "the index of distinct values (fact) is not the articles' values made distinct", "repair"),
    (_stray_within_row, "the index of places inside places (within) is not the articles' schema:containedInPlace "
                        "links made distinct", "repair"),
    (_lost_within_table, "chunks.sqlite lost 1 index tables of the scale questions: within (places inside places)",
     "repair"),
    (_lost_fact_table, "chunks.sqlite lost 1 index tables of the scale questions: fact (distinct values)", "repair"),
    (_lost_link_table, "chunks.sqlite lost 1 index tables of the scale questions: link (the links between entities)",
     "repair"),
]


def _index_tables(store: Path) -> dict[str, list[tuple]]:
    from graph.store import INDEX_TABLES
    with sqlite3.connect(store / "chunks.sqlite") as con:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in INDEX_TABLES
                if t != "graph_id"}  # (the articles' numbers, given anew when every index is written again)


def _scale_answers(store: Path) -> dict[str, list[tuple]]:
    """s05 about the place with the most places inside it and s02 about the person at the most
    events, by their plans (without them the question as written), as sorted rows of strings."""
    from graph.plans import answer
    with sqlite3.connect(store / "chunks.sqlite") as con:
        (place,) = con.execute("SELECT object FROM link WHERE property = 'https://schema.org/containedInPlace' "
                               "GROUP BY object ORDER BY COUNT(*) DESC, object LIMIT 1").fetchone()
        (person,) = con.execute("SELECT object FROM link WHERE property = 'https://schema.org/attendee' "
                                "GROUP BY object ORDER BY COUNT(*) DESC, object LIMIT 1").fetchone()
    with KGStore(store) as st:
        return {name: sorted(tuple(None if t is None else str(t) for t in row) for row in answer(st, name, values))
                for name, values in (("s05-place-articles", {"place": place}),
                                     ("s02-person-events", {"person": person, "from": "1900-01-01",
                                                            "to": "2100-12-31"}))}


@pytest.mark.parametrize("table", ["within", "fact"])
def test_a_lost_index_table_is_named_beside_the_other_damage_and_made_again_with_its_rows(capsys, copy, table):
    """A dropped ``within`` or ``fact`` (the derived indexes s05 and s02 read) was reported as
    ``ok`` and hid every other index problem, and a build created it empty: s05 then answered
    with fewer rows. kg check names it and the stray row beside it; the plans answer as before
    meanwhile, without a traceback; --repair gives the table its rows again, and so does a build."""
    store, out = copy
    want_rows, want_answers = _index_tables(store), _scale_answers(store)
    assert want_rows[table] and all(want_answers.values())
    with sqlite3.connect(store / "chunks.sqlite") as con:
        con.execute(f"DROP TABLE {table}")
        con.execute("INSERT INTO dated (graph, subject, day) VALUES ('urn:x:gone', 'urn:x:e', '2020-01-01')")
    rc, lines = kg_check(capsys, store)
    assert rc == 1 and any(f"lost 1 index tables of the scale questions: {table} (" in line for line in lines), lines
    assert any("hold rows of 1 graphs no article vouches for (urn:x:gone)" in line for line in lines), lines
    assert _scale_answers(store) == want_answers
    assert "Traceback" not in capsys.readouterr().err
    built = out.parent / "built"
    shutil.copytree(store, built)
    rc, lines = kg_check(capsys, store, "--repair")
    assert rc == 0 and f"repaired: made the lost index tables of the scale questions ({table}) again with " \
        "their rows" in lines, lines
    assert _index_tables(store) == want_rows and _scale_answers(store) == want_answers
    (built / "lock").unlink(missing_ok=True)
    build_store(ARTICLES, built, out, picture=True, workers=1)  # an unchanged build: the table made again, not empty
    assert _index_tables(built)[table] == want_rows[table] and _scale_answers(built) == want_answers


def test_a_lost_partial_index_is_named_and_made_again(capsys, copy):
    """The partial index of s06's unusual rows (store format 8) lost: kg check names it, and
    --repair (whose opening of the store for writing makes the store's indexes) has it again."""
    store, _ = copy
    want = _exported(store)
    _lost_unusual_index(store, None)
    rc, lines = kg_check(capsys, store)
    assert rc == 1 and any("the index of s06's unusual rows (anchor_unusual) is missing" in line for line in lines), lines
    assert kg_check(capsys, store, "--repair")[0] == 0
    assert kg_check(capsys, store)[0] == 0
    with sqlite3.connect(store / "chunks.sqlite") as con:
        assert con.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'anchor_unusual'").fetchone() == (1,)
    assert _exported(store) == want


def test_a_sound_store_is_ok(capsys, copy):
    rc, lines = kg_check(capsys, copy[0])
    assert rc == 0
    assert lines == [f"{copy[0]}: ok (3 articles, {check_store(copy[0]).quads} quads in their graphs; manifest, "
                     "graphs, chunks, indexes, default graph, exports and search index agree)"]


@pytest.mark.parametrize("damage, words, mended_by", DAMAGE, ids=[d[0].__name__.strip("_") for d in DAMAGE])
def test_each_damage_is_named_and_mended(capsys, copy, damage, words, mended_by):
    store, out = copy
    want = _exported(store)
    damage(store, out)
    rc, lines = kg_check(capsys, store)
    assert rc == 1
    assert any(words in line for line in lines), lines
    assert all(line.startswith(f"{store}: ") and "; " in line for line in lines), lines  # what, then what to do

    rc, lines = kg_check(capsys, store, "--repair")
    repaired = [line for line in lines if line.startswith("repaired: ")]
    assert repaired, lines
    if mended_by == "repair":
        assert rc == 0, lines
    else:  # the articles are gone from the manifest: the build extracts them again
        assert rc == 1 and any("kg build" in line for line in lines), lines
        build_store(ARTICLES, store, out, picture=True, workers=1)
        assert kg_check(capsys, store)[0] == 0
    assert _exported(store) == want  # the dataset, as kg export --store streams it


def test_a_repair_leaves_a_sound_store_alone(capsys, copy):
    store, _ = copy
    def files():  # the lock file is created by whoever opens the store first
        return {p.name: p.stat().st_mtime_ns for p in store.iterdir() if p.name != "lock"}
    before = files()
    rc, lines = kg_check(capsys, store, "--repair")
    assert rc == 0 and not any(line.startswith("repaired") for line in lines)
    assert files() == before


def test_a_store_locked_by_a_build_is_named_not_checked(capsys, copy):
    store, _ = copy
    with KGStore(store, write=True):
        rc, lines = kg_check(capsys, store)
        assert rc == 1 and "in use by a build" in lines[0] and "pid" in lines[0]
        rc, lines = kg_check(capsys, store, "--repair")
        assert rc == 1 and "in use by a build" in lines[-1]


@pytest.mark.parametrize("where, words", [
    ("missing", "no such store"),
    ("file", "not a folder"),
    ("empty", "not a kg store"),
    ("manifest-folder", "not a kg store"),
])
def test_what_is_no_store_is_one_line(capsys, tmp_path, where, words):
    path = tmp_path / "s"
    if where == "file":
        path.write_text("x", encoding="utf-8")
    elif where == "empty":
        path.mkdir()
    elif where == "manifest-folder":
        (path / "manifest.json").mkdir(parents=True)
        (path / "oxigraph").mkdir()
    for extra in ((), ("--repair",)):
        rc, lines = kg_check(capsys, path, *extra)
        assert rc == 1 and len(lines) == 1 and words in lines[0], lines


def test_an_unopenable_database_says_to_build_again(capsys, copy):
    store, _ = copy
    shutil.rmtree(store / "oxigraph")
    (store / "oxigraph").mkdir()
    (store / "oxigraph" / "CURRENT").write_text("MANIFEST-999999\n", encoding="utf-8")
    rc, lines = kg_check(capsys, store)
    assert rc == 1 and any("database cannot be opened" in line and "kg build" in line for line in lines), lines
