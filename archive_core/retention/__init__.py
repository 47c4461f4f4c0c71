"""Retention: the schedule, legal holds and two-person disposal (Art. 25, 27)."""
