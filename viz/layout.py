"""Positions computed before the page loads, for pictures too big to settle in the browser.

A seeded Fruchterman-Reingold layout in plain Python (numpy is not a dependency): repulsion between
nodes of one grid cell (a sample of a crowded cell) and from the neighbouring cells as one mass each,
attraction along edges, a weak pull to the centre so
separate components stay on screen, and a cooling step size. The same graph and seed always give
the same positions.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence

SAMPLE = 24  # most nodes of one grid cell whose repulsion is computed one by one


def spring_layout(
    nodes: Sequence[Hashable],
    edges: Iterable[tuple[Hashable, Hashable]],
    *,
    seed: int = 7,
    iterations: int = 40,
    spacing: float = 90.0,
) -> dict[Hashable, tuple[float, float]]:
    """Positions (in vis-network canvas units, centred on 0, 0) for ``nodes``.

    ``spacing`` is the distance two linked nodes settle at.

    >>> pos = spring_layout(["a", "b", "c"], [("a", "b"), ("b", "c")], seed=1)
    >>> sorted(pos) == ["a", "b", "c"] and pos == spring_layout(["a", "b", "c"], [("a", "b"), ("b", "c")], seed=1)
    True
    """
    n = len(nodes)
    if n == 0:
        return {}
    at = {node: i for i, node in enumerate(nodes)}
    links = sorted({(at[a], at[b]) for a, b in edges if a in at and b in at and a != b})
    rng = random.Random(seed)
    side = spacing * math.sqrt(n) * 1.2
    xs = [rng.uniform(-side / 2, side / 2) for _ in range(n)]
    ys = [rng.uniform(-side / 2, side / 2) for _ in range(n)]
    k = spacing
    k2 = k * k
    cell = 2.0 * k
    temperature = side / 8
    cool = (temperature - k / 10) / max(1, iterations)
    gravity = 0.6 / math.sqrt(n)
    for _ in range(iterations):
        dx = [0.0] * n
        dy = [0.0] * n
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(n):
            grid[(int(xs[i] // cell), int(ys[i] // cell))].append(i)
        mass = {
            key: (
                sum(xs[j] for j in members) / len(members),
                sum(ys[j] for j in members) / len(members),
                len(members),
            )
            for key, members in grid.items()
        }
        for (cx, cy), members in grid.items():
            # exact repulsion within the cell (a sample of a crowded one, scaled up),
            # neighbouring cells as one mass each at their centre
            sample = members if len(members) <= SAMPLE else rng.sample(members, SAMPLE)
            scale = len(members) / len(sample)
            around = [
                mass[key]
                for key in ((cx + ox, cy + oy) for ox in (-1, 0, 1) for oy in (-1, 0, 1) if ox or oy)
                if key in mass
            ]
            for i in members:
                xi, yi = xs[i], ys[i]
                fx = fy = 0.0
                for j in sample:
                    if j == i:
                        continue
                    ddx, ddy = xi - xs[j], yi - ys[j]
                    d2 = ddx * ddx + ddy * ddy
                    if d2 < 0.01:
                        ddx, ddy, d2 = rng.uniform(-1, 1), rng.uniform(-1, 1), 1.0
                    f = scale * k2 / d2
                    fx += ddx * f
                    fy += ddy * f
                for mx, my, count in around:
                    ddx, ddy = xi - mx, yi - my
                    d2 = max(ddx * ddx + ddy * ddy, k2 / 4)
                    f = count * k2 / d2
                    fx += ddx * f
                    fy += ddy * f
                dx[i] += fx - xi * gravity
                dy[i] += fy - yi * gravity
        for a, b in links:
            ddx, ddy = xs[a] - xs[b], ys[a] - ys[b]
            d = math.sqrt(ddx * ddx + ddy * ddy) or 0.01
            f = d / k
            dx[a] -= ddx * f
            dy[a] -= ddy * f
            dx[b] += ddx * f
            dy[b] += ddy * f
        for i in range(n):
            d = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if d > 0:
                step = min(d, temperature) / d
                xs[i] += dx[i] * step
                ys[i] += dy[i] * step
        temperature = max(k / 10, temperature - cool)
    cx, cy = sum(xs) / n, sum(ys) / n
    return {node: (round(xs[i] - cx, 1), round(ys[i] - cy, 1)) for i, node in enumerate(nodes)}
