"""The JSON-LD ``@context`` of the API's JSON: entity answers read as the triples the store holds.

With it, ``{"id": "org-opcc", "type": "organisation", "label": ..., "aliases": [...], "code": ...}``
expands to ``<base>org-opcc`` with ``rdf:type org:Organization`` (the class :data:`graph.rdf.CLASS_OF`
gives the type), ``skos:prefLabel`` the label, ``skos:altLabel`` each alias and ``skos:notation``
the code. Links of an entity page map to their predicates (``posts`` -> ``org:holds``,
``organisations`` -> ``pg:worksFor``, ``replaced_by`` / ``replaces`` -> ``dcterms:isReplacedBy``).
Keys that describe an answer rather than an entity (``results``, ``evidence``, ``members`` ...) are
not mapped, so a JSON-LD processor leaves them out.

``type`` is ``rdf:type`` with vocabulary values, and the type names are defined only in its
property-scoped context: so an answer key such as ``group`` or ``indicator`` never reads as a class.

``@base`` is the build's base IRI. JSON-LD ignores ``@base`` in a context fetched from a URL (a
remote context), so a processor that follows the ``Link`` header should be given the base IRI as
its ``base`` option, or be handed this context itself (``expandContext``); never fetch it remotely
to read the API's own answers offline.
"""

from __future__ import annotations

from ingest.model import Kind, Rel

from .namespaces import DCTERMS, ORG, PG, RDF, SKOS, XSD
from .rdf import CLASS_OF, PREDICATE_OF

MEDIA_TYPE = "application/ld+json"
LINK_REL = "http://www.w3.org/ns/json-ld#context"


def context(base: str) -> dict:
    """The document served at ``/api/v1/context.jsonld``: ``{"@context": {...}}`` for ``base``."""
    return {
        "@context": {
            "@version": 1.1,
            "@base": base,
            "pg": PG,
            "org": ORG,
            "skos": SKOS,
            "dcterms": DCTERMS,
            "xsd": XSD,
            "id": "@id",
            "type": {
                "@id": RDF + "type",
                "@type": "@vocab",
                "@context": {kind.value: CLASS_OF[kind] for kind in Kind},
            },
            "label": SKOS + "prefLabel",
            "aliases": {"@id": SKOS + "altLabel", "@container": "@set"},
            "code": SKOS + "notation",
            "posts": {"@id": PREDICATE_OF[Rel.HOLDS], "@container": "@set"},
            "organisations": {"@id": PREDICATE_OF[Rel.WORKS_FOR], "@container": "@set"},
            "replaced_by": {"@id": PREDICATE_OF[Rel.REPLACED_BY], "@container": "@set"},
            "replaces": {"@reverse": PREDICATE_OF[Rel.REPLACED_BY], "@container": "@set"},
        }
    }
