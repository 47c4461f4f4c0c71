"""The equipment room: devices, check-out and check-in, maintenance, stock-taking (Art. 25, 29)."""
