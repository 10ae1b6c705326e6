"""Moving a journal in and out: import, export and the Daylio import."""
