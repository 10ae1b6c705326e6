"""Editing the emotions, triggers and tags a person chooses from."""
