"""Audio-visual records: ingest from the docks, the 24-hour clock, interruptions, playback and the A/V rules (Art.
19–24)."""
