"""Reports: PDF and CSV documents the workstation writes."""
