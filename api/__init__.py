"""FastAPI application (REST, SPARQL, HTML pages) and the ``pgraph`` command line."""
