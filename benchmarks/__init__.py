"""Tether's performance benchmark: ``python -m benchmarks`` (see ``benchmarks/run.py``)."""
