"""Archiving: volumes and archive codes, evidence discs and the disc register (Art. 26)."""
