"""Worker handlers for tests: graph.workers.query_handler with one read of graph.queries replaced, in
the worker's own process (set ``graph.workers.HANDLER`` to ``"worker_handlers:<name>"``)."""

from __future__ import annotations

import time

from graph import queries, workers


def spinning_who_owns(settings_json: str):
    """``who_owns`` spins for a minute (CPU-bound, as a runaway query is)."""

    def spin(*args, **kwargs):
        end = time.monotonic() + 60
        while time.monotonic() < end:
            pass
        return {}

    queries.who_owns = spin
    return workers.query_handler(settings_json)


def failing_search(settings_json: str):
    """``search`` raises an unexpected error holding text the client must never see."""

    def boom(*args, **kwargs):
        raise RuntimeError("secret internals")

    queries.search = boom
    return workers.query_handler(settings_json)
