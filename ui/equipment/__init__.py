"""The equipment room pages and dialogs."""
