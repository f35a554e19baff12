"""The look of the pictures: the classes of things, their colours, markers and sizes.

One table (:data:`STYLE`) serves every view: the matplotlib pictures of
:mod:`graph.render.draw` and the HTML page of :mod:`graph.render.html`.
"""
from __future__ import annotations

import math

__all__ = ["CLASSES", "STYLE", "PLURALS", "MAX_EDGE_LABELS", "CROWDED", "GROUP_COLOURS", "OTHER_GROUP", "marker_of"]

#: Node classes, in the order the legend and the layout list them.
CLASSES = (
    "event", "person", "government", "organization", "business", "post", "place",
    "quote", "topic", "product", "concept", "article",
)


# Okabe & Ito (2008), the colour-blind-safe palette; shape tells the classes apart too.
STYLE = {
    # class: (legend label, colour, marker, size in points^2)
    "event": ("event", "#CC79A7", "*", 1100),
    "person": ("person", "#D55E00", "o", 380),
    "government": ("government body", "#0072B2", "s", 340),
    "organization": ("organization", "#56B4E9", "s", 320),
    "business": ("business", "#E69F00", "D", 260),
    "post": ("office (post)", "#F4B183", "o", 150),
    "place": ("place", "#009E73", "^", 340),
    "quote": ("quotation", "#F0E442", "quote-box", 260),
    "topic": ("topic", "#999999", "p", 200),
    "product": ("product", "#F5D28A", "P", 200),
    "concept": ("concept (type, role)", "#DDDDDD", "h", 200),
    "article": ("article", "#555555", "H", 320),
}

#: How a sentence names many things of a class ("showing people and places").
PLURALS = {
    "event": "events", "person": "people", "government": "government bodies",
    "organization": "organizations", "business": "businesses", "post": "offices",
    "place": "places", "quote": "quotations", "topic": "topics", "product": "products",
    "concept": "concepts", "article": "articles",
}


# Above this many edges, edge labels would only be noise.
MAX_EDGE_LABELS = 60
# Above this many nodes, markers and fonts shrink.
CROWDED = 120


# Okabe & Ito again, for communities; the smaller groups share the grey.
GROUP_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
OTHER_GROUP = "#DDDDDD"


def _quote_marker():
    """A rounded box, as a marker path (matplotlib has none built in)."""
    w, h, r, steps = 1.7, 1.0, 0.35, 6
    verts = []
    for cx, cy, a0 in ((w / 2 - r, h / 2 - r, 0), (-w / 2 + r, h / 2 - r, 90),
                       (-w / 2 + r, -h / 2 + r, 180), (w / 2 - r, -h / 2 + r, 270)):
        for i in range(steps + 1):
            a = math.radians(a0 + 90 * i / steps)
            verts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return verts


def marker_of(cls: str):
    """The matplotlib marker of ``cls``: a letter of matplotlib's, or the quotation box."""
    marker = STYLE[cls][2]
    return _quote_marker() if marker == "quote-box" else marker
