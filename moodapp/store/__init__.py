"""The journal database: opening it safely, its rows, and reading and writing them.

Only ``services`` (and tests) use this package.
"""
