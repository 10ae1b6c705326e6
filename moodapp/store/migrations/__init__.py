"""Numbered schema migrations, applied in order by peewee's migration runner."""
