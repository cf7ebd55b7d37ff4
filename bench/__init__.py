"""Benchmarks: ``bench/run.py`` (the knowledge layer) and ``python -m bench.e2e`` (the running bot)."""
