"""Reports: each builds a Table from records; ``render/`` turns any Table into any format."""
