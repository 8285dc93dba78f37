"""Change over time: facts dated by their document, the graph as it stood on a day, what changed
between two days, and bodies still named after the date they were replaced.

A fact's date is its document's ``dcterms:date`` (:func:`graph.analytics._common.fact_date`).
A replacement's *effective* date is read from its own passage when the passage dates it
("C&WFS became operational from 1st April 2019", "In 2012 the Police Authority was
abolished"), else from the lines the passage stands on, else it is the stating document's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import networkx as nx

from ingest.dates import spans_in

from ._common import (
    BODY_TYPES,
    CHAIR,
    CONTRIBUTES,
    HOLDS,
    REPLACED_BY,
    RESPONSIBLE,
    VICE_CHAIR,
    document_date,
    document_text,
    documents_of,
    edges,
    evidence_of,
    fact_date,
    iso,
    label_key,
    merge_evidence,
    observation_order,
    observations,
    ref,
)

# Relations where a later document's list replaces an earlier one (who owns / chairs it now).
LIST_RELATIONS = (RESPONSIBLE, CONTRIBUTES, CHAIR, VICE_CHAIR)
HISTORICAL = re.compile(
    r"\b(?:previously|formerly|former|prior to|until recently|used to|was known as|in its existing guise|"
    r"came to an end|no longer|replac\w*|amalgamat\w*|abolish\w*|merged)\b",
    re.I,
)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(a.isoformat(), b.isoformat()) for a, b in spans_in(text, years=True)]


def _lines(G: nx.MultiDiGraph, ev: dict) -> str:
    text = document_text(G, ev.get("document") or "")
    if not text:
        return ""
    lines = text.splitlines()
    return "\n".join(lines[max(0, ev["line_start"] - 1) : ev["line_end"]])


def effective_date(G: nx.MultiDiGraph, data: dict) -> dict:
    """When a stated change took effect: ``{"date", "until", "source"}``.

    ``source`` is ``"quote"`` (a date in the passage), ``"lines"`` (a date on the lines the
    passage stands on), ``"document"`` (the stating document's date: the change happened by
    then) or None when nothing dates it.

    >>> G = nx.MultiDiGraph()
    >>> effective_date(G, {"evidence": [{"document": "d", "line_start": 1, "line_end": 1,
    ...     "quote": "In 2012 the Police Authority was abolished"}]})
    {'date': '2012-01-01', 'until': '2012-12-31', 'source': 'quote'}
    """
    evs = evidence_of(data)
    for source, texts in (
        ("quote", [ev.get("quote") or "" for ev in evs]),
        ("lines", [_lines(G, ev) for ev in evs]),
    ):
        for text in texts:
            found = _spans(text)
            if found:
                first, last = found[0]
                return {"date": first, "until": last, "source": source}
    stated = fact_date(G, data)
    return {"date": stated, "until": stated, "source": "document" if stated else None}


def replacements(G: nx.MultiDiGraph) -> list[dict]:
    """Every stated replacement: ``{original, result, effective, stated, evidence}`` in time order.

    ``stated`` is the date of the document that says so.

    >>> G = nx.MultiDiGraph(documents={"r.txt": {"date": "2020-03-10"}})
    >>> _ = G.add_edge("slf", "cfws", relation="replaced_by", document="r.txt", evidence=[
    ...     {"document": "r.txt", "line_start": 9, "line_end": 9, "quote": "operational from 1st April 2019"}])
    >>> [(r["original"]["id"], r["effective"]["date"], r["stated"]) for r in replacements(G)]
    [('slf', '2019-04-01', '2020-03-10')]
    """
    found: dict[tuple[str, str], dict] = {}
    for u, v, data in edges(G, REPLACED_BY):
        row = found.setdefault((u, v), {"original": ref(G, u), "result": ref(G, v), "data": []})
        row["data"].append(data)
    rows = []
    for row in found.values():
        datas = row.pop("data")
        dated = [effective_date(G, d) for d in datas]
        best = min(
            dated,
            key=lambda e: ({"quote": 0, "lines": 1, "document": 2, None: 3}[e["source"]], e["date"] or ""),
        )
        stated = [d for d in (fact_date(G, d) for d in datas) if d]
        rows.append(
            row
            | {
                "effective": best,
                "stated": min(stated) if stated else None,
                "evidence": merge_evidence(*(evidence_of(d) for d in datas)),
            }
        )
    return sorted(rows, key=lambda r: (r["effective"]["date"] or "", r["original"]["label"].casefold()))


def _keep(date: str | None, when: str, include_undated: bool) -> bool:
    return date <= when if date else include_undated


def as_at(G: nx.MultiDiGraph, when: str | dt.date, *, include_undated: bool = True) -> nx.MultiDiGraph:
    """The graph as it stood on ``when``: the latest statement of each fact up to that day.

    Facts and observations stated after ``when`` are dropped (undated ones are kept unless
    ``include_undated`` is false). One edge is kept per fact ``(u, v, relation)``: its latest
    statement, with ``first_stated`` and ``statements``. For who-owns lists (responsible,
    contributes, chair, vice-chair) only the latest dated document naming any owner of an item
    counts: an owner it no longer names is dropped. A body replaced by ``when`` carries
    ``replaced_by`` (ids) and ``replaced_on``.

    Examples
    --------
    >>> G = nx.MultiDiGraph(documents={"a": {"date": "2019-01-01"}, "b": {"date": "2020-01-01"}})
    >>> _ = G.add_edge("ann", "pi", relation="responsible", document="a", evidence=[])
    >>> _ = G.add_edge("bob", "pi", relation="responsible", document="b", evidence=[])
    >>> sorted(u for u, _ in as_at(G, "2019-06-30").in_edges("pi")), sorted(u for u, _ in as_at(G, "2020-06-30").in_edges("pi"))
    (['ann'], ['bob'])
    """
    when = iso(when)
    facts: dict[tuple, list[tuple[str | None, dict]]] = defaultdict(list)
    for u, v, data in G.edges(data=True):
        date = fact_date(G, data)
        if _keep(date, when, include_undated):
            facts[(u, v, data.get("relation"))].append((date, data))
    latest_list_doc: dict[tuple, str] = {}
    for (_, v, rel), stated in facts.items():
        if rel in LIST_RELATIONS:
            for date, _ in stated:
                if date and date > latest_list_doc.get((v, rel), ""):
                    latest_list_doc[(v, rel)] = date
    view = nx.MultiDiGraph(**G.graph)
    for (u, v, rel), stated in facts.items():
        newest = max(d or "" for d, _ in stated)
        if rel in LIST_RELATIONS and (v, rel) in latest_list_doc and newest != latest_list_doc[(v, rel)]:
            continue
        stated.sort(key=lambda pair: pair[0] or "")
        date, data = stated[-1]
        for n in (u, v):
            if n not in view:
                view.add_node(n, **G.nodes[n])
        view.add_edge(
            u,
            v,
            **data
            | {
                "evidence": merge_evidence(*(evidence_of(d) for _, d in stated)),
                "first_stated": stated[0][0],
                "statements": len(stated),
            },
        )
    for n, data in G.nodes(data=True):
        kept = [o for o in observations(G, n) if _keep(o.get("date"), when, include_undated)]
        if kept:
            if n not in view:
                view.add_node(n, **data)
            view.nodes[n]["observations"] = kept
        elif n in view and data.get("observations"):
            view.nodes[n]["observations"] = []
        elif n not in view:  # named with no fact about it: kept if a document of that time names it
            named = set(data.get("documents") or ()) | {
                ev.get("document") for ev in data.get("evidence") or ()
            }
            if any(_keep(document_date(G, d), when, include_undated) for d in named - {None}) or (
                not named and include_undated
            ):
                view.add_node(n, **data)
    for r in replacements(view):
        if r["effective"]["date"] and r["effective"]["date"] <= when:
            node = view.nodes[r["original"]["id"]]
            node["replaced_by"] = sorted({*node.get("replaced_by", ()), r["result"]["id"]})
            node["replaced_on"] = r["effective"]["date"]
    view.graph["as_at"] = when
    return view


def _owner_sets(G: nx.MultiDiGraph, relation: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for u, v, _ in edges(G, relation):
        out[v].add(u)
    return out


def _targets(G: nx.MultiDiGraph) -> dict[str, dict]:
    out = {}
    for n in G:
        found = [o for o in observations(G, n) if o.get("measure") == "target" and o.get("value") is not None]
        if found:
            out[n] = max(found, key=observation_order)
    return out


def diff(
    G: nx.MultiDiGraph, since: str | dt.date, until: str | dt.date, *, include_undated: bool = True
) -> dict:
    """What changed between ``since`` and ``until`` (both views from :func:`as_at`).

    Returns
    -------
    dict
        ``replaced``: replacements effective in the window; ``created``: the bodies resulting
        from them, ``{body, date, evidence}``;
        ``newly_named``: bodies first named in the window; ``owners_changed`` and
        ``holders_changed``: ``{item, before, after, evidence}``; ``targets_rebased``:
        ``{item, before, after, evidence}``; ``counts``.

    Examples
    --------
    >>> G = nx.MultiDiGraph(documents={"a": {"date": "2019-01-01"}, "b": {"date": "2020-01-01"}})
    >>> G.add_node("pi", type="indicator", label="PI", observations=[
    ...     {"measure": "target", "value": 40, "document": "a", "date": "2019-01-01", "evidence": []},
    ...     {"measure": "target", "value": 50, "document": "b", "date": "2020-01-01", "evidence": []}])
    >>> [(r["before"], r["after"]) for r in diff(G, "2019-06-01", "2020-06-01")["targets_rebased"]]
    [(40, 50)]
    """
    since, until = iso(since), iso(until)
    before, after = (
        as_at(G, since, include_undated=include_undated),
        as_at(G, until, include_undated=include_undated),
    )
    replaced = [
        r for r in replacements(after) if r["effective"]["date"] and since < r["effective"]["date"] <= until
    ]
    created: dict[str, dict] = {}
    for r in replaced:
        created.setdefault(
            r["result"]["id"],
            {"body": r["result"], "date": r["effective"]["date"], "evidence": r["evidence"]},
        )
    newly_named = [
        {"body": ref(G, n), "evidence": _first_evidence(after, n)}
        for n in sorted(set(after) - set(before), key=lambda n: label_key(G, n))
        if G.nodes[n].get("type") in BODY_TYPES
    ]
    rows = {
        "owners_changed": _changed(G, before, after, RESPONSIBLE),
        "holders_changed": _changed(G, before, after, HOLDS),
    }
    old_targets, new_targets = _targets(before), _targets(after)
    rows["targets_rebased"] = [
        {
            "item": ref(G, n),
            "before": old_targets[n]["value"],
            "after": new_targets[n]["value"],
            "evidence": merge_evidence(evidence_of(old_targets[n]), evidence_of(new_targets[n])),
        }
        for n in sorted(set(old_targets) & set(new_targets), key=lambda n: label_key(G, n))
        if old_targets[n]["value"] != new_targets[n]["value"]
    ]
    out = {
        "since": since,
        "until": until,
        "replaced": replaced,
        "created": sorted(created.values(), key=lambda c: (c["date"], c["body"]["label"].casefold())),
        "newly_named": newly_named,
        **rows,
        "facts": {"before": before.number_of_edges(), "after": after.number_of_edges()},
    }
    counts = {k: len(v) for k, v in out.items() if isinstance(v, list)}
    return out | {"counts": counts}


def _first_evidence(G: nx.MultiDiGraph, n: str) -> list[dict]:
    found = [evidence_of(d) for _, _, d in G.in_edges(n, data=True)] + [
        evidence_of(d) for _, _, d in G.out_edges(n, data=True)
    ]
    return merge_evidence(*found)[:2]


def _changed(
    G: nx.MultiDiGraph, before: nx.MultiDiGraph, after: nx.MultiDiGraph, relation: str
) -> list[dict]:
    """Objects of ``relation`` (items; posts for ``holds``) whose list of subjects changed."""
    old, new = _owner_sets(before, relation), _owner_sets(after, relation)
    rows = []
    for n in sorted(set(old) & set(new), key=lambda n: label_key(G, n)):
        if old[n] != new[n]:
            evidence = [
                evidence_of(d) for u, _, d in after.in_edges(n, data=True) if d.get("relation") == relation
            ]
            evidence += [
                evidence_of(d) for u, _, d in before.in_edges(n, data=True) if d.get("relation") == relation
            ]
            rows.append(
                {
                    "item": ref(G, n),
                    "before": [ref(G, o) for o in sorted(old[n], key=lambda o: label_key(G, o))],
                    "after": [ref(G, o) for o in sorted(new[n], key=lambda o: label_key(G, o))],
                    "evidence": merge_evidence(*evidence),
                }
            )
    return rows


CONTINUED = ("-", "\u2013", "\u2014", ":")  # a line ending so runs on into the next


def _looks_back(text: str, until: str, include_historical: bool) -> bool:
    """The passage speaks of the time up to the replacement: it carries a date on or before
    ``until``, or (unless ``include_historical``) words like "previously"."""
    if any(last <= until for _, last in _spans(text)):
        return True
    return not include_historical and bool(HISTORICAL.search(text))


def _excerpt(line: str, start: int, end: int, context: int) -> str:
    """The words of ``line`` within ``context`` characters of ``start:end`` (whole words only)."""
    start = line.find(" ", start - context, start) + 1 or start - context if start > context else 0
    if len(line) - end > context:
        cut = line.rfind(" ", end, end + context)
        end = cut if cut > 0 else end + context
    else:
        end = len(line)
    return line[start:end].strip()


def _names(G: nx.MultiDiGraph, n: str) -> list[re.Pattern]:
    data = G.nodes[n]
    names = {data.get("label") or "", *(data.get("aliases") or ())}
    return [
        re.compile(r"(?<![\w'])" + re.escape(name) + r"(?![\w'])")
        for name in sorted(names, key=len, reverse=True)
        if len(name) >= 3
    ]


def mentioned_after_replacement(
    G: nx.MultiDiGraph, *, texts: bool = True, include_historical: bool = False, context: int = 160
) -> dict:
    """Bodies named after the date they were replaced.

    A *fact* about the replaced body stated in a document dated after the replacement took
    effect counts; with ``texts`` (document texts in ``G.graph["documents"]``), so does a line
    of such a document that names the body (label or alias, as written). Lines of the passage
    stating the replacement, passages dated on or before the replacement (a line ending in a
    dash or colon dates the line after it too), and (unless ``include_historical``) passages
    speaking of the past ("previously", "until recently", "came to an end"...) are left out,
    for facts and lines alike.

    Returns
    -------
    dict
        ``bodies``: ``{body, replaced_by, effective, mentions}`` for each body named later;
        a mention is ``{document, date, via ("fact"|"text"), relation, evidence}``; ``counts``.

    Examples
    --------
    >>> G = nx.MultiDiGraph(documents={"a": {"date": "2019-06-01"}, "b": {"date": "2020-06-01"}})
    >>> G.add_nodes_from([("slf", {"type": "service", "label": "SLF"}), ("cfws", {"type": "service"})])
    >>> _ = G.add_edge("slf", "cfws", relation="replaced_by", document="a", evidence=[])
    >>> _ = G.add_edge("council", "slf", relation="contributes", document="b", evidence=[])
    >>> out = mentioned_after_replacement(G)
    >>> [(r["body"]["id"], [m["document"] for m in r["mentions"]]) for r in out["bodies"]]
    [('slf', ['b'])]
    """
    statement_lines: dict[str, set[int]] = defaultdict(set)
    for _, _, data in edges(G, REPLACED_BY):
        for ev in evidence_of(data):
            statement_lines[ev["document"]].update(range(ev["line_start"], ev["line_end"] + 1))
    documents = G.graph.get("documents") or {}
    rows = []
    for r in replacements(G):
        body, until = r["original"]["id"], r["effective"]["until"]
        if not until:
            continue
        mentions: dict[tuple, dict] = {}
        for u, v, data in list(G.in_edges(body, data=True)) + list(G.out_edges(body, data=True)):
            date = fact_date(G, data)
            if data.get("relation") == REPLACED_BY or not date or date <= until:
                continue
            quotes = " ".join(ev.get("quote") or "" for ev in evidence_of(data))
            if _looks_back(quotes, until, include_historical):
                continue
            for doc in sorted(documents_of(data)):
                other = v if u == body else u
                key = (doc, "fact", data.get("relation"), other)
                found = mentions.setdefault(
                    key,
                    {
                        "document": doc,
                        "date": document_date(G, doc) or date,
                        "via": "fact",
                        "relation": data.get("relation"),
                        "other": ref(G, other),
                        "evidence": [],
                    },
                )
                found["evidence"] = merge_evidence(found["evidence"], evidence_of(data))
        if texts:
            patterns = _names(G, body)
            for doc, info in sorted(documents.items()):
                date = iso(info.get("date"))
                if not date or date <= until or not info.get("text") or not patterns:
                    continue
                previous = ""
                for number, line in enumerate(info["text"].splitlines(), start=1):
                    joined = previous + " " + line if previous.rstrip().endswith(CONTINUED) else line
                    previous = line if line.strip() else previous
                    if number in statement_lines.get(doc, ()):
                        continue
                    hit = next((m for p in patterns if (m := p.search(line))), None)
                    if hit is None or _looks_back(joined, until, include_historical):
                        continue
                    quote = _excerpt(line, hit.start(), hit.end(), context)
                    mentions[(doc, "text", number)] = {
                        "document": doc,
                        "date": date,
                        "via": "text",
                        "relation": None,
                        "other": None,
                        "evidence": [
                            {"document": doc, "line_start": number, "line_end": number, "quote": quote}
                        ],
                    }
        if mentions:
            ordered = sorted(
                mentions.values(),
                key=lambda m: (
                    m["date"],
                    m["document"],
                    m["evidence"][0]["line_start"] if m["evidence"] else 0,
                ),
            )
            rows.append(
                {
                    "body": r["original"],
                    "replaced_by": r["result"],
                    "effective": r["effective"],
                    "replacement_evidence": r["evidence"],
                    "mentions": ordered,
                }
            )
    return {
        "bodies": rows,
        "counts": {"bodies": len(rows), "mentions": sum(len(r["mentions"]) for r in rows)},
    }


def document_timeline(G: nx.MultiDiGraph) -> list[dict]:
    """Each document with its date and how many facts it states, in time order (undated last).

    >>> G = nx.MultiDiGraph(documents={"a": {"date": "2019-01-01", "title": "A"}})
    >>> _ = G.add_edge("x", "y", relation="member", document="a", evidence=[])
    >>> document_timeline(G)
    [{'document': 'a', 'title': 'A', 'date': '2019-01-01', 'facts': 1}]
    """
    facts: dict[str, int] = defaultdict(int)
    for _, _, data in G.edges(data=True):
        for doc in documents_of(data):
            facts[doc] += 1
    docs = dict(G.graph.get("documents") or {})
    for doc in facts:
        docs.setdefault(doc, {})
    rows = [
        {
            "document": d,
            "title": (info or {}).get("title"),
            "date": iso((info or {}).get("date")),
            "facts": facts.get(d, 0),
        }
        for d, info in docs.items()
    ]
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["document"]))


def timeline(
    G: nx.MultiDiGraph, *, since: str | dt.date | None = None, until: str | dt.date | None = None
) -> dict:
    """Documents in time order, every replacement, bodies named after replacement and, with
    ``since``, the diff from ``since`` to ``until`` (default: the latest document date).

    >>> sorted(timeline(nx.MultiDiGraph()))
    ['diff', 'documents', 'mentioned_after_replacement', 'replacements']
    """
    documents = document_timeline(G)
    if since is not None and until is None:
        dated = [d["date"] for d in documents if d["date"]]
        until = max(dated) if dated else iso(since)
    return {
        "documents": documents,
        "replacements": replacements(G),
        "mentioned_after_replacement": mentioned_after_replacement(G),
        "diff": diff(G, since, until) if since is not None else None,
    }
