"""Repairing a damaged data file: check it, set it aside, salvage its rows, and merge them
with the newest good backup. Never deletes what it cannot read."""
