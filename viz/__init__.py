"""Network pictures: pure functions from graph data to a self-contained HTML string."""
