"""The shell of the window: application start, sign-in, main window and navigation."""
