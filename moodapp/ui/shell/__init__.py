"""The application and its main window: start-up, the journal controller, errors, the tray."""
