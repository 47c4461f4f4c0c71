"""Pages of the spine: users and the audit trail."""
