"""graph.render: RDF -> networkx -> picture, on a hand-written graph of the seed article."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from rdflib import Dataset, Graph

from graph import render
from graph.render import caption, render_png, to_networkx

FIXTURE = Path(__file__).parents[1] / "fixtures" / "seed_like.trig"
EVENT = "Teleconference Wakil Bupati Jembrana dengan puluhan pelaku UKM se-Jembrana"
PLUT = "Pusat Layanan Usaha Terpadu Koperasi dan Usaha Mikro, Kecil dan Menengah Jembrana"
DINAS = "Dinas Koperasi, Perindustrian dan Perdagangan Kabupaten Jembrana"
WIDI_QUOTE = "\u201cDitengah pandemi ini saya tidak mau\u2026\u201d"


@pytest.fixture(scope="module")
def dataset():
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


@pytest.fixture(scope="module")
def graph(dataset):
    return to_networkx(dataset)


def names(graph) -> dict[str, str]:
    """name -> class of every node."""
    return {data["name"]: data["cls"] for _, data in graph.nodes(data=True)}


def edges(graph) -> set[tuple[str, str, str]]:
    return {(graph.nodes[u]["name"], label, graph.nodes[v]["name"])
            for u, v, label in graph.edges(data="label")}


# --- to_networkx ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "cls"), [
    ("I Made Kembang Hartawan", "person"),
    ("I Komang Agus Adinata", "person"),
    ("Widi Adnyana", "person"),
    (EVENT, "event"),
    ("Executive Room Kantor Bupati Jembrana", "place"),
    ("Jembrana", "place"),
    ("Bali", "place"),
    ("Pemerintah Kabupaten Jembrana", "government"),
    (DINAS, "government"),
    (PLUT, "government"),
    ("Tenun Putri Mas", "business"),
    ("masker tenun", "product"),
    ("Wakil Bupati Jembrana", "post"),
    ("Covid-19", "topic"),
    ("UKM", "topic"),
    (WIDI_QUOTE, "quote"),
    ("Teleconference dengan UKM, Tampung Keluh Kesah, Ingatkan Jangan Putus Asa", "article"),
])
def test_node_class(graph, name, cls):
    assert names(graph)[name] == cls


def test_only_things_are_nodes(graph):
    """No NIF context or phrases, offers, memberships, role or event-type concepts."""
    assert len(graph) == 21
    assert set(names(graph).values()) == set(render.CLASSES) - {"organization", "concept"}
    iris = {data["iri"] for _, data in graph.nodes(data=True)}
    for fragment in ("#context", "#offset_", "/peran/", "/jenis-peristiwa/", "/penawaran/",
                     "/keanggotaan/"):
        assert not [iri for iri in iris if fragment in iri], fragment


@pytest.mark.parametrize(("source", "label", "target"), [
    (EVENT, "organizer", "I Made Kembang Hartawan"),
    (EVENT, "attendee", "I Komang Agus Adinata"),
    (EVENT, "attendee", PLUT),
    (EVENT, "attendee", "Widi Adnyana"),
    (EVENT, "at", "Executive Room Kantor Bupati Jembrana"),
    ("Executive Room Kantor Bupati Jembrana", "in", "Jembrana"),
    ("Jembrana", "in", "Bali"),
    ("I Made Kembang Hartawan", "holds", "Wakil Bupati Jembrana"),
    ("Wakil Bupati Jembrana", "post in", "Pemerintah Kabupaten Jembrana"),
    (PLUT, "part of", DINAS),
    ("Pemerintah Kabupaten Jembrana", "serves", "Jembrana"),
    # org:Membership folded into one edge labelled with its role.
    ("Widi Adnyana", "pemilik", "Tenun Putri Mas"),
    # schema:makesOffer / schema:itemOffered folded into one edge.
    ("Tenun Putri Mas", "makes", "masker tenun"),
    (WIDI_QUOTE, "said by", "Widi Adnyana"),
    ("Teleconference dengan UKM, Tampung Keluh Kesah, Ingatkan Jangan Putus Asa", "about",
     "Covid-19"),
])
def test_edge(graph, source, label, target):
    assert (source, label, target) in edges(graph)


@pytest.mark.parametrize("label", ["heldBy", "mentions", "isPartOf", "type", "member",
                                   "makesOffer", "itemOffered", "role"])
def test_edge_not_drawn(graph, label):
    assert label not in {lab for _, _, lab in edges(graph)}


def test_labels_wrap_long_names_and_shorten_quotes(graph):
    labels = {data["name"]: data["label"] for _, data in graph.nodes(data=True)}
    assert labels["I Made Kembang Hartawan"] == "I Made Kembang Hartawan"
    assert labels["Executive Room Kantor Bupati Jembrana"] == "Executive Room Kantor\nBupati Jembrana"
    assert labels[EVENT].endswith("\n(2020-04-30)")
    assert labels[WIDI_QUOTE] == "\u201cDitengah pandemi ini\nsaya tidak mau\u2026\u201d"


def test_plain_graph_reads_like_dataset(dataset, graph):
    plain = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        plain.add((s, p, o))
    assert edges(to_networkx(plain)) == edges(graph)


@pytest.mark.parametrize(("focus", "depth", "expected"), [
    ("Widi Adnyana", 1, {"Widi Adnyana", "Tenun Putri Mas", EVENT, WIDI_QUOTE}),
    ("widi", 1, {"Widi Adnyana", "Tenun Putri Mas", EVENT, WIDI_QUOTE}),  # alias, any case
    ("https://data.example.org/berita/orang/widi-adnyana", 1,
     {"Widi Adnyana", "Tenun Putri Mas", EVENT, WIDI_QUOTE}),
    ("Tenun Putri Mas", 1, {"Tenun Putri Mas", "Widi Adnyana", "masker tenun"}),
])
def test_focus(dataset, focus, depth, expected):
    assert set(names(to_networkx(dataset, focus=focus, depth=depth))) == expected


@pytest.mark.parametrize(("focus", "suggested"), [
    ("Kembnag Hartawan", "I Made Kembang Hartawan"),
    ("komang", "I Komang Agus Adinata"),
    ("PLUT", PLUT),
])
def test_unknown_focus_suggests_close_names(dataset, focus, suggested):
    with pytest.raises(ValueError, match="close names") as caught:
        to_networkx(dataset, focus=focus)
    assert suggested in str(caught.value)


def test_caption(graph):
    assert caption(graph) == "21 nodes  \u00b7  24 edges  \u00b7  1 article  \u00b7  event date 2020-04-30"
    assert caption(graph, total_nodes=500).startswith("showing 21 of 500 nodes by degree")


def test_import_stays_light():
    """`kg --help` imports the package; drawing libraries load only when drawing."""
    code = ("import sys, graph.render, graph.bench; "
            "print(sorted(m for m in ('matplotlib', 'networkx', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "[]"


# --- render_png ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def png(dataset, tmp_path_factory):
    return render_png(dataset, tmp_path_factory.mktemp("png") / "seed.png")


def test_png_is_a_picture(png):
    from matplotlib.image import imread

    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(png)
    height, width = pixels.shape[:2]
    assert 1000 <= width <= 3000 and 1000 <= height <= 3000
    assert pixels[..., :3].std() > 0.05
    rgb = (pixels[..., :3].reshape(-1, 3) * 255).round().astype(np.int64)
    colours = set(np.unique(rgb[:, 0] << 16 | rgb[:, 1] << 8 | rgb[:, 2]).tolist())
    assert len(colours) > 50
    # The class colours are there: person vermillion, event purple, place green.
    for colour in (0xD55E00, 0xCC79A7, 0x009E73):
        assert colour in colours


def test_same_input_same_picture(dataset, png, tmp_path):
    from matplotlib.image import imread

    again = render_png(dataset, tmp_path / "again.png")
    assert np.array_equal(imread(png), imread(again))
    assert again.read_bytes() == png.read_bytes()


@pytest.mark.parametrize(("name", "fmt", "starts", "contains"), [
    ("seed.svg", None, b"<?xml", [b"I Made Kembang Hartawan", b"Executive Room",
                                  b"Teleconference dengan UKM"]),
    ("seed.pdf", None, b"%PDF", []),
    ("seed.picture", "png", b"\x89PNG", []),
    ("seed.PNG", None, b"\x89PNG", []),
])
def test_formats(dataset, tmp_path, name, fmt, starts, contains):
    out = render_png(dataset, tmp_path / name, fmt=fmt)
    assert out == tmp_path / name
    data = out.read_bytes()
    assert data.startswith(starts)
    for text in contains:
        assert text in data


def test_focus_picture(dataset, tmp_path):
    svg = render_png(dataset, tmp_path / "widi.svg", focus="Widi Adnyana", depth=1,
                     title="Sekitar Widi").read_text()
    assert "Sekitar Widi" in svg and "Tenun Putri Mas" in svg
    assert "I Komang Agus Adinata" not in svg
    assert "around Widi Adnyana" in svg


def test_big_graph_keeps_best_connected(dataset, tmp_path, monkeypatch):
    monkeypatch.setattr(render.views, "MAX_NODES", 8)
    svg = render_png(dataset, tmp_path / "top.svg").read_text()
    assert "showing 8 of 21 nodes by degree" in svg
    assert "I Made Kembang Hartawan" in svg  # degree 5
    assert "masker tenun" not in svg  # degree 1


@pytest.mark.parametrize(("name", "kwargs"), [
    ("old.xyz", {}),  # unsupported suffix
    ("old.png", {"fmt": "gif"}),  # unsupported format
    ("old.png", {"focus": "Nobody Here"}),  # unknown focus
])
def test_failed_render_leaves_old_file(dataset, tmp_path, name, kwargs):
    old = tmp_path / name
    old.write_bytes(b"previous picture")
    with pytest.raises(ValueError):
        render_png(dataset, old, **kwargs)
    assert old.read_bytes() == b"previous picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
