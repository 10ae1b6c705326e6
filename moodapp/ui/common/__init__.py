"""What the whole window shares: words, dates, form parts and small widgets."""
