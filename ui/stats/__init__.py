"""The dashboard and its dialogs."""
