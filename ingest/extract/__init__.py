"""Partnership Graph."""
