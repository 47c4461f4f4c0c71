"""The retention page and its dialogs."""
