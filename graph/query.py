"""SPARQL over a built dataset, and the canned queries shipped in ``graph/queries``.

The competency questions of the profile ship as ``graph/queries/NN-name.rq`` and run
by name: ``officials``, ``03`` or ``03-officials`` all name the same query.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re
from importlib import resources
from pathlib import Path

from rdflib import Dataset, Graph

__all__ = ["canned_queries", "resolve_query", "run_query", "format_result", "load_dataset", "open_dataset",
           "query_store", "format_rows", "canned_name", "for_terminal", "parameters", "rdf_term", "bind_params", "name_lookup"]


def canned_queries() -> dict[str, str]:
    """File stem → query text of every shipped query."""
    return dict(_canned())


@functools.lru_cache(maxsize=1)
def _canned() -> tuple[tuple[str, str], ...]:
    """The shipped queries, read once a process (a scale question answered by plan takes less
    than reading them again)."""
    folder = resources.files("graph").joinpath("queries")
    return tuple((p.name[:-3], p.read_text(encoding="utf-8"))
                 for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".rq"))


def resolve_query(arg: str) -> str:
    """The text of a query given as SPARQL, a ``.rq`` file, or a canned query's name.

    Raises
    ------
    ValueError
        When ``arg`` is none of these; the message lists the canned queries.
    """
    path = Path(arg)
    if path.suffix == ".rq" and "{" not in arg:  # a file, even one named "select.rq"
        if not path.is_file():
            raise ValueError(f"{arg}: no such query file")
        return path.read_text(encoding="utf-8")
    if arg.strip().upper().startswith(("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX", "BASE")) or "{" in arg:
        return arg
    if path.suffix == ".rq":
        if not path.is_file():
            raise ValueError(f"{arg}: no such query file")
        return path.read_text(encoding="utf-8")
    queries = canned_queries()
    for stem, text in queries.items():
        number, _, name = stem.partition("-")
        if arg in (stem, number, name):
            return text
    raise ValueError(f"{arg!r} is not a query, a .rq file or a canned query; canned: {', '.join(queries)}")


def canned_name(arg: str) -> str | None:
    """The stem of the canned query ``arg`` names (``s04``, ``latest-events``), else ``None``.

    >>> canned_name("s04"), canned_name("SELECT * WHERE { ?s ?p ?o }")
    ('s04-latest-events', None)
    """
    for stem in canned_queries():
        number, _, name = stem.partition("-")
        if arg in (stem, number, name):
            return stem
    return None


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")


def parameters(query: str) -> list[str]:
    """The names of the ``$name`` parameters of ``query``, in order of first use.

    >>> parameters('SELECT ?e WHERE { ?e ?p $person FILTER(?d >= $from) } # $not')
    ['person', 'from']
    """
    return list(dict.fromkeys(name for _, _, name in _slots(query)))


@functools.lru_cache(maxsize=64)
def _slots(query: str) -> tuple[tuple[int, int, str], ...]:
    """Where the ``$name`` parameters of ``query`` stand: ``(start, end, name)``. Read once a
    text (a scale question answered by plan takes less time than reading its text again)."""
    from .guard import tokens
    return tuple((start, end, query[start + 1:end]) for kind, start, end in tokens(query)
                 if kind == "var" and query[start] == "$")


def rdf_term(value: str, lookup=None) -> str:
    r"""A parameter's value as SPARQL: an IRI, a typed date, a number, else a name to look up.

    ``lookup(name)`` gives the IRI of the entity so named; without one a name is a string.

    >>> rdf_term("https://data.example.org/berita/person/x"), rdf_term("2020-04-30"), rdf_term("12")
    ('<https://data.example.org/berita/person/x>', '"2020-04-30"^^<http://www.w3.org/2001/XMLSchema#date>', '12')
    >>> rdf_term('Budi "B" Santoso')
    '"Budi \\"B\\" Santoso"'
    """
    value = value.strip()
    if re.fullmatch(r"(https?|urn):[^\s<>\"{}|^`\\]+", value):
        return f"<{value}>"
    if value.startswith("<") and value.endswith(">") and re.fullmatch(r"<[^\s<>\"{}|^`\\]+>", value):
        return value
    if _DATE.fullmatch(value):
        return f'"{value}"^^<http://www.w3.org/2001/XMLSchema#date>'
    if _DATETIME.fullmatch(value):
        return f'"{value}"^^<http://www.w3.org/2001/XMLSchema#dateTime>'
    if re.fullmatch(r"-?\d+", value):
        return value
    if lookup is not None:
        return f"<{lookup(value)}>"
    return json.dumps(value, ensure_ascii=False)


def bind_params(query: str, values: dict[str, str], lookup=None) -> str:
    """``query`` with every ``$name`` replaced by the RDF term of ``values[name]``.

    Parameters left without a value stay variables (each scale question is valid SPARQL
    unbound). Raises ``ValueError`` for a value given to no parameter.

    >>> bind_params("SELECT * WHERE { ?e ?p $x . FILTER(?d > $from) }", {"from": "2020-01-01"})
    'SELECT * WHERE { ?e ?p $x . FILTER(?d > "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date>) }'
    """
    known = parameters(query)
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ValueError(f"no parameter ${unknown[0]} in this query; its parameters: "
                         + (", ".join(f"${n}" for n in known) or "none"))
    terms = {name: rdf_term(value, lookup) for name, value in values.items()}
    out, last = [], 0
    for start, end, name in _slots(query):
        if name in terms:
            out += [query[last:start], terms[name]]
            last = end
    return "".join(out) + query[last:]


def name_lookup(*, dataset=None, store=None):
    """A ``lookup(name) -> IRI`` for :func:`bind_params`: the one entity with that name or
    alternate name (case as written), read from a dataset or a store.

    Raises ``ValueError`` when no entity or more than one has the name (the message lists them).
    """
    def lookup(name: str) -> str:
        literal = json.dumps(name, ensure_ascii=False)
        sparql = (f"SELECT DISTINCT ?e WHERE {{ {{ ?e <https://schema.org/name> {literal} }} UNION "
                  f"{{ ?e <https://schema.org/alternateName> {literal} }} }} LIMIT 10")
        if store is not None:
            from .store import KGStore
            with KGStore(store) as st:
                found = sorted(row["e"].value for row in st.query(sparql))
        else:
            found = sorted(str(row[0]) for row in run_query(dataset, sparql))
        if not found:
            raise ValueError(f"no entity is named {name!r}; give its IRI, or another of its names")
        if len(found) > 1:
            raise ValueError(f"{len(found)} entities are named {name!r}: {', '.join(found[:5])}; give the IRI")
        return found[0]
    return lookup


def load_dataset(path: str | Path) -> Dataset:
    """Read a TriG / N-Quads / Turtle / JSON-LD file into a Dataset (union default graph)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such graph file (run `kg build` first)")
    fmt = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld",
           ".json": "json-ld"}.get(path.suffix)
    if fmt is None:
        raise ValueError(f"{path}: unknown graph format (use .trig, .nq, .ttl, .nt or .jsonld)")
    if fmt == "json-ld":
        _refuse_remote_contexts(path)
    ds = Dataset(default_union=True)
    try:
        if fmt in ("turtle", "nt"):
            ds.graph(path.resolve().as_uri()).parse(path, format=fmt)
        else:
            ds.parse(path, format=fmt)
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text, so not a {fmt} graph file") from None
    except Exception as exc:  # each rdflib parser has its own errors; the file is what the user needs
        detail = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())[:200]
        raise ValueError(f"{path}: not a valid {fmt} graph file ({detail or type(exc).__name__})") from None
    if len(ds) == 0 and not any(len(g) for g in ds.graphs()):
        raise ValueError(f"{path}: holds no triples (an empty or truncated graph file)")
    return ds


def _refuse_remote_contexts(path: Path) -> None:
    """A JSON-LD file whose ``@context`` names a document (a URL, a file) would make the
    parser fetch it; such files are refused, never fetched."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not JSON-LD ({str(exc).splitlines()[0]})") from None
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                contexts = value if isinstance(value, list) else [value]
                if key in ("@context", "@import") and any(isinstance(c, str) for c in contexts):
                    raise ValueError(f"{path}: its @context names a document to fetch; kg never fetches "
                                     "one: inline the context")
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)


def open_dataset(graph: str | Path, store: str | Path | None = None) -> Dataset:
    """The dataset of a store folder when given, else of a graph file."""
    if store:
        from .store import KGStore
        with KGStore(store) as st:
            return st.to_dataset()
    return load_dataset(graph)


def query_store(store: str | Path, query: str, fmt: str = "table") -> str:
    """Run SPARQL on a store with Oxigraph's engine and format the result like :func:`format_result`."""
    import io

    import pyoxigraph as ox

    from .store import KGStore
    with KGStore(store) as st:
        try:
            res = st.query(query)
        except SyntaxError as exc:
            raise ValueError(f"bad SPARQL: {str(exc).splitlines()[0]}") from None
        if isinstance(res, ox.QueryBoolean):
            return json.dumps({"boolean": bool(res)}) if fmt == "json" else str(bool(res)).lower()
        if isinstance(res, ox.QueryTriples):
            buf = io.BytesIO()
            ox.serialize(res, buf, ox.RdfFormat.TURTLE if fmt in ("table", "turtle") else ox.RdfFormat.N_TRIPLES)
            return buf.getvalue().decode("utf-8")
        return _format_solutions([v.value for v in res.variables], res, fmt, lambda: res)


def format_rows(names: list[str], rows, fmt: str = "table") -> str:
    """Rows a plan made (:func:`graph.plans.answer`; each gives its terms by column name)
    formatted as :func:`query_store` formats the solutions of a SELECT with columns ``names``,
    byte for byte: for csv, tsv and json Oxigraph's own writers serialize them, given back
    as the solutions of a ``VALUES`` block by an empty in-memory store.

    Raises ``ValueError`` for a blank node (no ``VALUES`` block can hold one) or an unknown format.
    """
    import pyoxigraph as ox
    terms = [tuple(row[n] for n in names) for row in rows]  # each term made once

    def solutions():
        if any(isinstance(term, ox.BlankNode) for row in terms for term in row):
            raise ValueError("a blank node in the rows: run the question instead")
        body = "\n".join("(" + " ".join("UNDEF" if term is None else str(term) for term in row) + ")"
                         for row in terms)
        variables = " ".join(f"?{n}" for n in names)
        return ox.Store().query(f"SELECT {variables} WHERE {{ VALUES ({variables}) {{\n{body}\n}} }}")
    return _format_solutions(names, terms, fmt, solutions)


def _format_solutions(names: list[str], rows, fmt: str, solutions) -> str:
    """A SELECT's rows (each its terms in the order of ``names``) as ``kg query --store``
    prints them: a table, or Oxigraph's csv, tsv or json of ``solutions()``, the rows as
    Oxigraph's query solutions."""
    import pyoxigraph as ox
    if fmt in ("json", "csv", "tsv"):
        formats = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                   "tsv": ox.QueryResultsFormat.TSV}
        return solutions().serialize(format=formats[fmt]).decode("utf-8")
    if fmt != "table":
        raise ValueError(f"unknown result format {fmt!r}; use table, csv, tsv or json")
    return _table(names, [["" if term is None else term.value for term in row] for row in rows])


def run_query(ds: Dataset | Graph, query: str):
    """Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union of the article graphs.

    The profile's prefixes are declared for queries that do not declare them; nothing is
    fetched from the network: ``SERVICE`` is refused (:mod:`graph.guard`) and ``FROM
    <url>`` names a graph of the dataset, never a document to download.
    """
    from rdflib.plugins import sparql as rdflib_sparql

    from .guard import check_sparql
    from .vocab import PREFIXES
    check_sparql(query)
    rdflib_sparql.SPARQL_LOAD_GRAPHS = False
    return ds.query(query, initNs=PREFIXES)


def format_result(result, fmt: str = "table") -> str:
    """Render a query result as table, csv, tsv or json (CONSTRUCT/DESCRIBE: Turtle)."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        return g.serialize(format="turtle" if fmt in ("table", "turtle") else
                           {"json": "json-ld", "csv": "nt", "tsv": "nt"}.get(fmt, fmt))
    if result.type == "ASK":
        return json.dumps({"boolean": bool(result.askAnswer)}) if fmt == "json" else str(bool(result.askAnswer)).lower()
    names = [str(v) for v in result.vars]
    rows = [["" if v is None else str(v) for v in row] for row in result]
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown result format {fmt!r}; use table, csv, tsv or json")
    return _table(names, rows)


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7f)} | {0x9b: "\\x9b"}


def for_terminal(text: str) -> str:
    r"""``text`` with control characters escaped, so that data never drives the terminal.

    Line ends and tabs between fields are the caller's; inside a value they are escaped too.

    >>> for_terminal("Bupati\x1b[2J X\n")
    'Bupati\\x1b[2J X\\x0a'
    """
    return text.translate(_CONTROL)


def _table(names: list[str], rows: list[list[str]], width: int = 60) -> str:
    def short(v: str) -> str:
        v = for_terminal(v)
        return v if len(v) <= width else v[:width - 1] + "…"
    rows = [[short(v) for v in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = " | ".join(n.ljust(w) for n, w in zip(names, widths))
    sep = "-+-".join("-" * w for w in widths)
    body = [" | ".join(v.ljust(w) for v, w in zip(r, widths)) for r in rows]
    return "\n".join([line, sep, *body, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])
