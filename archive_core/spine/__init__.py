"""The spine every area stands on: users and roles, the workstation, errors, paths, the clock, the vault and the
audit trail."""
