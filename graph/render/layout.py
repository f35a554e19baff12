"""Positions for the nodes: a radial tree around the events, evened out by stress
majorization; the same graph always gets the same picture (no randomness).

networkx and numpy are imported inside the functions that use them.
"""
from __future__ import annotations

import math
from collections import defaultdict, deque

from .model import sort_key

__all__ = ["layout"]

def layout(graph) -> dict:
    """Positions for every node, the same for the same graph.

    The story of a news article turns around its events, so the layout starts from a
    radial tree around the focus node, else the events: rings by distance, each node's
    neighbours in its angular sector. Stress majorization then moves every pair of
    nodes towards a distance proportional to their distance in the graph, which keeps
    that picture (the event in the middle, people and organizations round it, details
    outside) while evening out edge lengths and untangling crossings. Unconnected parts
    are laid out alone and packed below the biggest. No randomness: no seed needed.
    """
    import networkx as nx

    nodes = sorted(graph, key=lambda n: sort_key(graph, n))
    if not nodes:
        return {}
    rank = {n: i for i, n in enumerate(nodes)}
    plain = nx.Graph()
    plain.add_nodes_from(nodes)
    plain.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in graph.edges() if u != v}))
    focus = set(graph.graph.get("focus", ()))
    roots = [n for n in nodes if n in focus] or \
        [n for n in nodes if graph.nodes[n]["cls"] == "event"]

    parts = []
    for comp in sorted((sorted(c, key=rank.get) for c in nx.connected_components(plain)),
                       key=lambda c: (-len(c), rank[c[0]])):
        sub = plain.subgraph(comp)
        comp_roots = [n for n in roots if n in sub] or \
                     [min(comp, key=lambda n: (-sub.degree(n), rank[n]))]
        parts.append(_stress(sub, _radial(sub, comp_roots, rank.get)))
    return _pack(parts)


def _stress(graph, init: dict, iterations: int = 300) -> dict:
    """Stress majorization (SMACOF, Gansner et al. 2004) started from ``init``."""
    import networkx as nx
    import numpy as np

    nodes = list(init)
    if len(nodes) < 3:
        return {n: (float(i), 0.0) for i, n in enumerate(nodes)}
    index = {n: i for i, n in enumerate(nodes)}
    dist = np.zeros((len(nodes), len(nodes)))
    for source, lengths in nx.all_pairs_shortest_path_length(graph):
        for target, d in lengths.items():
            dist[index[source], index[target]] = d
    weight = np.zeros_like(dist)
    weight[dist > 0] = dist[dist > 0] ** -2.0
    laplacian = -weight.copy()
    np.fill_diagonal(laplacian, weight.sum(axis=1))
    inverse = np.linalg.pinv(laplacian)
    x = np.array([init[n] for n in nodes], dtype=float)
    for _ in range(iterations):
        now = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=-1))
        b = np.divide(-weight * dist, now, out=np.zeros_like(now), where=now > 1e-9)
        np.fill_diagonal(b, 0.0)
        np.fill_diagonal(b, -b.sum(axis=1))
        new = inverse @ (b @ x)
        done = np.abs(new - x).max() < 1e-4
        x = new
        if done:
            break
    x -= x.mean(axis=0)
    return {n: (float(x[index[n], 0]), float(x[index[n], 1])) for n in nodes}


def _radial(graph, roots, order) -> dict:
    """A radial tree from ``roots``: ring = distance, sector = size of the subtree."""
    seen = set(roots)
    children = defaultdict(list)
    queue = deque(roots)
    while queue:
        node = queue.popleft()
        for nbr in sorted(graph[node], key=order):
            if nbr not in seen:
                seen.add(nbr)
                children[node].append(nbr)
                queue.append(nbr)
    centre = object()
    if len(roots) == 1:
        children[centre] = []
        top, ring0 = roots[0], 0
    else:
        children[centre] = list(roots)
        top, ring0 = centre, 1

    weight = {}

    def measure(node):
        weight[node] = sum(measure(c) for c in children[node]) or 1
        return weight[node]

    measure(top)
    pos = {}

    def place(node, a0, a1, ring):
        angle = (a0 + a1) / 2
        pos[node] = (ring * math.cos(angle), ring * math.sin(angle))
        start = a0
        for child in children[node]:
            span = (a1 - a0) * weight[child] / weight[node]
            place(child, start, start + span, ring + 1)
            start += span

    # Start at the top and go round clockwise, as one reads a clock face.
    place(top, math.pi / 2 + 2 * math.pi, math.pi / 2, ring0)
    pos.pop(centre, None)
    return pos


def _pack(parts: list[dict]) -> dict:
    """The biggest part on top, the others in rows beneath it, the whole about square."""
    if not parts:
        return {}

    def bounds(part):
        xs = [x for x, _ in part.values()]
        ys = [y for _, y in part.values()]
        return min(xs), min(ys), max(xs), max(ys)

    sizes = [bounds(part) for part in parts]
    area = sum((x1 - x0 + 1.2) * (y1 - y0 + 1.2) for x0, y0, x1, y1 in sizes)
    pos = dict(parts[0])
    left, bottom, right, _ = sizes[0]
    row_width = max(right - left, math.sqrt(area), 4.0)
    x_next, y_top, row_height = left, bottom - 1.5, 0.0
    for part, (x0, y0, x1, y1) in zip(parts[1:], sizes[1:]):
        if x_next > left and x_next + (x1 - x0) > left + row_width:
            x_next, y_top, row_height = left, y_top - row_height - 1.2, 0.0
        for node, (x, y) in part.items():
            pos[node] = (x - x0 + x_next, y - y1 + y_top)
        x_next += x1 - x0 + 1.2
        row_height = max(row_height, y1 - y0)
    return pos
