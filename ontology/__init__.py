"""The schema as data: the vocabulary, the RAG code list, the relation table and the SHACL shapes."""

from importlib.resources import files

from .relations import declarations

VOCABULARY_FILES = ("partnership.ttl", "rag.ttl")


def path(name: str):
    """A file of this package, e.g. ``path("shapes.ttl")``."""
    return files(__package__) / name


def vocabulary() -> list[tuple[str, bytes]]:
    """The vocabulary as Turtle documents ``(name, bytes)``: the files, and the relations declared
    from the relation table (:func:`ontology.relations.declarations`)."""
    sources = [(name, path(name).read_bytes()) for name in VOCABULARY_FILES]
    return [*sources, ("relations.yaml", declarations().encode("utf-8"))]
