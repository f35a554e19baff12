"""Draw the knowledge graph as a picture a person can read.

Two steps, each usable alone:

* :func:`to_networkx` (:mod:`~graph.render.model`) turns RDF (a :class:`rdflib.Dataset`
  or :class:`rdflib.Graph`) into a small :class:`networkx.MultiDiGraph` of the *things*
  of the profile (people, organizations, places, events, quotations, …). Plumbing the
  reader does not care about is folded away: an ``org:Membership`` becomes one edge
  labelled with its role, an ``schema:Offer`` one "makes" edge, NIF mentions and role
  concepts vanish.
* :func:`render_png` (:mod:`~graph.render.views`) lays that graph out (the event in the
  middle, the people and organizations around it, the details outside) and writes PNG,
  SVG or PDF.

Four more views share the classes, colours, legend and file handling:

* :func:`render_query` draws what a SPARQL CONSTRUCT returns, with the types and
  names of its nodes looked up in the whole dataset (:func:`query_graph`).
* :func:`render_overview` draws the top entities of a corpus of any size, how they
  hang together and, optionally, their communities; the caption says what was left
  out (:func:`overview_graph`).
* :func:`render_timeline` (:mod:`~graph.render.timeline`) puts events on a time axis,
  all or those of one person, body or place; undated events are named in the caption
  (:func:`timeline_events`).
* :func:`render_html` (:mod:`~graph.render.html`) writes one interactive, offline page,
  filtered in the browser by article, date and kind.

The modules, in the order they depend on each other: ``style`` (classes, colours,
markers), ``model`` (RDF -> networkx), ``layout``, ``draw`` (matplotlib, figures and
files), then the views ``views``, ``timeline`` and ``html``.

Each view has its layout: stress majorization from a radial tree for graphs (also
the overview's, per connected part, on the few nodes kept), dates for the timeline.
None uses randomness except Louvain, which is seeded: the same input gives the same
picture, byte for byte.

matplotlib, networkx and numpy are imported inside the functions that use them, so
importing this package (and ``kg --help``) stays instant.
"""
from __future__ import annotations

from .draw import draw
from .html import render_html
from .layout import layout
from .model import to_networkx
from .style import CLASSES
from .timeline import TimelineEvent, render_timeline, timeline_caption, timeline_events
from .views import (
    MAX_NODES,
    OVERVIEW_TOP,
    caption,
    overview_caption,
    overview_graph,
    query_graph,
    render_overview,
    render_png,
    render_query,
    store_overview,
)

__all__ = [
    "CLASSES", "MAX_NODES", "OVERVIEW_TOP", "TimelineEvent", "to_networkx", "query_graph",
    "overview_graph", "timeline_events", "layout", "draw", "caption", "overview_caption",
    "timeline_caption", "render_png", "render_query", "render_overview", "render_timeline", "store_overview",
    "render_html",
]
