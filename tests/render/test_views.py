"""graph.render views: a CONSTRUCT's result, the corpus overview, the event timeline.

The overview runs on a synthetic 5,000-entity corpus (``graph.bench.synthetic.synthetic_dataset``,
the graph the benchmark times); the other views on the seed article, built from
``data/articles/`` the way ``kg build`` does.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from graph import render
from graph.bench.synthetic import synthetic_dataset
from graph.build import build_dataset
from graph.cli import main
from graph.ingest import iter_articles
from graph.pipeline import BuildSummary, extract_all

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
EVENT_DATE = "2020-04-30"

ATTENDEES_QUERY = """\
# The teleconference and who attended it
PREFIX schema: <https://schema.org/>
CONSTRUCT { ?event schema:attendee ?who ; schema:organizer ?host . }
WHERE { ?event a schema:Event ; schema:attendee ?who ; schema:organizer ?host . }
"""


@pytest.fixture(scope="module")
def seed():
    summary = BuildSummary()
    extractions = extract_all(iter_articles([ARTICLES]), summary)
    assert extractions and not summary.skipped, summary.skipped
    return build_dataset(extractions)


@pytest.fixture(scope="module")
def seed_trig(seed, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "graph.trig"
    path.write_text(seed.serialize(format="trig"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus():
    return synthetic_dataset()


@pytest.fixture(scope="module")
def attendees(seed) -> list[str]:
    """The names of the seed event's attendees and organizer, read with plain SPARQL."""
    rows = seed.query("""PREFIX schema: <https://schema.org/>
        SELECT DISTINCT ?name WHERE { ?e a schema:Event ; schema:attendee|schema:organizer ?x .
                                      ?x schema:name ?name }""")
    names = sorted(str(row.name) for row in rows)
    assert len(names) >= 3, names
    return names


def svg_text(path: Path) -> str:
    """The text a person reads in an SVG (svg.fonttype none keeps it as <text>)."""
    body = path.read_text(encoding="utf-8")
    texts = re.findall(r"<text[^>]*>(.*?)</text>", body, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", "", t) for t in texts).replace("&amp;", "&")


def assert_picture(path: Path) -> None:
    """A PNG with real content: many colours, not one flat background."""
    from matplotlib.image import imread

    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(path)
    assert min(pixels.shape[:2]) >= 300
    assert pixels[..., :3].std() > 0.05
    rgb = (pixels[..., :3].reshape(-1, 3) * 255).round().astype(np.int64)
    assert len(np.unique(rgb[:, 0] << 16 | rgb[:, 1] << 8 | rgb[:, 2])) > 50


# --- overview ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def overview(corpus):
    return render.overview_graph(corpus)


def test_synthetic_corpus_is_big_and_shaped_like_ours(overview):
    assert overview.graph["entities"] >= 4500
    assert overview.graph["articles"] == 500
    assert overview.graph["hidden"] == {"quote": 1000, "post": 400}


def test_overview_of_5k_entities_is_readable(corpus, tmp_path):
    # its speed is shown by `make bench` (python -m graph.bench render), not asserted here
    out = render.render_overview(corpus, tmp_path / "overview.png")
    assert_picture(out)


def test_overview_says_what_was_left_out(corpus, overview, tmp_path):
    text = svg_text(render.render_overview(corpus, tmp_path / "overview.svg", communities=True))
    total = f"{overview.graph['entities']:,}"
    assert f"showing 60 of {total} entities: top by articles mentioning them" in text
    assert "hidden: 1,000 quotes, 400 offices, mentions (counted instead)" in text
    assert "communities (Louvain)" in text and "group 1 (" in text


def test_overview_keeps_the_most_mentioned(corpus, overview):
    """Counted independently: nothing left out is mentioned by more articles."""
    from collections import Counter

    from graph.vocab import SDO

    counts = Counter(str(o) for _, o in set(corpus.subject_objects(SDO.mentions)))
    kept = {overview.nodes[n]["iri"] for n in overview}
    assert len(kept) == render.OVERVIEW_TOP == 60
    assert all(overview.nodes[n]["articles"] == counts[overview.nodes[n]["iri"]] for n in overview)
    assert min(counts[i] for i in kept) >= max(c for i, c in counts.items() if i not in kept)


def test_overview_by_degree(corpus, overview):
    graph = render.overview_graph(corpus, top=25, by="degree")
    assert "top by number of links" in render.overview_caption(graph)
    degrees = sorted((d["degree"] for _, d in overview.nodes(data=True)), reverse=True)
    assert min(d for _, d in graph.nodes(data="degree")) >= degrees[24]


def test_overview_keeps_entities_only(overview):
    assert {c for _, c in overview.nodes(data="cls")} <= \
        set(render.CLASSES) - {"quote", "post", "article", "concept"}
    assert not overview.is_directed()
    # Lines: stated relations, or shared by at least two articles.
    assert all(d["relation"] or d["weight"] >= 2 for *_, d in overview.edges(data=True))


def test_overview_same_input_same_picture(seed, tmp_path):
    first = render.render_overview(seed, tmp_path / "a.png", top=15, communities=True)
    again = render.render_overview(seed, tmp_path / "b.png", top=15, communities=True)
    assert first.read_bytes() == again.read_bytes()


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"top": 0}, "at least 1"),
    ({"by": "fame"}, "cannot rank by 'fame'"),
])
def test_overview_bad_options(seed, kwargs, message):
    with pytest.raises(ValueError, match=message):
        render.overview_graph(seed, **kwargs)


# --- timeline ------------------------------------------------------------------------------

def test_timeline_of_the_seed(seed, tmp_path):
    text = svg_text(render.render_timeline(seed, tmp_path / "timeline.svg"))
    assert EVENT_DATE in text
    assert "Teleconference" in text and "Executive Room" in text
    assert "date inferred" in text  # the seed's date comes from the weekday


def test_timeline_png(seed, tmp_path):
    assert_picture(render.render_timeline(seed, tmp_path / "timeline.png"))


@pytest.mark.parametrize(("focus", "role"), [
    ("I Made Kembang Hartawan", "organizer"),
    ("Widi Adnyana", "attendee"),
    ("Jembrana", None),  # a regency: the venue inside it hosted the event
])
def test_timeline_focus(seed, focus, role):
    events = render.timeline_events(seed, focus=focus)
    assert [(str(e.date), e.role) for e in events] == [(EVENT_DATE, role)]


def test_timeline_focus_title_and_unknown_name(seed, tmp_path):
    text = svg_text(render.render_timeline(seed, tmp_path / "t.svg", focus="Widi Adnyana"))
    assert "Events of Widi Adnyana" in text and "as attendee" in text
    with pytest.raises(ValueError, match="close names"):
        render.timeline_events(seed, focus="Widi Adnyanna")


def test_timeline_lists_undated_events_as_left_out(corpus, tmp_path):
    events = render.timeline_events(corpus)
    undated = [e for e in events if e.date is None]
    assert len(undated) == 100 and events[-100:] == undated  # undated last
    caption = render.timeline_caption(events)
    assert "900 dated events" in caption and "one row per event type" in caption
    assert f"left out, no date (100): {undated[0].name};" in caption
    assert "and 94 more" in caption


# --- query -----------------------------------------------------------------------------------

def test_query_draws_the_construct_with_names_from_the_graph(seed, attendees, tmp_path):
    graph = render.query_graph(seed, ATTENDEES_QUERY)
    assert {d["cls"] for _, d in graph.nodes(data=True)} >= {"event", "person"}
    assert {label for *_, label in graph.edges(keys=True)} == {"attendee", "organizer"}
    text = svg_text(render.render_query(seed, ATTENDEES_QUERY, tmp_path / "q.svg"))
    for name in attendees:
        assert name in text
    assert "The teleconference and who attended it" in text  # first comment line
    assert "from a CONSTRUCT of" in text


def test_query_draws_concepts_it_asks_for(seed):
    """Event-type and role concepts are hidden in the graph picture, not when asked for."""
    graph = render.query_graph(seed, """PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
        CONSTRUCT { ?e sem:eventType ?t } WHERE { ?e sem:eventType ?t }""")
    assert sorted((graph.nodes[u]["cls"], label, graph.nodes[v]["name"])
                  for u, v, label in graph.edges(keys=True)) == \
        [("event", "eventType", "telekonferensi")]
    assert graph.graph["query"] == {"triples": 1, "undrawn": 0}


def test_query_counts_links_it_cannot_draw(seed):
    graph = render.query_graph(seed, """PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX schema: <https://schema.org/>
        CONSTRUCT { ?e prov:wasDerivedFrom ?sentence } WHERE { ?e a schema:Event ;
                                                               prov:wasDerivedFrom ?sentence }""")
    assert graph.graph["query"] == {"triples": 1, "undrawn": 1}
    assert "1 linking untyped things not drawn" in render.caption(graph)


def test_query_png(seed, tmp_path):
    assert_picture(render.render_query(seed, ATTENDEES_QUERY, tmp_path / "q.png"))


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p ?o }",
    "ASK { ?s ?p ?o }",
    "PREFIX schema: <https://schema.org/> DESCRIBE ?e WHERE { ?e a schema:Event }",
])
def test_query_must_be_construct(seed, tmp_path, query):
    with pytest.raises(ValueError, match="needs a CONSTRUCT query"):
        render.render_query(seed, query, tmp_path / "q.png")
    assert not list(tmp_path.iterdir())


# --- kg render -----------------------------------------------------------------------------

@pytest.fixture()
def query_file(tmp_path) -> Path:
    path = tmp_path / "attendees.rq"
    path.write_text(ATTENDEES_QUERY, encoding="utf-8")
    return path


def test_cli_query(seed_trig, query_file, attendees, tmp_path, capsys):
    out = tmp_path / "attendees.svg"
    assert main(["render", "--graph", str(seed_trig), "--query", str(query_file),
                 "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote: {out}"
    text = svg_text(out)
    assert all(name in text for name in attendees)


def test_cli_overview(seed_trig, tmp_path):
    out = tmp_path / "o.png"
    assert main(["-q", "render", "--graph", str(seed_trig), "--overview", "--top", "8",
                 "--by", "degree", "--communities", "--out", str(out)]) == 0
    assert_picture(out)


def test_cli_timeline(seed_trig, tmp_path):
    out = tmp_path / "t.svg"
    assert main(["-q", "render", "--graph", str(seed_trig), "--timeline", "--focus",
                 "Widi Adnyana", "--out", str(out)]) == 0
    assert EVENT_DATE in svg_text(out)


def test_cli_default_file_names(seed_trig, query_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for extra in (["--timeline"], ["--query", str(query_file)]):
        assert main(["-q", "render", "--graph", str(seed_trig), *extra]) == 0
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == \
        ["attendees.png", "timeline.png"]


@pytest.mark.parametrize(("make", "argv", "message"), [
    (None, ["--query", "missing.rq"], "missing.rq: no such query file"),
    ("SELECT * WHERE { ?s ?p ?o }", ["--query", "rows.rq"], "needs a CONSTRUCT query"),
    ("CONSTRUCT { ?s ?p } WHERE", ["--query", "broken.rq"], "bad SPARQL"),
    (None, ["--overview", "--focus", "Widi"], "--focus cannot be used with --overview"),
    (None, ["--top", "5"], "--top cannot be used with the graph picture"),
    (None, ["--timeline", "--depth", "1"], "--depth cannot be used with --timeline"),
    (None, ["--overview", "--top", "0"], "at least 1"),
])
def test_cli_bad_render_is_one_line_exit_2(seed_trig, tmp_path, capsys, monkeypatch, make, argv,
                                           message):
    monkeypatch.chdir(tmp_path)
    if make:
        Path(argv[-1]).write_text(make, encoding="utf-8")
    assert main(["render", "--graph", str(seed_trig), *argv, "--out", "x.png"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kg: ") and message in err
    assert not (tmp_path / "x.png").exists()
