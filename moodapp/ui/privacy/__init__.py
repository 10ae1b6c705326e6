"""Keeping the journal safe: encryption, the lock, backups, restore and deleting all data."""
