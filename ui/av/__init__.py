"""The A/V pages: ingest monitor, A/V records, player, interruptions and A/V settings."""
