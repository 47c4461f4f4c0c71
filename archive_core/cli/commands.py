"""The CLI's subcommand modules: each has register(subparsers); one line per area."""

COMMAND_MODULES = [
    "archive_core.cli.users_cmd",
    "archive_core.cli.vault_cmd",
    "archive_core.cli.audit_cmd",
    "archive_core.cli.keys_cmd",
    "archive_core.cli.devices_cmd",
    "archive_core.cli.officers_cmd",
    "archive_core.cli.cases_cmd",
    "archive_core.cli.av_cmd",
    "archive_core.cli.volumes_cmd",
    "archive_core.cli.check_cmd",
    "archive_core.cli.discs_cmd",
    "archive_core.cli.retention_cmd",
    "archive_core.cli.reports_cmd",
    "archive_core.cli.custody_cmd",
    "archive_core.cli.transfer_cmd",
]
