"""Figures: the dashboard, findings by article, the statistics pack and the Art. 31 register."""
