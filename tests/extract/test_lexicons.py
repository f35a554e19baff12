"""Every lexicon file has the header its index (graph/lexicons/README.md) gives it, and
every file is in the index: a renamed or added column, or a new file, shows up here."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

LEXICONS = Path(str(resources.files("graph").joinpath("lexicons")))
INDEX = LEXICONS / "README.md"


def _index() -> dict[str, list[str]]:
    """The README's table: file -> its columns."""
    rows = re.findall(r"^\| `([^`]+\.tsv)` \| ([^|]+) \|", INDEX.read_text(encoding="utf-8"), re.M)
    return {name: [c.strip() for c in columns.split(",")] for name, columns in rows}


def _header(path: Path) -> list[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            return line.split("\t")
    return []


TABLES = sorted(str(p.relative_to(LEXICONS)) for p in LEXICONS.rglob("*.tsv"))


def test_every_table_is_in_the_index():
    assert not set(TABLES) - set(_index())


@pytest.mark.parametrize("name", TABLES)
def test_header(name):
    path = LEXICONS / name
    header = _header(path)
    assert header == _index()[name]
    assert len(set(header)) == len(header) and all(header), f"{name}: empty or repeated column"
    assert path.read_text(encoding="utf-8").startswith("#"), f"{name}: no comment says what the file holds"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            assert len(line.split("\t")) <= len(header), f"{name}:{n}: more cells than columns"
