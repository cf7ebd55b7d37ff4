"""Benchmarks, run from the project's root: ``python -m bench.run`` (the knowledge layer) and
``python -m bench.e2e`` (the running bot)."""
