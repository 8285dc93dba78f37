"""One typed settings object, validated at start-up. Environment variables ``PGRAPH_*`` override."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from .namespaces import DEFAULT_BASE


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PGRAPH_", extra="forbid")

    store: str = Field(
        "var/store",
        description="Embedded store directory, or a SPARQL 1.1 endpoint as sparql+http://host:port/query.",
    )
    store_update: str | None = Field(
        None,
        description="SPARQL 1.1 Update URL of a remote store (default: .../update beside .../query, "
        "else the query URL); used only by ingest.",
    )
    store_gsp: str | None = Field(
        None,
        description="Graph Store Protocol URL of a remote store (default: .../store beside .../query, "
        "as on Oxigraph server); ingest PUTs each document's graph there.",
    )
    base_iri: str = Field(
        DEFAULT_BASE, description="Base IRI under which every entity, document and graph is minted."
    )
    curation: Path | None = Field(
        None, description="Curation YAML applied at every build (merges, aliases, rejections)."
    )
    host: str = Field("127.0.0.1", description="Address the API listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port the API listens on.")
    query_timeout: float = Field(
        30.0, gt=0, description="Seconds a SPARQL query may run before it is stopped."
    )
    row_cap: int = Field(
        10_000, gt=0, description="Most rows a SPARQL answer may have; more is an error, never a silent cut."
    )
    max_query_length: int = Field(
        20_000, gt=0, description="Longest SPARQL query text accepted, in characters."
    )
    max_nesting: int = Field(64, gt=0, description="Deepest bracket nesting accepted in a SPARQL query.")
    sparql_workers: int = Field(
        2, ge=1, le=64, description="Worker processes running /sparql and canned queries (one per core)."
    )
    rest_workers: int = Field(
        2,
        ge=1,
        le=64,
        description="Worker processes running the REST routes' reads (each stopped at request_timeout).",
    )
    sparql_worker_memory_mb: int = Field(
        2048,
        ge=0,
        description="Memory cap of each SPARQL worker in MiB, above what it holds once started (0: none).",
    )
    client_budget_seconds: float = Field(
        60.0, gt=0, description="SPARQL query seconds one client address may use per minute (429 past it)."
    )
    client_queries: int = Field(
        10,
        ge=1,
        description="SPARQL queries one client address may have running or waiting at once (429 past it); "
        "one client holds at most all workers but one.",
    )
    sparql_max_body: int = Field(
        262_144, gt=0, description="Largest /sparql POST body in bytes (413 past it)."
    )
    sparql_max_url: int = Field(
        8_192, gt=0, description="Longest /sparql GET query string in bytes (414 past it: use POST)."
    )
    sparql_max_answer_bytes: int = Field(
        50_000_000, gt=0, description="Largest SPARQL answer, in bytes of term text; more is an error."
    )
    search_limit: int = Field(50, gt=0, description="Most results a search may ask for.")
    request_timeout: float = Field(
        60.0, gt=0, description="Seconds a REST or page route may take before it answers 503 (not /sparql)."
    )

    @field_validator("base_iri")
    @classmethod
    def _base_ends_with_separator(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")) or not v.endswith(("/", "#")):
            raise ValueError("base_iri must be an http(s) IRI ending in '/' or '#'")
        return v
