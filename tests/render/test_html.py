"""graph.render.html: the offline, interactive HTML view of the graph.

The page is checked as text (self-contained, data that parses, the seed's names and
sentences, same bytes every time, written atomically) and then in a real headless
Chromium: no console errors, no network, search, click, side panel, a drawn canvas.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from graph.render.html import graph_data, html_document, render_html

KEMBANG = "I Made Kembang Hartawan"
WIDI = "Widi Adnyana"
POST = "Wakil Bupati Jembrana"
WIDI_SENTENCE = ("Seperti pelaku UKM tenun Widi Adnyana, yaang menceritakan bagaimana sulitnya "
                 "berjuang dalam memasarkan produknya")
SEED_NAMES = (KEMBANG, WIDI, POST, "I Komang Agus Adinata", "Tenun Putri Mas", "Jembrana",
              "Pemerintah Kabupaten Jembrana", "PLUT Jembrana")
DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def seed_html(seed_dataset) -> str:
    return html_document(seed_dataset)


@pytest.fixture(scope="module")
def seed_data(seed_html) -> dict:
    return embedded_data(seed_html)


def embedded_data(page: str) -> dict:
    match = DATA_RE.search(page)
    assert match, "no kg-data script in the page"
    return json.loads(match.group(1))


def node_named(data: dict, name: str) -> dict:
    found = [n for n in data["nodes"] if n["name"] == name]
    assert len(found) == 1, (name, [n["name"] for n in data["nodes"]])
    return found[0]


# --- the page as text ---------------------------------------------------------------

@pytest.mark.parametrize("forbidden", [
    "<script src", "<link", 'src="http', "src='http", 'href="http', "href='http",
    "@import", "url(http", "@@title@@", "@@css@@", "@@library@@", "@@viewer@@", "@@data@@",
])
def test_page_is_self_contained(seed_html, forbidden):
    assert forbidden not in seed_html.lower()


def test_page_has_exactly_its_three_scripts(seed_html):
    # data, library, viewer: an inlined "</script" would have ended one of them early.
    assert seed_html.count("<script") == 3
    assert seed_html.lower().count("</script") == 3


def test_seed_names_in_page(seed_html, seed_data):
    names = {n["name"] for n in seed_data["nodes"]} | \
        {a for n in seed_data["nodes"] for a in n["alt"]}
    for name in SEED_NAMES:
        assert name in names
        assert name in seed_html


def test_every_node_has_a_known_class(seed_data):
    classes = [c["cls"] for c in seed_data["classes"]]
    assert {"event", "person", "government", "business", "post", "place", "quote"} <= set(classes)
    assert all(n["cls"] in classes for n in seed_data["nodes"])
    assert sum(c["count"] for c in seed_data["classes"]) == len(seed_data["nodes"])
    ids = {n["id"] for n in seed_data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in seed_data["edges"])


def test_colours_follow_the_png_palette(seed_data):
    from graph.render.style import STYLE

    assert all(c["color"] == STYLE[c["cls"]][1] for c in seed_data["classes"])


def test_person_links_to_post_and_has_aliases(seed_data):
    kembang = node_named(seed_data, KEMBANG)
    post = node_named(seed_data, POST)
    assert (kembang["id"], "holds", post["id"]) in \
        {(e["from"], e["label"], e["to"]) for e in seed_data["edges"]}
    assert {"Kembang", "Wabup Kembang"} <= set(kembang["alt"])


def test_sentences_come_from_nif_mentions(seed_data):
    widi = node_named(seed_data, WIDI)
    texts = [s["text"] for s in widi["sentences"]]
    assert any(t.startswith(WIDI_SENTENCE) for t in texts), texts
    for sentence in widi["sentences"]:
        assert sentence["marks"], sentence
        assert all(sentence["text"][a:b] in ("Widi Adnyana", "Widi") for a, b in sentence["marks"])


def test_quote_sentence_comes_from_prov_derivation(seed_data):
    quotes = [n for n in seed_data["nodes"] if n["cls"] == "quote"]
    assert quotes
    for quote in quotes:
        assert len(quote["sentences"]) == 1, quote["name"]
        sentence = quote["sentences"][0]
        (start, end), = sentence["marks"]
        # The mark is the quotation itself, inside its whole sentence ("…,” kata Widi.").
        assert end - start > 40 and len(sentence["text"]) > end - start


def test_same_input_same_bytes(seed_dataset, tmp_path):
    first = render_html(seed_dataset, tmp_path / "a.html").read_bytes()
    second = render_html(seed_dataset, tmp_path / "b.html").read_bytes()
    assert first == second
    # Parsed again from TriG (other triple order, other blank-node ids): still the same.
    again = Dataset(default_union=True)
    again.parse(data=seed_dataset.serialize(format="trig"), format="trig")
    assert render_html(again, tmp_path / "c.html").read_bytes() == first


def test_focus_cuts_the_graph(seed_dataset, seed_data):
    focused = graph_data(seed_dataset, focus="Widi", depth=1)
    names = {n["name"] for n in focused["nodes"]}
    assert WIDI in names and "Tenun Putri Mas" in names
    assert len(names) < len(seed_data["nodes"])
    assert [n["name"] for n in focused["nodes"] if n["focus"]] == [WIDI]


def test_title_defaults_to_headline_and_is_escaped(seed_dataset):
    assert "<title>Teleconference dengan UKM" in html_document(seed_dataset)
    page = html_document(seed_dataset, title="A & B <i>")
    assert "<title>A &amp; B &lt;i&gt;</title>" in page


def test_markup_in_data_cannot_break_out():
    ds = Dataset().parse(data='''
        @prefix s: <https://schema.org/> .
        <urn:x:a> a s:Event ; s:name "</script><script>alert(1)</script> <!-- x" ;
            s:organizer <urn:x:b> .
        <urn:x:b> a s:Person ; s:name "Budi \u2028 Santoso" .''', format="turtle")
    page = html_document(ds)
    assert page.lower().count("</script") == 3 and "<!-- x" not in page
    assert node_named(embedded_data(page), "</script><script>alert(1)</script> <!-- x")


def test_empty_graph_still_renders():
    data = embedded_data(html_document(Dataset()))
    assert data["nodes"] == [] and data["edges"] == [] and data["classes"] == []


def test_unknown_focus_writes_nothing(seed_dataset, tmp_path):
    out = tmp_path / "graph.html"
    out.write_text("old page", encoding="utf-8")
    with pytest.raises(ValueError, match="not in the graph"):
        render_html(seed_dataset, out, focus="Nobody Here")
    assert out.read_text(encoding="utf-8") == "old page"


def test_write_is_atomic(seed_dataset, tmp_path, monkeypatch):
    out = tmp_path / "graph.html"
    out.write_text("old page", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        render_html(seed_dataset, out)
    assert out.read_text(encoding="utf-8") == "old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"], "temporary file left"
    monkeypatch.undo()
    assert render_html(seed_dataset, out) == out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_import_is_light():
    code = ("import sys, graph.render.html; "
            "print(sorted(m for m in ('networkx', 'matplotlib', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_vendored_library_is_recorded():
    static = Path(__file__).resolve().parents[2] / "graph" / "static"
    readme = (static / "README.md").read_text(encoding="utf-8")
    library = (static / "cytoscape.min.js").read_text(encoding="utf-8")
    version = re.search(r'version="(\d+\.\d+\.\d+)"', library).group(1)
    assert f"`cytoscape` **{version}**" in readme and "MIT" in readme
    assert (static / "cytoscape.LICENSE").is_file()


# --- the page in a real browser (the browser fixture is in conftest.py) ----------------

@pytest.fixture(scope="module")
def page_url(seed_dataset, tmp_path_factory) -> str:
    return render_html(seed_dataset, tmp_path_factory.mktemp("html") / "graph.html").as_uri()


@pytest.fixture
def page(browser, page_url):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(page_url)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !!window.kgView"))
    browser.get_log("browser")  # start each test with an empty console
    return browser


def severe_logs(driver) -> list:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def panel_text(driver) -> str:
    return driver.find_element("id", "panel").text


def test_browser_draws_the_seed_offline(browser, page_url):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(page_url)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !!window.kgView"))
    assert severe_logs(browser) == []
    # Nothing was fetched: the library, the style and the data are all in the page.
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    names = browser.execute_script(
        "return kgView.cy.nodes().map(function (n) { return kgView.data.nodes.find("
        "function (d) { return d.id === n.id(); }).name; })")
    assert {KEMBANG, WIDI, POST, "Tenun Putri Mas"} <= set(names)
    assert browser.execute_script("return kgView.cy.edges().length") > 20
    filters = browser.find_elements("css selector", "#filters input[type=checkbox]")
    assert len(filters) >= 8 and all(f.is_selected() for f in filters)


def test_browser_search_finds_alias(page):
    from selenium.webdriver.common.keys import Keys

    box = page.find_element("id", "search")
    box.send_keys("Kembang")
    first = page.find_element("css selector", "#suggestions li")
    assert first.text.startswith(KEMBANG)
    box.send_keys(Keys.ENTER)
    assert page.execute_script("return kgView.cy.$(':selected').map(function (n) { return n.id(); })") \
        == ["https://data.example.org/berita/person/i-made-kembang-hartawan"]
    assert page.find_element("css selector", "#panel h2").text == KEMBANG
    assert severe_logs(page) == []


def test_browser_click_shows_post_and_sentence(page, seed_data, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains

    # A real mouse click on the person's node, where Cytoscape drew it.
    canvas = page.find_element("id", "cy")
    x, y, width, height = page.execute_script(
        "var cy = kgView.cy, p = cy.getElementById(arguments[0]).renderedPosition();"
        "return [p.x, p.y, cy.width(), cy.height()];", node_named(seed_data, KEMBANG)["id"])
    ActionChains(page).move_to_element_with_offset(canvas, round(x - width / 2),
                                                   round(y - height / 2)).click().perform()
    text = panel_text(page)
    assert KEMBANG in text and "person" in text
    assert f"holds → {POST}" in text, text
    assert "Wabup Kembang" in text
    assert "menggelar teleconference" in text  # a sentence the person was read from
    assert page.find_elements("css selector", "#panel mark")

    # The post's link in the panel leads on to the post.
    page.find_element("link text", POST).click()
    assert page.find_element("css selector", "#panel h2").text == POST

    # A class filter hides its nodes.
    page.find_element("css selector", "#filters input[data-cls=quote]").click()
    assert page.execute_script(
        "return kgView.cy.nodes('.quote').map(function (n) { return n.style('display'); })") \
        == ["none"] * sum(n["cls"] == "quote" for n in seed_data["nodes"])
    assert severe_logs(page) == []

    shot = tmp_path / "view.png"
    page.save_screenshot(str(shot))
    if os.environ.get("KG_HTML_SCREENSHOT"):
        shutil.copy(shot, os.environ["KG_HTML_SCREENSHOT"])
    import matplotlib.image

    pixels = (matplotlib.image.imread(shot)[..., :3] * 255).round()
    person = (pixels == (0xD5, 0x5E, 0x00)).all(axis=-1).sum()
    assert person > 100, "the person nodes are not drawn"


def test_kg_render_html(tmp_path, capsys):
    from graph.cli import main
    seed = Path(__file__).resolve().parents[2] / "data" / "articles"
    assert main(["build", str(seed), "--out", str(tmp_path), "--no-picture", "-q"]) == 0
    out = tmp_path / "view.html"
    assert main(["render", "--html", "--graph", str(tmp_path / "graph.trig"), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "I Made Kembang Hartawan" in page and "<script src" not in page
    assert main(["render", "--html", "--top", "5", "--graph", str(tmp_path / "graph.trig")]) == 2


def test_browser_one_undated_article_has_no_slider(page, seed_data):
    # The seed article gives no publication date; its event has one, 30 April 2020: no
    # range to slide over, but its things can be hidden as undated.
    assert [a["date"] for a in seed_data["articles"]] == [""]
    assert seed_data["dates"] == ["2020-04-30"]
    assert not page.find_element("id", "date-slider").is_displayed()
    assert not page.find_element("id", "article-filter").is_displayed()  # one article: nothing to pick
    status = page.find_element("id", "status")
    things, links = len(seed_data["nodes"]), len(seed_data["edges"])
    assert status.text == f"showing all kinds: {things} things, {links} links"
    page.find_element("id", "undated").click()
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait
    events = [n["id"] for n in seed_data["nodes"] if n["cls"] == "event"]

    def visible(p):
        return p.execute_script("return kgView.cy.nodes(':visible').map(function (n) { return n.id(); })")
    # (the status line is written in the same call as the classes; Cytoscape may restyle the nodes a
    # moment later on a loaded machine: both are awaited, then asserted)
    try:
        WebDriverWait(page, 20).until(lambda p: status.text == "showing all kinds, undated hidden: 1 thing, 0 links"
                                      and visible(p) == events)
    except TimeoutException:
        pass
    assert status.text == "showing all kinds, undated hidden: 1 thing, 0 links"
    assert visible(page) == events
    assert severe_logs(page) == []
