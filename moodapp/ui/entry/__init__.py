"""The Entry view: the check-in and episode forms, the recent list, finding and editing."""
