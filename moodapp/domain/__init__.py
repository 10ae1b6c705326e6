"""Plain data and rules of the journal: entries, the emotion catalogue, validation.

Nothing here imports Qt, peewee or anything that touches a disk.
"""
