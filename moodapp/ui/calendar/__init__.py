"""The Calendar view: a month and a year of moods and tears, and the day beside them."""
