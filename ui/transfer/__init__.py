"""Pages of transfer (移交) and receipt (接收) of archival packages."""
