"""moodapp's benchmark: `python -m bench` from the project root, in the project's venv.

Numbers are wall-clock medians of repeated runs on synthetic, seeded data; they
are written to bench/results.json and printed as a table. The test suite holds
no timed assertions: this is where speed is measured.
"""
