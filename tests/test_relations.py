"""The relation table (ontology/relations.yaml): every layer's relations come from it, and the
ontology, the SHACL shapes, pages, pictures and exports agree with it."""

from __future__ import annotations

import pickle

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from test_shapes import make_resolved, quads_of

import graph.rdf
import graph.views
import ontology
from graph.analytics import _common
from graph.export import RELATION_COLUMNS, readme_rows
from graph.namespaces import PREFIXES
from graph.projection import RELATIONS, WITHIN
from graph.validate import load_shapes, relation_shapes, validate_graph
from ingest.model import Claim, Kind, Rel
from ontology import relations
from viz.style import EDGE_STYLE, edge_style

TABLE = relations.table()
CLAIMED = [r for r in TABLE if r.claim]


def vocabulary() -> Graph:
    g = Graph()
    for _, source in ontology.vocabulary():
        g.parse(data=source, format="turtle")
    return g


def test_names_and_predicates_are_unique_and_kinds_known():
    assert len({r.name for r in TABLE}) == len({r.predicate for r in TABLE}) == len(TABLE) >= 14
    kinds = {k.value for k in Kind}
    for r in TABLE:
        assert r.domain and set(r.domain) <= kinds, r.name
        assert r.range and set(r.range) <= kinds, r.name
        assert r.label and r.inverse and r.edge.legend, r.name
        assert r.edge.colour.startswith("#") and r.edge.width > 0, r.name


def test_the_table_prefixes_are_the_project_namespaces():
    for prefix, iri in relations.prefixes().items():
        assert PREFIXES[prefix] == iri


def test_a_term_with_an_unknown_prefix_is_an_error():
    try:
        relations.expand("nope:thing")
    except ValueError as e:
        assert "nope:thing" in str(e)
    else:
        raise AssertionError("an unknown prefix was accepted")


def test_rel_is_the_claimed_relations_of_the_table():
    assert [r.value for r in Rel] == [r.name for r in CLAIMED]
    assert "funds" not in {r.value for r in Rel}  # written from funding flows, never claimed
    assert Rel("vice_chair") is Rel.VICE_CHAIR and Rel.CHAIR == "chair"
    assert pickle.loads(pickle.dumps(Rel.MEMBER)) is Rel.MEMBER  # facts are cached as pickles


def test_every_layer_reads_the_table():
    assert {Rel(r.name): r.predicate for r in CLAIMED} == graph.rdf.PREDICATE_OF
    assert relations.by_name()["funds"].predicate == graph.rdf.FUNDS
    for r in TABLE:
        assert graph.views.relation_label(r.predicate) == r.label
        assert graph.views.relation_label(r.predicate, inverse=True) == r.inverse
        assert edge_style(r.predicate) == (r.edge.dashed, r.edge.width, r.edge.colour, r.edge.legend)
    assert list(EDGE_STYLE) == [r.local_name for r in TABLE]  # the legend's order is the table's
    assert tuple(r.name for r in TABLE) == RELATIONS
    assert {"part_of", "priority_of", "indicator_of", "subgroup_of"} == WITHIN
    assert (_common.CHAIR, _common.VICE_CHAIR, _common.FUNDS) == ("chair", "vice_chair", "funds")
    assert _common.SEATS == ("member", "chair", "vice_chair")
    assert tuple(relations.by_name()[name].predicate for name in _common.SEATS) == graph.views.SEATS
    assert all(f"<{p}>" in graph.views.Q_GOVERNANCE for p in graph.views.SEATS)


def test_the_export_readme_explains_every_relation():
    explained = dict((row[0], row[1]) for row in readme_rows())
    assert "relation" in RELATION_COLUMNS
    for r in TABLE:
        assert explained[r.name] == f"<source> {r.label} <target>"


def test_every_pg_relation_is_declared_from_the_table():
    vocab = vocabulary()
    for r in TABLE:
        term = URIRef(r.predicate)
        if not r.predicate.startswith(PREFIXES["pg"]):
            continue  # a W3C ORG or DCTERMS term, declared by its own vocabulary
        assert (term, RDF.type, OWL.ObjectProperty) in vocab, r.name
        assert vocab.value(term, RDFS.label) == Literal(r.label, lang="en"), r.name
        assert vocab.value(term, RDFS.comment) is not None, r.name
    chair = URIRef(relations.by_name()["chair"].predicate)
    assert (chair, RDFS.subPropertyOf, URIRef(PREFIXES["org"] + "headOf")) in vocab
    # a pg: relation's declaration lives in the table only: partnership.ttl does not repeat it
    ttl = Graph().parse(data=ontology.path("partnership.ttl").read_bytes(), format="turtle")
    declared_here = {URIRef(r.predicate) for r in TABLE if r.comment}
    assert len(declared_here) >= 7
    assert not set(ttl.subjects(RDF.type, OWL.ObjectProperty)) & declared_here


def _path_predicates(g: Graph, node) -> set[URIRef]:
    """Every predicate a SHACL property path uses (sequences, inverse and alternative paths)."""
    if isinstance(node, URIRef):
        return {node}
    found: set[URIRef] = set()
    for p in (SH.inversePath, SH.alternativePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath):
        for inner in g.objects(node, p):
            found |= _path_predicates(g, inner)
    if (node, RDF.first, None) in g:
        for item in g.items(node):
            found |= _path_predicates(g, item)
    return found


def _shape_predicates(g: Graph) -> set[URIRef]:
    found: set[URIRef] = set()
    for path in g.objects(None, SH.path):
        found |= _path_predicates(g, path)
    for target in (SH.targetSubjectsOf, SH.targetObjectsOf):
        found |= {p for p in g.objects(None, target) if isinstance(p, URIRef)}
    return found


def test_every_relation_has_its_domain_and_range_shape():
    shapes = relation_shapes()
    for r in TABLE:
        predicate = URIRef(r.predicate)
        assert len(list(shapes.subjects(SH.targetSubjectsOf, predicate))) == 1, r.name
        assert len(list(shapes.subjects(SH.targetObjectsOf, predicate))) == 1, r.name
    named = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert named <= set(load_shapes().subjects(RDF.type, SH.NodeShape))  # the default shapes include them


def test_no_shape_names_a_relation_the_table_lacks():
    """A shape's predicate is a relation of the table, or a property of the nodes graph/rdf.py writes
    (statements, evidence, flows, observations, memberships) or of an entity (label, mention)."""
    resolved = make_resolved()
    claim = resolved.documents[0].claims[0]  # and a replacement, written with its org:ChangeEvent node
    resolved.documents[0].claims.append(
        Claim(claim.object, Rel.REPLACED_BY, claim.subject, claim.evidence, "x")
    )
    written = {URIRef(q.predicate.value) for q in quads_of(resolved)}
    in_table = {URIRef(r.predicate) for r in TABLE}
    for name in ("shapes.ttl", "governance.ttl"):
        g = Graph().parse(data=ontology.path(name).read_bytes(), format="turtle")
        named = _shape_predicates(g)
        assert named, name
        unknown = named - in_table - written - {RDF.type}
        assert not unknown, f"{name} names {sorted(unknown)}, neither in the relation table nor written"


def _claim_graph(subject_class: str, predicate: str, object_class: str) -> Graph:
    g = Graph()
    s, o = URIRef("https://example.org/id/s"), URIRef("https://example.org/id/o")
    g.add((s, RDF.type, URIRef(subject_class)))
    g.add((o, RDF.type, URIRef(object_class)))
    g.add((s, URIRef(predicate), o))
    return g


def test_a_claim_joining_types_the_table_does_not_expect_is_a_warning():
    chair = relations.by_name()["chair"]
    person, group = graph.rdf.CLASS_OF[Kind.PERSON], graph.rdf.CLASS_OF[Kind.GROUP]
    indicator = graph.rdf.CLASS_OF[Kind.INDICATOR]
    shapes = relation_shapes()

    fine = validate_graph(_claim_graph(person, chair.predicate, group), shapes=shapes)
    assert fine.conforms and "Warning" not in fine.text

    odd = validate_graph(_claim_graph(indicator, chair.predicate, group), shapes=shapes)
    assert odd.conforms and odd.violations == 0  # a warning, not a broken graph
    assert "relation chair: the subject is not a person / post / organisation" in odd.text

    backwards = validate_graph(_claim_graph(person, chair.predicate, indicator), shapes=shapes)
    assert "relation chair: the object is not a group" in backwards.text


def test_shape_nodes_are_named_after_their_relation():
    shapes = relation_shapes()
    names = {str(s).rsplit("#", 1)[-1] for s in shapes.subjects(RDF.type, SH.NodeShape)}
    assert names == {f"relation-{r.name}-{end}" for r in TABLE for end in ("domain", "range")}
    assert all(not isinstance(s, BNode) for s in shapes.subjects(RDF.type, SH.NodeShape))
