"""The only layer that talks to the store: loading, provenance, queries, analytics, exports."""
