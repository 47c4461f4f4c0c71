"""The audit trail: hash chain, signed checkpoints, browsing and action names (Art. 5, 7, 27, 31)."""
