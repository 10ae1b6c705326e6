"""Help: the help window, help lines and the "Need help now?" window."""
