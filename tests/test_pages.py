"""Entity pages, search and the query page of ``kg serve``, as a browser and a client meet them.

One read-only endpoint serves a store built from the seed article and the first 500
IndoSum articles (real news). Plain HTTP checks content negotiation on one URL; a real
headless Chromium (Debian's package, as the HTML view's test uses) loads an entity page,
searches by a short name and runs a canned question on the query page, with no console
error. Screenshots go to ``exports/test-artifacts/``.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, URIRef

from graph.pipeline import build_store
from graph.serve import free_port, start_server

from conftest import REPO_ROOT, SEED_ARTICLE

INDOSUM = REPO_ROOT.parent / "shared" / "corpus" / "indosum" / "articles.jsonl"
ARTIFACTS = REPO_ROOT / "exports" / "test-artifacts"
KEMBANG = "https://data.example.org/berita/person/i-made-kembang-hartawan"
KEMBANG_PATH = "/berita/person/i-made-kembang-hartawan"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pages")
    inputs = [SEED_ARTICLE]
    if INDOSUM.is_file():
        head = tmp / "indosum-500.jsonl"
        with INDOSUM.open(encoding="utf-8") as src:
            head.write_text("".join(line for _, line in zip(range(500), src)), encoding="utf-8")
        inputs.append(head)
    build_store(inputs, tmp / "store", tmp / "out", picture=False)
    return tmp / "store"


@pytest.fixture(scope="module")
def server(store):
    srv = start_server(store, port=free_port(), timeout=20, ready_within=120)
    yield srv
    srv.stop()


def _get(url: str, accept: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


@pytest.mark.parametrize("accept, media, parse_as", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"),
])
def test_an_entity_url_gives_rdf_to_a_client(server, accept, media, parse_as):
    status, content_type, body = _get(server.url + KEMBANG_PATH, accept)
    assert status == 200 and content_type.startswith(media)
    g = Graph().parse(data=body, format=parse_as)
    assert (URIRef(KEMBANG), URIRef("https://schema.org/name"), None) in g


def test_the_same_url_gives_a_page_to_a_browser(server):
    status, content_type, page = _get(server.url + KEMBANG_PATH, "text/html,application/xhtml+xml,*/*;q=0.8")
    assert status == 200 and content_type.startswith("text/html")
    text = page.decode()
    for section in ("Posts", "Events", "Quotes", "Met with", "Mentioned in"):
        assert f"<h2>{section}</h2>" in text
    assert "<mark>I Made Kembang Hartawan</mark>" in text and "I Komang Agus Adinata" in text


def test_unknown_entities_and_paths_are_404(server):
    assert _get(server.url + "/berita/person/nobody-at-all")[0] == 404
    assert _get(server.url + "/nowhere")[0] == 404


def test_search_finds_by_prefix_and_by_short_name(server):
    status, _, body = _get(server.url + "/search?q=" + urllib.parse.quote("kembang hart"), "application/json")
    assert status == 200 and json.loads(body)[0]["iri"] == KEMBANG
    status, _, body = _get(server.url + "/search?q=Wabup%20Kemb", "application/json")
    assert json.loads(body)[0]["iri"] == KEMBANG  # an alternate name, by prefix
    if INDOSUM.is_file():
        hits = json.loads(_get(server.url + "/search?q=jokowi", "application/json")[2])
        assert hits and hits[0]["kind"] == "person", hits


def test_search_escapes_what_it_echoes(server):
    status, _, page = _get(server.url + "/search?q=" + urllib.parse.quote('"><script>alert(1)</script>'))
    assert status == 200 and b"<script>alert" not in page


def test_the_people_network_of_the_store_loads_in_networkx(store, tmp_path):
    import csv

    import networkx as nx

    from graph.cli import main
    from graph.export import CSV_COLUMNS
    assert main(["-q", "export", "--store", str(store), "--format", "graphml", "--view", "people",
                 "--out", str(tmp_path / "people.graphml")]) == 0
    g = nx.read_graphml(tmp_path / "people.graphml")
    assert g.number_of_edges() > 10 and all(d["weight"] >= 1 for _, _, d in g.edges(data=True))
    assert all({"name", "articles", "current_post", "region"} <= set(d) for _, d in g.nodes(data=True))
    assert main(["-q", "export", "--store", str(store), "--format", "csv", "--view", "people",
                 "--out", str(tmp_path / "tables")]) == 0  # the four tables of the whole graph: test_export
    for name in ("nodes", "edges"):
        with (tmp_path / "tables" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert tuple(reader.fieldnames) == CSV_COLUMNS["people", name] and next(reader, None)


# ---- in a real browser ---------------------------------------------------------------------

def _severe(driver) -> list:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.fixture(scope="module", autouse=True)
def _artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)


def test_an_entity_page_in_a_browser(server, browser):
    browser.get(server.url + KEMBANG_PATH)
    assert browser.find_element("css selector", "h1").text == "I Made Kembang Hartawan"
    assert browser.find_elements("css selector", "ol.timeline li")
    assert "I Komang Agus Adinata" in browser.find_element("css selector", "ul.met").text
    assert browser.find_elements("css selector", "p.mention mark")
    browser.save_screenshot(str(ARTIFACTS / "entity-page.png"))
    assert _severe(browser) == []


def test_the_search_box_finds_by_a_short_name(server, browser):
    browser.get(server.url + KEMBANG_PATH)
    box = browser.find_element("css selector", "form.search input")
    box.send_keys("Wabup Kemb")
    box.submit()
    hits = browser.find_elements("css selector", "ul.hits a")
    assert hits and hits[0].text == "I Made Kembang Hartawan"
    browser.save_screenshot(str(ARTIFACTS / "search.png"))
    hits[0].click()
    assert browser.find_element("css selector", "h1").text == "I Made Kembang Hartawan"
    assert _severe(browser) == []


def test_the_query_page_runs_a_question_and_links_its_results(server, browser):
    from selenium.webdriver.support.ui import WebDriverWait
    browser.get(server.url + "/")
    WebDriverWait(browser, 20).until(lambda d: d.find_elements("css selector", "#question-list button"))
    browser.find_element("css selector", 'button[data-name="03-officials"]').click()
    local = server.url + "/berita/person/"
    WebDriverWait(browser, 30).until(
        lambda d: any((a.get_attribute("href") or "").startswith(local) for a in d.find_elements("css selector", ".yasr a")))
    browser.save_screenshot(str(ARTIFACTS / "query-page.png"))
    link = next(a for a in browser.find_elements("css selector", ".yasr a")
                if (a.get_attribute("href") or "").startswith(local))
    name = link.get_attribute("href")
    browser.get(name)  # the result's link is the entity's page on this server
    assert browser.find_element("css selector", "h1").text
    assert _severe(browser) == []
