"""The evidence vault: content-addressed write-once storage and its fixity (Art. 7, 24, 27)."""
