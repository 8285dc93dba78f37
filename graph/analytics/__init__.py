"""Governance analytics over a projected graph, networkx-style: one topic per module, each
function ``f(G, *, options) -> dict`` of plain data, every finding with its evidence.

========================  =====================================================================
:mod:`.gaps`              items with no owner, priorities with no indicator, indicators with no
                          target or recent value
:mod:`.concentration`     owners of the most items, single points of failure, organisations'
                          centrality across groups
:mod:`.structure`         groups with no reporting line, reporting cycles, reporting chains
:mod:`.rag`               RAG statuses recomputed from actual and target, unchanged statuses,
                          missing actuals
:mod:`.contradictions`    the same item with different owners, amounts or targets across documents
:mod:`.timeline`          the graph as at a date, what changed between two dates, bodies named
                          after they were replaced
========================  =====================================================================

The graph's shape is described in :mod:`graph.analytics._common`.
"""

from .concentration import concentration, organisation_centrality, owner_load, single_points_of_failure
from .contradictions import amount_contradictions, contradictions, owner_contradictions, target_contradictions
from .gaps import gaps, indicator_gaps, ownership_gaps, priorities_without_indicator
from .rag import direction, expected_status, rag, rag_integrity
from .structure import reporting_chain, reporting_chains, reporting_cycles, structure, unattached_groups
from .timeline import (
    as_at,
    diff,
    document_timeline,
    effective_date,
    mentioned_after_replacement,
    replacements,
    timeline,
)

__all__ = [
    "amount_contradictions",
    "as_at",
    "concentration",
    "contradictions",
    "diff",
    "direction",
    "document_timeline",
    "effective_date",
    "expected_status",
    "gaps",
    "indicator_gaps",
    "mentioned_after_replacement",
    "organisation_centrality",
    "owner_contradictions",
    "owner_load",
    "ownership_gaps",
    "priorities_without_indicator",
    "rag",
    "rag_integrity",
    "replacements",
    "reporting_chain",
    "reporting_chains",
    "reporting_cycles",
    "single_points_of_failure",
    "structure",
    "target_contradictions",
    "timeline",
    "unattached_groups",
]
