"""Every namespace the project uses, in one place (as plain IRI prefixes)."""

PG = "https://w3id.org/partnership-graph/ontology#"
DEFAULT_BASE = "https://w3id.org/partnership-graph/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
QB = "http://purl.org/linked-data/cube#"
OA = "http://www.w3.org/ns/oa#"
SH = "http://www.w3.org/ns/shacl#"
CNT = "http://www.w3.org/2011/content#"

PREFIXES = {
    "pg": PG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "org": ORG,
    "foaf": FOAF,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "qb": QB,
    "oa": OA,
    "sh": SH,
}


def sparql_prefixes() -> str:
    """The PREFIX lines every query in the project starts with."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
