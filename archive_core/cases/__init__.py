"""Case files: cases, their checklists and text records, import, and the compliance engine (Art. 2, 8–18, 20, 30)."""
