"""Small helpers shared by the end-to-end tests."""
from __future__ import annotations

from graph.query import resolve_query, run_query

_ROWS: dict[tuple[int, str], tuple[object, list]] = {}


def rows(ds, name: str) -> list[dict[str, str | None]]:
    """The rows of a canned query, every bound value as ``str()`` (cached: the fixtures never change)."""
    key = (id(ds), name)
    if key not in _ROWS:
        result = run_query(ds, resolve_query(name))
        names = [str(v) for v in result.vars]
        _ROWS[key] = (ds, [{n: (None if v is None else str(v)) for n, v in zip(names, row)} for row in result])
    return _ROWS[key][1]
