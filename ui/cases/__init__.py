"""The case pages: case list, case detail, forms and document history."""
