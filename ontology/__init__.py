"""The schema as data: the vocabulary, the RAG code list and the SHACL shapes, as Turtle files."""

from importlib.resources import files


def path(name: str):
    """A Turtle file of this package, e.g. ``path("shapes.ttl")``."""
    return files(__package__) / name
