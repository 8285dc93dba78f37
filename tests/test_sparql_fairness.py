"""Fair under load: one client address flooding /sparql with heavy queries is held to its share before
its queries are admitted, so another client's quick query still answers at once (real HTTP)."""

from __future__ import annotations

import threading
import time

import httpx
from test_sparql_protocol import RUNAWAY, serve

FLOOD = 10  # the client_queries setting below


def test_a_flooding_client_is_refused_at_once_and_another_client_still_answers(corpus_store_path, tmp_path):
    with serve(
        corpus_store_path,
        tmp_path,
        sparql_workers=2,
        client_queries=FLOOD,
        query_timeout=6,
        client_budget_seconds=1000,
    ) as server:
        url = server.url + "/sparql"
        flood: list[int] = []

        def heavy() -> None:
            with httpx.Client(timeout=60) as http:
                flood.append(http.get(url, params={"query": RUNAWAY}).status_code)

        threads = [threading.Thread(target=heavy) for _ in range(FLOOD)]
        for thread in threads:
            thread.start()
        time.sleep(1.0)  # the ten are in: one runs, nine wait for this client's share

        started = time.monotonic()
        eleventh = server.sparql("ASK {}")  # the same address (127.0.0.1)
        assert eleventh.status_code == 429, eleventh.text
        assert time.monotonic() - started < 1.0
        assert eleventh.headers["retry-after"]

        other = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"), timeout=30)
        with other:
            for _ in range(3):
                started = time.monotonic()
                answer = other.get(url, params={"query": "ASK {}"})
                assert answer.status_code == 200, answer.text
                assert answer.json()["boolean"] is True
                assert time.monotonic() - started < 1.0
        assert any(t.is_alive() for t in threads), "the flood was still in the endpoint"
        for thread in threads:
            thread.join(60)
        assert len(flood) == FLOOD and set(flood) == {503}  # timed out, or waited past their share
