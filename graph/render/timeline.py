"""The events on a time axis: all of them, or those of one person, body or place;
undated events are named in the caption.
"""
from __future__ import annotations

import datetime
import textwrap
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from ..vocab import KGO, SDO, SEM, SKOS
from .draw import output_target, save_figure
from .model import best_literal, event_date, focus_subgraph, name_of, node_key, subject_index, things_graph, wrap_label

__all__ = ["TimelineEvent", "timeline_events", "timeline_caption", "render_timeline"]

# More events than this: one row per event type instead of one per event.
_TIMELINE_ROWS = 40
# Undated events named in the caption, at most.
_UNDATED_NAMED = 6


@dataclass(frozen=True)
class TimelineEvent:
    """One event as the timeline draws it; ``date`` is None when the text gave none."""

    name: str
    date: datetime.date | None
    kind: str
    place: str | None
    role: str | None
    inferred: bool
    iri: str


def timeline_events(dataset, *, focus: str | None = None) -> list[TimelineEvent]:
    """The events of ``dataset``, or those the ``focus`` (a name, alias or IRI) took
    part in: organised, attended, hosted (a place), or the event itself.

    Sorted by date (undated last), then name. ``role`` is how the focus took part
    ("organizer", "attendee", "at"); ``kind`` the event type's label
    (``sem:eventType``), else "event"; ``inferred`` says the builder inferred the date.

    Raises
    ------
    ValueError
        When ``focus`` names nothing in the graph; the message lists close names.

    Examples
    --------
    >>> from rdflib import Dataset
    >>> ds = Dataset().parse(data='''
    ...   @prefix s: <https://schema.org/> . @prefix x: <http://www.w3.org/2001/XMLSchema#> .
    ...   <urn:x:rapat> a s:Event ; s:name "Rapat desa" ; s:startDate "2021-03-02"^^x:date ;
    ...       s:organizer <urn:x:budi> ; s:location <urn:x:balai> .
    ...   <urn:x:pasar> a s:Event ; s:name "Pasar murah" .
    ...   <urn:x:balai> a s:Place ; s:name "Balai Desa" .
    ...   <urn:x:budi> a s:Person ; s:name "Budi Santoso" .''', format="turtle")
    >>> [(e.name, str(e.date), e.place) for e in timeline_events(ds)]
    [('Rapat desa', '2021-03-02', 'Balai Desa'), ('Pasar murah', 'None', None)]
    >>> [(e.name, e.role) for e in timeline_events(ds, focus="Budi Santoso")]
    [('Rapat desa', 'organizer')]
    """
    return _timeline(dataset, focus)[0]


def _timeline(dataset, focus: str | None) -> tuple[list[TimelineEvent], str, list[str]]:
    """The events, a title, and every event type of the dataset (for stable colours)."""
    import networkx as nx

    props = subject_index(dataset)
    node_props = {node_key(s): p for s, p in props.items()}
    graph = things_graph(props)
    centres: list = []
    if focus is None:
        chosen = sorted(n for n, c in graph.nodes(data="cls") if c == "event")
    else:
        centres = focus_subgraph(graph, node_props, focus, 0).graph["focus"]
        # A place also hosts what happens at the places inside it (venue in regency).
        around, queue = set(centres), deque(n for n in centres if graph.nodes[n]["cls"] == "place")
        while queue:
            for inner, _, label in graph.in_edges(queue.popleft(), keys=True):
                if label == "in" and inner not in around:
                    around.add(inner)
                    queue.append(inner)
        chosen = sorted({m for n in around for m in nx.all_neighbors(graph, n)
                         if graph.nodes[m]["cls"] == "event"} | {n for n in centres
                                                                 if graph.nodes[n]["cls"] == "event"})
    events = []
    for node in chosen:
        p = node_props[node]
        kinds = sorted(filter(None, (
            best_literal(node_props.get(node_key(t), {}).get(SKOS.prefLabel, ()))
            for t in p.get(SEM.eventType, ()))))
        places = sorted(filter(None, (name_of(node_props.get(node_key(o), {}))
                                      for pred in (SDO.location, SEM.hasPlace)
                                      for o in p.get(pred, ()))))
        roles = sorted({label for centre in centres
                        for label in (*graph.get_edge_data(node, centre, default={}),
                                      *graph.get_edge_data(centre, node, default={}))})
        events.append(TimelineEvent(
            name=graph.nodes[node]["name"], date=_parse_date(event_date(p)),
            kind=kinds[0] if kinds else "event", place=", ".join(places) or None,
            role=", ".join(roles) or None, inferred=bool(p.get(KGO.dateInferredBy)),
            iri=graph.nodes[node]["iri"]))
    events.sort(key=lambda e: (e.date is None, e.date or datetime.date.min, e.name.casefold(),
                               e.iri))
    names = ", ".join(sorted(graph.nodes[n]["name"] for n in centres))
    places = all(graph.nodes[n]["cls"] == "place" for n in centres)
    title = f"Events {'in' if places else 'of'} {names}" if centres else "Events"
    kinds = sorted({k for p in props.values() for t in p.get(SEM.eventType, ())
                    if (k := best_literal(props.get(t, {}).get(SKOS.prefLabel, ())))},
                   key=str.casefold)
    return events, title, kinds


def _parse_date(text: str | None) -> datetime.date | None:
    """A date from xsd:date, xsd:dateTime, xsd:gYearMonth or xsd:gYear text."""
    if not text:
        return None
    for size, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        try:
            return datetime.date.fromisoformat(text[:size] + suffix)
        except ValueError:
            continue
    return None


def timeline_caption(events: list[TimelineEvent]) -> str:
    """What the timeline shows, and which events it leaves out for want of a date."""
    dated = [e for e in events if e.date]
    undated = [e for e in events if not e.date]
    if not events:
        return "no events found"
    parts = [f"{len(dated)} dated event" + ("" if len(dated) == 1 else "s")]
    if dated:
        first, last = dated[0].date.isoformat(), dated[-1].date.isoformat()
        parts.append(first if first == last else f"{first} \u2013 {last}")
    if any(e.inferred for e in dated):
        parts.append("hollow marker: date inferred (e.g. from the weekday)")
    if len(dated) > _TIMELINE_ROWS:
        parts.append("one row per event type")
    line = "  \u00b7  ".join(parts)
    if undated:
        names = "; ".join(textwrap.shorten(e.name, 50, placeholder="\u2026")
                          for e in undated[:_UNDATED_NAMED])
        more = f"; \u2026 and {len(undated) - _UNDATED_NAMED} more" \
            if len(undated) > _UNDATED_NAMED else ""
        line += f"\nleft out, no date ({len(undated)}): {names}{more}"
    return line


def _timeline_figure(events: list[TimelineEvent], *, title: str, note: str,
                     all_kinds: list[str] = ()):
    import matplotlib.dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    dated = [e for e in events if e.date]
    kinds = sorted({e.kind for e in dated}, key=str.casefold)
    palette = ("#CC79A7", "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#F0E442",
               "#999999")
    # Colours follow every type in the dataset, so a type keeps its colour in every view.
    order = list(all_kinds) + [k for k in kinds if k not in all_kinds]
    colour = {k: palette[order.index(k) % len(palette)] for k in kinds}
    per_event = len(dated) <= _TIMELINE_ROWS
    rows = len(dated) if per_event else len(kinds)
    height = 1.9 + 0.5 * max(rows, 2)
    fig = Figure(figsize=(13, height), dpi=150, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.38, 0.8 / height, 0.47, 1 - 1.5 / height))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", left=False, labelleft=False)
    fig.suptitle(title, fontsize=12, fontweight="bold", y=0.995)
    fig.text(0.5, 0.0, note, ha="center", va="top", fontsize=8, color="#444444")
    if not dated:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated events" if events else "no events", ha="center", va="center", fontsize=11,
                color="#666666", transform=ax.transAxes)
        return fig

    def markers(members, ys, size):
        """One scatter per type and kind of date: a few artists, however many events."""
        for kind in kinds:
            for inferred in (False, True):
                chosen = [(e, y) for e, y in zip(members, ys)
                          if e.kind == kind and e.inferred == inferred]
                if not chosen:
                    continue
                points = ax.scatter([e.date for e, _ in chosen], [y for _, y in chosen],
                                    marker="*", s=size, zorder=3, linewidths=1.2 if per_event
                                    else 0.5, c="white" if inferred else colour[kind],
                                    edgecolors=colour[kind] if inferred else "#333333")
                points.set_urls([e.iri for e, _ in chosen])

    label_at = ("axes fraction", "data")
    if per_event:
        for y, e in enumerate(dated):
            ax.axhline(y, color="#e6e6e6", lw=0.8, zorder=1)
            ax.annotate(e.date.isoformat(), (e.date, y), xytext=(10, 0),
                        textcoords="offset points", va="center", fontsize=8, color="#1a1a1a")
            ax.annotate(wrap_label(e.name, 60), (-0.02, y), xycoords=label_at, ha="right",
                        va="bottom" if (e.place or e.role) else "center", fontsize=8.5,
                        fontweight="bold", color="#1a1a1a", linespacing=1.1, url=e.iri)
            roles = [r for r in (e.role or "").split(", ") if r and r != "at"]
            detail = " \u00b7 ".join(filter(None, (e.place, roles and f"as {', '.join(roles)}")))
            if detail:
                ax.annotate(textwrap.shorten(detail, 80, placeholder="\u2026"), (-0.02, y),
                            xycoords=label_at, ha="right", va="top", fontsize=7.5,
                            color="#555555", xytext=(0, -2), textcoords="offset points")
        markers(dated, range(len(dated)), 260)
    else:
        ys = []
        for y, kind in enumerate(kinds):
            ax.axhline(y, color="#e6e6e6", lw=0.8, zorder=1)
            members = [e for e in dated if e.kind == kind]
            ax.annotate(f"{kind} ({len(members)})", (-0.02, y), xycoords=label_at, ha="right",
                        va="center", fontsize=9, fontweight="bold", color="#1a1a1a")
        row = {k: y for y, k in enumerate(kinds)}
        for e in dated:  # seven lanes per row, chosen by the IRI: jitter, but stable
            ys.append(row[e.kind] + 0.07 * (zlib.crc32(e.iri.encode()) % 7 - 3))
        markers(dated, ys, 45)

    first, last = dated[0].date, dated[-1].date
    pad = max(datetime.timedelta(days=10), (last - first) * 0.06)
    ax.set_xlim(first - pad, last + pad * (3 if per_event else 1))  # room for the date text
    ax.set_ylim(rows - 0.5, -0.6)  # earliest on top
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#f0f0f0", lw=0.8)
    ax.set_axisbelow(True)
    handles = [Line2D([], [], linestyle="none", marker="*", markersize=13,
                      markerfacecolor=colour[k], markeredgecolor="#333333", label=k)
               for k in kinds]
    if any(e.inferred for e in dated):
        handles.append(Line2D([], [], linestyle="none", marker="*", markersize=13,
                              markerfacecolor="white", markeredgecolor="#555555",
                              label="date inferred"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              fontsize=8, labelspacing=1.0, title="event type", title_fontsize=8)
    return fig


def render_timeline(dataset, out_path, *, focus: str | None = None, title: str | None = None,
                    fmt: str | None = None) -> Path:
    """Draw the events (of ``focus``, else all) on a time axis: one row per event, or
    per event type when there are many; undated events are named in the caption."""
    out, fmt = output_target(out_path, fmt)
    events, default_title, kinds = _timeline(dataset, focus)
    fig = _timeline_figure(events, title=title or default_title, note=timeline_caption(events),
                           all_kinds=kinds)
    return save_figure(fig, out, fmt)
