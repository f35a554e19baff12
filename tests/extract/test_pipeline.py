"""The pipeline's contract, as spaCy's ``analyze_pipes`` checks its own: every pass reads
only findings an earlier pass assigned (the fields the article gives, text, tokens,
sentences …, every pass may read), touches only what it declares, and the modules depend
one way (document ← lookup ← passes ← extract)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import graph.extract
from graph.extract import PASSES
from graph.extract.document import FOUND, GIVEN, Document
from graph.extract.lexicon import lexicon
from graph.ingest import iter_articles
from graph.types import Article

EXTRACT = Path(graph.extract.__file__).parent
ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [ROOT / "data" / "articles", *sorted((ROOT / "tests" / "corpus").glob("h*.txt"))]


def test_passes_run_in_an_order_that_gives_each_what_it_reads():
    assigned = set(GIVEN)
    for step in PASSES:
        assert set(step.reads) <= FOUND, f"{step.name} reads unknown fields"
        assert set(step.assigns) <= FOUND, f"{step.name} assigns unknown fields"
        early = set(step.reads) - assigned
        assert not early, f"{step.name} reads {early} before any pass assigns it"
        assigned |= set(step.assigns)


def test_pass_names_are_unique():
    names = [step.name for step in PASSES]
    assert len(names) == len(set(names))


class _Recording(Document):
    """A document that notes which fields are read."""

    def __getattribute__(self, name):
        if name in FOUND:
            object.__getattribute__(self, "read").add(name)
        return object.__getattribute__(self, name)


def _state(doc: Document) -> dict[str, str]:
    return {f: repr(object.__getattribute__(doc, f)) for f in FOUND}


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = [a for a in iter_articles([p for p in ARTICLES if p.exists()]) if isinstance(a, Article)]
    assert found
    return found


def test_each_pass_touches_only_what_it_declares(articles):
    for article in articles:
        doc = _Recording.__new__(_Recording)
        object.__setattr__(doc, "read", set())
        Document.__init__(doc, article, lexicon())
        for step in PASSES:
            before = _state(doc)
            doc.read = set()
            step.run(doc)
            after = _state(doc)
            changed = {f for f in FOUND if before[f] != after[f]}
            assert changed <= set(step.assigns), f"{article.id}: {step.name} assigns {changed - set(step.assigns)}"
            undeclared = doc.read - set(step.reads) - set(step.assigns)
            assert not undeclared, f"{article.id}: {step.name} reads {undeclared}"


def _imports(path: Path) -> set[str]:
    """The modules of graph.extract that a module imports, as paths relative to the package."""
    here = path.parent.relative_to(EXTRACT).parts
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(here[:len(here) - (node.level - 1)]) if node.level > 1 else list(here)
            if node.level - 1 > len(here):
                continue  # above graph.extract (graph.types)
            parts = base + (node.module.split(".") if node.module else [])
            names = [parts + [a.name] for a in node.names] if not node.module else [parts]
            out.update("/".join(p) for p in names)
    return out


def _layer(module: str) -> int | None:
    if module.startswith("passes/"):
        return 2
    if module.startswith("lookup/") or module == "lookup":
        return 1
    if module == "document":
        return 0
    return None


@pytest.mark.parametrize("path", sorted(EXTRACT.glob("**/*.py")), ids=lambda p: str(p.relative_to(EXTRACT)))
def test_modules_depend_one_way(path):
    """document ← lookup ← passes ← extract: no module imports a later layer, and no pass
    imports another pass."""
    me = str(path.relative_to(EXTRACT).with_suffix(""))
    mine = _layer(me)
    if mine is None:
        return  # the package itself, and the modules below the document (text, lexicon, dates, …)
    for target in _imports(path):
        theirs = _layer(target)
        if theirs is None:
            assert target not in ("__init__", ""), f"{me} imports graph.extract itself"
            continue
        assert theirs <= mine, f"{me} imports {target}, a later layer"
        if mine == 2 and not me.endswith("__init__"):
            assert theirs < 2, f"the pass {me} imports the pass {target}"
