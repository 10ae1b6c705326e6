"""The Insights view, the weekly reflection and the printable report."""
