"""Tether: an offline desktop reader for reflective psychology articles."""

__version__ = "0.1.0"
