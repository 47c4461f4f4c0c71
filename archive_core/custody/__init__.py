"""Custody: backups of the vault, catalogue and keys to a second place, their register, and restore from them."""
