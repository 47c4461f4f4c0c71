"""Reports: PDF (reportlab: a shared page template and the CJK font) and CSV documents the workstation writes."""
