"""Drawing with matplotlib: nodes by class, labels where they cover the least, edges,
the legend; and the figure and file handling every picture shares.

A :class:`matplotlib.figure.Figure` without pyplot: no global backend state, no GUI,
safe in threads. matplotlib, networkx and numpy are imported inside the functions that
use them, so importing this module (and ``kg --help``) stays instant.
"""
from __future__ import annotations

import math
import os
import secrets
from collections import defaultdict
from pathlib import Path

from .layout import layout
from .model import sort_key
from .style import CLASSES, CROWDED, MAX_EDGE_LABELS, STYLE, marker_of

__all__ = ["draw", "graph_figure", "save_figure", "output_target"]

_SUPPORTED_FORMATS = ("png", "svg", "pdf")


def draw(graph, ax, *, pos: dict | None = None, edge_labels: bool | None = None,
         legend: bool = True, node_colors: dict | None = None,
         groups: list[tuple[str, str]] | None = None) -> dict:
    """Draw ``graph`` (from :func:`to_networkx` or :func:`overview_graph`) on ``ax``.

    Nodes get colour and shape by class, labels beside them where they cover the
    least, edges short grey predicate labels (hidden above 60 edges). The axes get
    equal scales and no frame. Returns the positions used.

    An undirected graph is drawn without arrowheads. Optional attributes: a node's
    ``scale`` multiplies its marker area, an edge's ``width`` and ``color`` style its
    line. ``node_colors`` (node -> colour) replaces the class colours, which the
    legend then shows in grey, followed by ``groups`` (label, colour).
    """
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    pos = layout(graph) if pos is None else pos
    ax.set_axis_off()
    if not len(graph):
        ax.text(0.5, 0.5, "(empty graph)", ha="center", va="center", transform=ax.transAxes)
        return pos
    n_nodes = graph.number_of_nodes()
    if edge_labels is None:
        edge_labels = graph.number_of_edges() <= MAX_EDGE_LABELS
    font = 8 if n_nodes <= CROWDED else 6.5
    _fit_axes(ax, pos)

    # Edges: curved apart when two things are linked more than once. Undirected
    # graphs (overviews, one line per pair) need no arrowheads: one LineCollection,
    # which draws thousands of lines in the time patches take for a few hundred.
    pairs = defaultdict(list)
    for u, v, key in sorted(graph.edges(keys=True)):
        pairs[tuple(sorted((u, v)))].append((u, v, key))
    curves, edge_names, lines = [], [], []
    for (first, _), edges in sorted(pairs.items()):
        for i, (u, v, key) in enumerate(edges):
            rad = 0.0 if len(edges) == 1 else 0.25 * (i - (len(edges) - 1) / 2)
            if u != first:
                rad = -rad
            (x1, y1), (x2, y2) = pos[u], pos[v]
            data = graph.edges[u, v, key]
            style = {"color": data.get("color", "#8c8c8c"), "lw": data.get("width", 0.8)}
            if graph.is_directed() or rad:
                ax.add_patch(FancyArrowPatch(
                    (x1, y1), (x2, y2), arrowstyle="-|>" if graph.is_directed() else "-",
                    mutation_scale=9, connectionstyle=f"arc3,rad={rad}", zorder=1,
                    shrinkA=_radius(graph, u) + 1, shrinkB=_radius(graph, v) + 2, **style))
            else:
                lines.append(((x1, y1), (x2, y2), style))
            # arc3 draws a quadratic Bezier through this control point.
            control = ((x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1))
            curves.append(((x1, y1), control, (x2, y2)))
            edge_names.append(key)
    if lines:
        ax.add_collection(LineCollection([(a, b) for a, b, _ in lines], zorder=1,
                                         colors=[s["color"] for *_, s in lines],
                                         linewidths=[s["lw"] for *_, s in lines]),
                          autolim=False)

    # Nodes, one scatter per class so each gets its shape.
    by_class = defaultdict(list)
    for node in sorted(graph, key=lambda n: sort_key(graph, n)):
        by_class[graph.nodes[node]["cls"]].append(node)
    for cls in CLASSES:
        members = by_class.get(cls)
        if members:
            colours = [node_colors[n] for n in members] if node_colors else STYLE[cls][1]
            points = ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members],
                                s=[_node_size(graph, n) for n in members], marker=marker_of(cls),
                                c=colours, edgecolors="#333333", linewidths=0.6,
                                zorder=4 if cls == "event" else 3)
            points.set_urls([graph.nodes[n]["iri"] for n in members])

    _place_labels(graph, ax, pos, curves, edge_names if edge_labels else None, font)

    if legend:
        handles = [Line2D([], [], linestyle="none", marker=marker_of(cls),
                          markersize=13 if cls == "event" else 9,
                          markerfacecolor="#BBBBBB" if node_colors else STYLE[cls][1],
                          markeredgecolor="#333333", markeredgewidth=0.6, label=STYLE[cls][0])
                   for cls in CLASSES if cls in by_class]
        handles += [Line2D([], [], linestyle="none", marker="o", markersize=9,
                           markerfacecolor=colour, markeredgecolor="#333333",
                           markeredgewidth=0.6, label=label) for label, colour in groups or ()]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
                  fontsize=8, labelspacing=1.0, borderaxespad=0.5, handletextpad=0.8)
    return pos


def _node_size(graph, node) -> float:
    """Marker area in points^2; smaller in big graphs."""
    data = graph.nodes[node]
    size = STYLE[data["cls"]][3] * data.get("scale", 1.0)
    return size if len(graph) <= CROWDED else size * 0.6


def _radius(graph, node) -> float:
    """Marker radius in points."""
    return math.sqrt(_node_size(graph, node)) / 2


def _bezier(p0, p1, p2, t):
    return ((1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t ** 2 * p2[0],
            (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t ** 2 * p2[1])


def _fit_axes(ax, pos) -> None:
    """Equal scales on both axes, with room around the outermost nodes."""
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    x0, x1, y0, y1 = min(xs) - 0.6, max(xs) + 0.6, min(ys) - 0.6, max(ys) + 0.6
    bbox = ax.get_position()
    fig_w, fig_h = ax.figure.get_size_inches()
    box_w, box_h = bbox.width * fig_w, bbox.height * fig_h
    scale = min(box_w / (x1 - x0), box_h / (y1 - y0))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ax.set_xlim(cx - box_w / scale / 2, cx + box_w / scale / 2)
    ax.set_ylim(cy - box_h / scale / 2, cy + box_h / scale / 2)


def _place_labels(graph, ax, pos, curves, edge_names, font) -> None:
    """Put the node labels, then the edge labels, where they cover the least.

    Greedy, biggest nodes first: sixteen candidate spots around each node (eight
    directions, near and a little farther), preferring the side away from its
    neighbours. A spot costs the share it covers of each node and label already
    placed, plus the edge lines running under it. Edge labels then slide along their
    edge to the freest spot near the middle.
    """
    import networkx as nx
    import numpy as np

    fig = ax.figure
    # Agg canvases (ours) have get_renderer; an interactive one is asked through the figure.
    get_renderer = getattr(fig.canvas, "get_renderer", None) or fig._get_renderer
    renderer = get_renderer()
    to_px = fig.dpi / 72
    disp = {n: ax.transData.transform(p) for n, p in pos.items()}
    boxes = []  # x0, y0, x1, y1, weight; in display pixels
    for node, (x, y) in disp.items():
        r = _radius(graph, node) * to_px
        boxes.append((x - r, y - r, x + r, y + r, 3.0))
    boxes = np.array(boxes)
    steps = np.linspace(0.1, 0.9, 9)
    samples = np.array([_bezier(*curve, t) for curve in curves for t in steps]).reshape(-1, 2)
    samples = ax.transData.transform(samples) if len(samples) else np.zeros((0, 2))

    frame = ax.bbox

    def cost(box, with_lines=True):
        x0, y0, x1, y1 = box
        ow = np.clip(np.minimum(x1, boxes[:, 2]) - np.maximum(x0, boxes[:, 0]), 0, None)
        oh = np.clip(np.minimum(y1, boxes[:, 3]) - np.maximum(y0, boxes[:, 1]), 0, None)
        smaller = np.minimum((boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]),
                             (x1 - x0) * (y1 - y0))
        total = float((ow * oh / np.maximum(smaller, 1.0) * boxes[:, 4]).sum())
        # Off the axes a label runs into the legend or off the paper: its share outside.
        inside_w = max(0.0, min(x1, frame.x1) - max(x0, frame.x0))
        inside_h = max(0.0, min(y1, frame.y1) - max(y0, frame.y0))
        total += 2.0 * (1.0 - inside_w * inside_h / max((x1 - x0) * (y1 - y0), 1.0))
        if with_lines:
            total += 0.12 * int(((samples[:, 0] > x0) & (samples[:, 0] < x1)
                                 & (samples[:, 1] > y0) & (samples[:, 1] < y1)).sum())
        return total

    def extent(text):
        ext = text.get_window_extent(renderer)
        pad = 0.2 * text.get_fontsize() * to_px
        return ext.width + 2 * pad, ext.height + 2 * pad

    focus = set(graph.graph.get("focus", ()))
    order = sorted(graph, key=lambda n: (-_node_size(graph, n), -graph.degree(n),
                                         sort_key(graph, n)))
    for node in order:
        data = graph.nodes[node]
        event = data["cls"] == "event"
        text = ax.annotate(
            data["label"], pos[node], xytext=(0, 0), textcoords="offset points",
            fontsize=font + 1 if event else font,
            fontweight="bold" if event or node in focus else "normal",
            fontstyle="italic" if data["cls"] == "quote" else "normal", color="#1a1a1a",
            zorder=5, linespacing=1.1,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.85})
        text.set_url(data["iri"])
        w, h = extent(text)
        x, y = disp[node]
        nbrs = [disp[m] for m in sorted(set(nx.all_neighbors(graph, node))) if m != node]
        away = math.atan2(y - np.mean([p[1] for p in nbrs]), x - np.mean([p[0] for p in nbrs])) \
            if nbrs else -math.pi / 2
        best = None
        for extra in (0.0, 10.0):
            gap = _radius(graph, node) + 3 + extra
            for i in range(8):
                angle = -math.pi / 2 + i * math.pi / 4
                dx, dy = math.cos(angle), math.sin(angle)
                ha = "left" if dx > 0.3 else "right" if dx < -0.3 else "center"
                va = "bottom" if dy > 0.3 else "top" if dy < -0.3 else "center"
                bx = x + gap * dx * to_px - {"left": 0, "center": w / 2, "right": w}[ha]
                by = y + gap * dy * to_px - {"bottom": 0, "center": h / 2, "top": h}[va]
                box = (bx, by, bx + w, by + h)
                turn = abs((angle - away + math.pi) % (2 * math.pi) - math.pi)
                score = cost(box) + 0.05 * turn + 0.1 * (extra > 0)
                if best is None or score < best[0]:
                    best = (score, (gap * dx, gap * dy), ha, va, box)
        _, offset, ha, va, box = best
        text.xyann = offset
        text.set_ha(ha)
        text.set_va(va)
        boxes = np.vstack([boxes, (*box, 2.0)])

    for curve, name in zip(curves, edge_names or ()):
        text = ax.text(*_bezier(*curve, 0.5), name, fontsize=font - 1.5, color="#5f5f5f",
                       ha="center", va="center", zorder=2,
                       bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none",
                             "alpha": 0.8})
        w, h = extent(text)
        best = None
        for t in (0.5, 0.4, 0.6, 0.3, 0.7):
            x, y = ax.transData.transform(_bezier(*curve, t))
            box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
            score = cost(box, with_lines=False) + abs(t - 0.5)
            if best is None or score < best[0]:
                best = (score, t, box)
        _, t, box = best
        text.set_position(_bezier(*curve, t))
        boxes = np.vstack([boxes, (*box, 1.0)])


def output_target(out_path, fmt: str | None) -> tuple[Path, str]:
    out = Path(out_path)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in _SUPPORTED_FORMATS:
        raise ValueError(f"cannot draw to {fmt or 'a file without suffix'!r}; "
                         f"use one of: {', '.join(_SUPPORTED_FORMATS)}")
    return out, fmt


def save_figure(fig, out: Path, fmt: str) -> Path:
    metadata = {"png": {"Software": None},
                "svg": {"Date": None, "Creator": None},
                "pdf": {"Creator": None, "Producer": None, "CreationDate": None}}[fmt]
    out.parent.mkdir(parents=True, exist_ok=True)
    # savefig creates the temporary file itself, so it gets the usual permissions.
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(6)}.tmp")
    try:
        import matplotlib

        # zlib level 1: a third of the encoding time of the default 6, a few % bigger.
        extra = {"pil_kwargs": {"compress_level": 1}} if fmt == "png" else {}
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg-render"}):
            fig.savefig(tmp, format=fmt, dpi=150, bbox_inches="tight", metadata=metadata,
                        facecolor="white", **extra)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def graph_figure(graph, *, title: str, note: str, pos: dict | None = None, **draw_options):
    # A Figure without pyplot: no global backend state, no GUI, safe in threads.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    pos = layout(graph) if pos is None else pos
    # Paper grows with the number of things (about 14 x 10 inches for 40), shaped
    # like the layout so that neither margin is left empty.
    area = min(max(40.0, 3.5 * len(graph)), 600.0)
    if pos:
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        aspect = (max(xs) - min(xs) + 1.2) / (max(ys) - min(ys) + 1.2)
    else:
        aspect = 1.4
    aspect = min(max(aspect, 0.75), 1.8)
    fig = Figure(figsize=(math.sqrt(area * aspect), math.sqrt(area / aspect)), dpi=150,
                 facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.03, 0.96, 0.92))
    draw(graph, ax, pos=pos, **draw_options)
    fig.suptitle(title, fontsize=12, fontweight="bold", y=0.995)
    fig.text(0.5, 0.0, note, ha="center", va="top", fontsize=8, color="#444444")
    return fig
