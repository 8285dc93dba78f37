"""Documents to plain fact objects with evidence. Knows nothing of RDF or the store."""
