"""moodapp's benchmark: `python -m bench` from the project root, in the project's venv.

Numbers are wall-clock medians of repeated runs on seeded demo journals of 1, 10
and 40 years, each against its reference in the same run; they are printed as a
table and written to bench/results.json, which git ignores (docs/performance.md
tells the rest). The test suite holds no timed assertions: this is where speed is
measured.
"""
