"""The Settings dialog and the settings kept on this computer."""
