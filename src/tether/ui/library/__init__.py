"""File › Library and related-reading links: a feature installed on a WindowHost."""
