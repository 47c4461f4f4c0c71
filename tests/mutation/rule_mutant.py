"""A pytest plugin for the mutation check: ``ARCHIVE_WS_MUTANT_RULE=<code>`` makes that compliance rule find nothing.

Used by tests/mutation/mutation_check.py (``-p tests.mutation.rule_mutant``); without the variable it does nothing."""

from __future__ import annotations

import dataclasses
import os

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    code = os.environ.get("ARCHIVE_WS_MUTANT_RULE")
    if not code:
        return
    from archive_core.cases.compliance import engine

    engine.load_rules()
    engine._RULES[code] = dataclasses.replace(engine._RULES[code], fn=lambda ctx: iter(()))
