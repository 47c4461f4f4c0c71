"""Hand-made mutants: each removes one guarantee, and the tests meant to catch it must then fail."""
