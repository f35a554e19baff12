"""graph.render.html with several articles: what each thing was read from, the title, the filters.

The data is checked on five invented articles of the resolution set (Wonosobo, October
2025 to January 2026): every node's articles against the article graphs that state
something about it (read again with SPARQL), its dates against those articles' dates
and an event's own date, a table of things read from the texts by hand. The page is
then driven in a real headless Chromium: an article unticked, the date slider moved
with the keyboard, a kind toggled, reset; the shown nodes and edges, the status line
and the layout are checked after each step against the rule the page states, and
screenshots go to ``exports/test-artifacts/``.
"""
from __future__ import annotations

import datetime
import json
import re

import pytest
from rdflib import Dataset

from graph.render.html import date_span, graph_data, html_document, render_html, view_title

from conftest import REPO_ROOT, build_paths

RESOLUTION = REPO_ROOT / "tests" / "corpus" / "resolution"
STEMS = ("r01", "r02", "r03", "r04", "r05")
# Publication dates, from the date line of each file.
PUBLISHED = {"r01": "2025-10-14", "r02": "2025-11-06", "r03": "2025-11-23", "r04": "2025-12-09",
             "r05": "2026-01-15"}
ARTIFACTS = REPO_ROOT / "exports" / "test-artifacts"
DATA_RE = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)
PREFIXES = "PREFIX schema: <https://schema.org/> "


@pytest.fixture(scope="module")
def five() -> Dataset:
    return build_paths([RESOLUTION / f"{stem}.txt" for stem in STEMS])


@pytest.fixture(scope="module")
def data(five) -> dict:
    return graph_data(five)


def stem_of(article: dict) -> str:
    return article["iri"].rsplit("/", 1)[-1]


def nodes_named(data: dict, cls: str, name: str) -> list[dict]:
    return [n for n in data["nodes"] if n["cls"] == cls and n["name"] == name]


# --- the data -----------------------------------------------------------------------

def test_articles_are_listed_oldest_first_with_headline_date_and_iri(data):
    assert [stem_of(a) for a in data["articles"]] == list(STEMS)
    for article in data["articles"]:
        stem = stem_of(article)
        first_line = (RESOLUTION / f"{stem}.txt").read_text(encoding="utf-8").splitlines()[0]
        assert article == {"iri": f"https://data.example.org/berita/article/{stem}",
                           "headline": first_line.strip(), "date": PUBLISHED[stem]}


def test_every_node_has_the_articles_whose_graph_states_it(five, data):
    """The same question asked again with SPARQL: which article graphs hold the thing."""
    article_of = {str(g): str(a) for g, a in five.query(
        PREFIXES + "SELECT ?g ?a WHERE { GRAPH ?g { ?a a schema:NewsArticle } }")}
    stated = {}
    for g, s in five.query("SELECT DISTINCT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }"):
        stated.setdefault(str(s), set()).add(article_of[str(g)])
    iris = [a["iri"] for a in data["articles"]]
    assert data["nodes"]
    for node in data["nodes"]:
        assert node["articles"] == sorted(node["articles"]), node["name"]
        assert {iris[i] for i in node["articles"]} == stated[node["iri"]], node["name"]


def test_every_node_is_seen_on_its_articles_dates_and_an_event_on_its_own(five, data):
    own = {str(e): str(d)[:10] for e, d in five.query(
        PREFIXES + "SELECT ?e ?d WHERE { ?e a schema:Event ; schema:startDate ?d }")}
    assert data["dates"] == sorted(set(data["dates"]))
    events = 0
    for node in data["nodes"]:
        expected = {data["articles"][i]["date"] for i in node["articles"]}
        if node["iri"] in own:
            expected.add(own[node["iri"]])
            assert data["dates"][node["date"]] == own[node["iri"]]
            events += 1
        else:
            assert "date" not in node, node["name"]
        assert [data["dates"][i] for i in node["dates"]] == sorted(expected), node["name"]
    assert events == len(own) >= 5  # every event of the five articles (the festival, the visits, …)


@pytest.mark.parametrize(("cls", "name", "stems", "dates"), [
    # read from the texts: who and what each article names
    ("person", "Endah Sulistyowati", ["r02", "r04"], ["2025-11-06", "2025-12-09"]),
    ("person", "Bagus Hermawan", ["r04", "r05"], ["2025-12-09", "2026-01-15"]),
    ("place", "Lamuk", ["r04", "r05"], ["2025-12-09", "2026-01-15"]),
    ("place", "Kaliwiro", ["r02", "r04", "r05"], ["2025-11-06", "2025-12-09", "2026-01-15"]),
    ("place", "Wonosobo", list(STEMS), sorted(PUBLISHED.values())),
    ("person", "Tjhin Mei Ling", ["r03"], ["2025-11-23"]),
    # an event: reported on the 23rd, held on Saturday the 22nd
    ("event", "Festival Carica 2025", ["r03"], ["2025-11-22", "2025-11-23"]),
])
def test_things_read_from_the_texts(data, cls, name, stems, dates):
    node, = nodes_named(data, cls, name)
    assert [stem_of(data["articles"][i]) for i in node["articles"]] == stems
    assert [data["dates"][i] for i in node["dates"]] == dates


def test_sentences_name_their_article_by_index(five, data):
    text_of = {str(a): str(t) for a, t in five.query(
        PREFIXES + """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?a ?t WHERE { ?c schema:isPartOf ?a ; nif:isString ?t }""")}
    checked = 0
    for node in data["nodes"]:
        for sentence in node["sentences"]:
            article = data["articles"][sentence["article"]]
            assert sentence["text"] in text_of[article["iri"]], (node["name"], sentence["text"])
            assert sentence["article"] in node["articles"]
            checked += 1
    assert checked > 50


def test_data_is_compact_each_headline_once(data):
    text = json.dumps(data, ensure_ascii=False)
    for article in data["articles"]:
        assert text.count(json.dumps(article["headline"], ensure_ascii=False)) == 1
    assert all(isinstance(i, int) for n in data["nodes"] for i in n["articles"] + n["dates"])


def test_undated_and_untitled_articles():
    ds = Dataset().parse(format="trig", data='''
        @prefix s: <https://schema.org/> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        <urn:x:g1> { <urn:x:a1> a s:NewsArticle ; s:headline "Pasar Sukamaju dibuka" ;
                         s:datePublished "2021-06-24"^^<http://www.w3.org/2001/XMLSchema#date> .
                     <urn:x:bambang> a s:Person ; s:name "Bambang Sutejo" . }
        <urn:x:g2> { <urn:x:a2> a s:NewsArticle .
                     <urn:x:c2> a nif:Context ; s:isPartOf <urn:x:a2> ;
                         nif:isString """Bupati Sukamaju Rudi Wibisana meninjau pasar.\n\nIsi berita.""" .
                     <urn:x:rudi> a s:Person ; s:name "Rudi Wibisana" .
                     <urn:x:bambang> a s:Person ; s:name "Bambang Sutejo" . }''')
    data = graph_data(ds)
    assert [(a["headline"], a["date"]) for a in data["articles"]] == [
        ("Pasar Sukamaju dibuka", "2021-06-24"),
        ("Bupati Sukamaju Rudi Wibisana meninjau pasar. Isi berita.", "")]  # undated last
    rudi, = nodes_named(data, "person", "Rudi Wibisana")
    bambang, = nodes_named(data, "person", "Bambang Sutejo")
    assert (rudi["articles"], rudi["dates"]) == ([1], [])
    assert (bambang["articles"], [data["dates"][i] for i in bambang["dates"]]) == ([0, 1], ["2021-06-24"])
    assert view_title(data) == "2 articles, 24 Jun 2021: 2 people"


def test_a_union_without_article_graphs_reads_mentions_and_quotations():
    """A Turtle file of the union has no graph per article: its mentions and quotations say."""
    ds = Dataset().parse(format="turtle", data='''
        @prefix s: <https://schema.org/> .
        @prefix org: <http://www.w3.org/ns/org#> .
        <urn:x:a1> a s:NewsArticle ; s:headline "Satu" ; s:datePublished "2021-06-24" ; s:mentions <urn:x:rudi> .
        <urn:x:a2> a s:NewsArticle ; s:headline "Dua" ; s:datePublished "2021-07-01" ; s:mentions <urn:x:rudi> .
        <urn:x:rudi> a s:Person ; s:name "Rudi Wibisana" ; org:holds <urn:x:bupati> .
        <urn:x:bupati> a org:Post ; s:name "Bupati Sukamaju" .
        <urn:x:q> a s:Quotation ; s:text "Pasar dibuka besok pagi." ; s:isPartOf <urn:x:a2> ;
            s:spokenByCharacter <urn:x:rudi> .''')
    data = graph_data(ds)
    articles = {n["name"]: [data["articles"][i]["headline"] for i in n["articles"]] for n in data["nodes"]}
    assert articles == {"Rudi Wibisana": ["Satu", "Dua"], "Bupati Sukamaju": [],
                        "\u201cPasar dibuka besok pagi.\u201d": ["Dua"], "Satu": ["Satu"], "Dua": ["Dua"]}


# --- the title ----------------------------------------------------------------------

def test_title_of_several_articles_says_what_the_view_holds(five, data):
    counts = {c["cls"]: c["count"] for c in data["classes"]}
    bodies = counts.get("government", 0) + counts.get("organization", 0)
    expected = (f"5 articles, 14 Oct 2025 \u2013 15 Jan 2026: {counts['person']} people, {bodies} bodies, "
                f"{counts['business']} businesses, {counts['place']} places, {counts['event']} events")
    assert view_title(data) == expected
    page = html_document(five)
    assert f"<title>{expected}</title>" in page and f'<h1 id="title">{expected}</h1>' in page


def test_title_of_a_focus_names_it(five):
    data = graph_data(five, focus="Bagus Hermawan", depth=1)
    assert view_title(data).startswith("Around Bagus Hermawan \u2014 2 articles, 9 Dec 2025 \u2013 15 Jan 2026: ")
    assert [stem_of(a) for a in data["articles"]] == ["r04", "r05"]


@pytest.mark.parametrize(("first", "last", "text"), [
    ("2020-03-03", "2020-03-03", "3 Mar 2020"),
    ("2020-03-01", "2020-03-15", "1\u201315 Mar 2020"),
    ("2020-02-28", "2020-03-03", "28 Feb \u2013 3 Mar 2020"),
    ("2019-12-30", "2020-01-02", "30 Dec 2019 \u2013 2 Jan 2020"),
])
def test_date_span(first, last, text):
    assert date_span(first, last) == text


def test_headlines_are_escaped_in_title_and_heading():
    ds = Dataset().parse(format="trig", data='''
        @prefix s: <https://schema.org/> .
        <urn:x:g1> { <urn:x:a1> a s:NewsArticle ; s:headline "</title><script>alert(1)</script> & co" ;
                         s:datePublished "2021-06-24" .
                     <urn:x:rudi> a s:Person ; s:name "Rudi <b>Wibisana</b>" . }''')
    page = html_document(ds)
    escaped = "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert f"<title>{escaped}</title>" in page and f'<h1 id="title">{escaped}</h1>' in page
    assert page.lower().count("<script") == 3 and page.lower().count("</script") == 3
    assert "<b>" not in page


# --- the filters in a real browser (the browser fixture is in conftest.py) -------------

def day(iso: str) -> int:
    return (datetime.date.fromisoformat(iso) - datetime.date(1970, 1, 1)).days


def expected_shown(data: dict, ticked: set[int], first: str, last: str, classes: set[str],
                   undated: bool = True) -> set[str]:
    """The rule the page states: a thing shows when its kind is ticked and an article that is
    ticked and in the date range (or undated, with "undated" ticked) names it, or, for an event,
    its own date is in the range and one of its articles is ticked."""
    def active(i):
        date = data["articles"][i]["date"]
        return i in ticked and ((first <= date <= last) if date else undated)

    out = set()
    for n in data["nodes"]:
        own = data["dates"][n["date"]] if "date" in n else None
        if n["cls"] not in classes:
            continue
        if not n["articles"]:
            show = (first <= own <= last) if own else undated
        else:
            show = any(active(i) for i in n["articles"]) or \
                (own is not None and first <= own <= last and any(i in ticked for i in n["articles"]))
        if show:
            out.add(n["id"])
    return out


@pytest.fixture(scope="module")
def filters_page(five, tmp_path_factory) -> str:
    return render_html(five, tmp_path_factory.mktemp("filters") / "graph.html").as_uri()


def settle(driver, timeout: float = 20.0) -> None:
    """Wait until the layout asked for by the last change has run (it is debounced)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script("return kgView.settled()"))


def shown_ids(driver) -> set[str]:
    return set(driver.execute_script(
        "return kgView.cy.nodes(':visible').map(function (n) { return n.id(); })"))


def shown_edges(driver) -> list:
    return driver.execute_script(
        "return kgView.cy.edges(':visible').map(function (e) { return [e.source().id(), e.target().id()]; })")


def positions(driver) -> dict:
    return driver.execute_script(
        "var out = {}; kgView.cy.nodes().forEach(function (n) { out[n.id()] = [n.position('x'), n.position('y')]; });"
        "return out;")


def at(place: dict, preset: dict, ids) -> bool:
    """Whether every node of ``ids`` stands where ``preset`` put it (to a hundredth of a pixel)."""
    return all(abs(place[i][0] - preset[i][0]) < 0.01 and abs(place[i][1] - preset[i][1]) < 0.01
               for i in ids)


def screenshot(driver, name: str) -> None:
    import matplotlib.image

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"html-filters-{name}.png"
    driver.save_screenshot(str(path))
    pixels = matplotlib.image.imread(path)[..., :3]
    assert path.stat().st_size > 20_000 and pixels.std() > 0.05, f"{path} looks blank"


def severe_logs(driver) -> list:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_filters_in_a_browser(browser, filters_page, data):
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(filters_page)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !!window.kgView"))
    status = browser.find_element("id", "status")
    every_class = {c["cls"] for c in data["classes"]}
    ids = {n["id"] for n in data["nodes"]}
    first, last = data["dates"][0], data["dates"][-1]
    assert (first, last) == ("2025-10-14", "2026-01-15")

    def check(ticked, since, kinds, line):
        settle(browser)
        want = expected_shown(data, ticked, since, last, kinds)
        assert shown_ids(browser) == want
        edges = [(e["from"], e["to"]) for e in data["edges"] if e["from"] in want and e["to"] in want]
        assert sorted(map(tuple, shown_edges(browser))) == sorted(edges)
        assert status.text == f"{line}: {len(want)} things, {len(edges)} links"
        return want

    # Everything, where graph.render.layout put it.
    assert browser.find_element("id", "title").text == view_title(data)
    everything = check(set(range(5)), first, every_class,
                       "showing all 5 articles, 14 Oct 2025 \u2013 15 Jan 2026, all kinds")
    assert everything == ids
    preset = {n["id"]: [n["x"], n["y"]] for n in data["nodes"]}
    assert at(positions(browser), preset, ids)
    screenshot(browser, "0-all")

    # Untick r02: what only r02 says goes; the layout runs again on what is left.
    browser.find_element("css selector", "#article-list input[data-article='1']").click()
    shown = check({0, 2, 3, 4}, first, every_class,
                  "showing 4 of 5 articles, 14 Oct 2025 \u2013 15 Jan 2026, all kinds")
    assert shown < everything
    endah, = nodes_named(data, "person", "Endah Sulistyowati")  # r02 and r04
    assert endah["id"] in shown
    moved = positions(browser)
    assert sum(not at(moved, preset, [i]) for i in shown) > len(shown) / 2, "no new layout"
    screenshot(browser, "1-without-r02")

    # The "from" handle, by keyboard, to 1 November: r01 (14 October) drops out.
    handle = browser.find_element("id", "date-from")
    for _ in range(day("2025-11-01") - day(first)):
        handle.send_keys(Keys.ARROW_RIGHT)
    assert browser.find_element("id", "date-label").text == "1 Nov 2025 \u2013 15 Jan 2026"
    shown = check({0, 2, 3, 4}, "2025-11-01", every_class,
                  "showing 3 of 5 articles, 1 Nov 2025 \u2013 15 Jan 2026, all kinds")
    assert nodes_named(data, "person", "Dwi Haryono Saputro")[0]["id"] not in shown  # r01 only
    screenshot(browser, "2-from-november")

    # Places off: the status line says so, no edge to a place is left.
    browser.find_element("css selector", "#filters input[data-cls=place]").click()
    shown = check({0, 2, 3, 4}, "2025-11-01", every_class - {"place"},
                  "showing 3 of 5 articles, 1 Nov 2025 \u2013 15 Jan 2026, all kinds but places")
    assert all(n["cls"] != "place" for n in data["nodes"] if n["id"] in shown)
    screenshot(browser, "3-no-places")

    # Reset: everything again, at the first positions.
    browser.find_element("id", "reset").click()
    check(set(range(5)), first, every_class,
          "showing all 5 articles, 14 Oct 2025 \u2013 15 Jan 2026, all kinds")
    assert at(positions(browser), preset, ids)
    assert all(box.is_selected() for box in browser.find_elements("css selector", "#tools input[type=checkbox]"))
    assert severe_logs(browser) == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_only_none_and_the_panel_in_a_browser(browser, filters_page, data):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(filters_page)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !!window.kgView"))
    browser.get_log("browser")
    every_class = {c["cls"] for c in data["classes"]}
    # "none" hides everything an article names; "only" on one article shows it alone.
    browser.find_element("id", "no-articles").click()
    settle(browser)
    assert shown_ids(browser) == set()
    assert browser.find_element("id", "status").text.startswith("showing 0 of 5 articles")
    item = browser.find_elements("css selector", "#article-list li")[3]
    browser.execute_script("arguments[0].scrollIntoView()", item)
    ActionChains(browser).move_to_element(item).perform()
    item.find_element("css selector", "button.only").click()
    settle(browser)
    assert shown_ids(browser) == expected_shown(data, {3}, data["dates"][0], data["dates"][-1], every_class)

    # A thing of r04 in the panel lists its articles with their dates; one hidden says so.
    bagus, = nodes_named(data, "person", "Bagus Hermawan")
    browser.execute_script("kgView.select(arguments[0])", bagus["id"])
    sources = browser.find_element("id", "node-articles").text.splitlines()
    assert sources == ["9 Dec 2025 Longsor Timpa Tiga Rumah di Kaliwiro, Warga Lereng Diminta Waspada",
                       "15 Jan 2026 Rawan Longsor, Sidomulyo Disiapkan Jadi Desa Tangguh Bencana"]
    dwi, = nodes_named(data, "person", "Dwi Haryono Saputro")  # r01 only
    browser.execute_script("kgView.select(arguments[0])", dwi["id"])
    assert "filter hides it" in browser.find_element("css selector", "#panel .notice").text
    assert severe_logs(browser) == []


def ten_articles() -> Dataset:
    """Nine dated articles of a regency three days apart and one undated, each with its resident."""
    graphs = []
    for i in range(10):
        headline = "Pasar Desa Sidarejo dibuka" if i == 4 else f"Kabar Sukamaju nomor {i}"
        date = "" if i == 9 else f's:datePublished "{datetime.date(2021, 6, 1 + 3 * i).isoformat()}" ;'
        graphs.append(f'''<urn:x:g{i}> {{ <urn:x:a{i}> a s:NewsArticle ; s:headline "{headline}" ; {date}
            s:mentions <urn:x:warga{i}>, <urn:x:pemkab> .
            <urn:x:warga{i}> a s:Person ; s:name "Warga Sukamaju {i}" ; s:memberOf <urn:x:pemkab> .
            <urn:x:pemkab> a s:GovernmentOrganization ; s:name "Pemerintah Kabupaten Sukamaju" . }}''')
    return Dataset().parse(format="trig", data="@prefix s: <https://schema.org/> .\n" + "\n".join(graphs))


def test_article_search_and_undated_in_a_browser(browser, tmp_path):
    """A graph this small draws its articles too (ten people, a body, ten articles)."""
    from selenium.webdriver.support.ui import WebDriverWait

    data = graph_data(ten_articles())
    assert [a["date"] for a in data["articles"]][-1] == ""
    browser.get(render_html(ten_articles(), tmp_path / "ten.html").as_uri())
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !!window.kgView"))
    browser.get_log("browser")
    status = browser.find_element("id", "status")
    assert status.text == "showing all 10 articles, 1\u201325 Jun 2021, all kinds: 21 things, 10 links"

    # A long list can be searched; "none" unticks only what the search lists.
    search = browser.find_element("id", "article-search")
    assert search.is_displayed()
    search.send_keys("pasar")
    listed = [li.text for li in browser.find_elements("css selector", "#article-list li") if li.is_displayed()]
    assert listed == ["13 Jun 2021\nPasar Desa Sidarejo dibuka"]
    browser.find_element("id", "no-articles").click()
    settle(browser)
    assert status.text == "showing 9 of 10 articles, 1\u201325 Jun 2021, all kinds: 19 things, 9 links"
    assert "Warga Sukamaju 4" not in {n["name"] for n in data["nodes"] if n["id"] in shown_ids(browser)}

    # "undated" unticked: the undated article's resident goes, the body seen elsewhere stays.
    undated = browser.find_element("id", "undated")
    assert undated.is_displayed() and browser.find_element("id", "undated-count").text == "1 article"
    undated.click()
    settle(browser)
    assert status.text == ("showing 8 of 10 articles, 1\u201325 Jun 2021, all kinds, undated hidden: "
                           "17 things, 8 links")
    names = {n["name"] for n in data["nodes"] if n["id"] in shown_ids(browser)}
    assert "Warga Sukamaju 9" not in names and "Pemerintah Kabupaten Sukamaju" in names

    browser.find_element("id", "reset").click()
    settle(browser)
    assert search.get_attribute("value") == ""
    assert status.text == "showing all 10 articles, 1\u201325 Jun 2021, all kinds: 21 things, 10 links"
    screenshot(browser, "4-ten-articles")
    assert severe_logs(browser) == []
