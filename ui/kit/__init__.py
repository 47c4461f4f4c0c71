"""Widgets and helpers every page shares: task runner, table models and views, errors, dialogs, charts."""
