"""PDF reports (reportlab): a shared page template and CJK font, and the reports built on it."""
