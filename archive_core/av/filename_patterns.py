"""Extract device id, officer number and start time from recording file names by configurable patterns (Art. 24)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from archive_core.spine.errors import QT_TRANSLATE_NOOP, ValidationError
from resources import CATALOGUES

DEFAULT_PATH = CATALOGUES / "filename_patterns.json"
# File systems cap names at 255 bytes; anything longer did not come from a device and is not worth matching.
MAX_NAME_CHARS = 255
_TIME_GROUPS = ({"datetime"}, {"date", "time"})


@dataclass(frozen=True, slots=True)
class FilenamePattern:
    id: str
    regex: re.Pattern[str]
    datetime_format: str
    extensions: frozenset[str]
    description: str = ""
    examples: tuple[dict[str, str], ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class FilenameFacts:
    """What a file name says. ``recorded_at`` is the device's wall-clock time, naive on purpose: the caller applies
    the device's configured zone."""

    pattern_id: str
    recorded_at: datetime
    device: str | None = None
    officer: str | None = None
    seq: str | None = None


def _invalid(source: object, reason: str) -> ValidationError:
    return ValidationError(
        hint=QT_TRANSLATE_NOOP("errors", "Fix the file-name pattern catalogue {source} and restart."),
        reason=reason,
        source=str(source),
    )


def _build(entry: dict[str, Any], extensions: frozenset[str], source: object) -> FilenamePattern:
    pattern_id = entry.get("id") or "?"
    try:
        regex = re.compile(entry["regex"], re.ASCII)
        fmt = entry["datetime_format"]
    except KeyError as exc:
        raise _invalid(source, f"pattern {pattern_id} lacks {exc.args[0]!r}") from None
    except re.error as exc:
        raise _invalid(source, f"pattern {pattern_id} has a bad regex: {exc}") from None
    groups = set(regex.groupindex)
    if not any(needed <= groups for needed in _TIME_GROUPS):
        raise _invalid(source, f"pattern {pattern_id} needs a 'datetime' group or 'date' and 'time' groups")
    own = entry.get("extensions")
    return FilenamePattern(
        id=pattern_id,
        regex=regex,
        datetime_format=fmt,
        extensions=frozenset(e.lower() for e in own) if own else extensions,
        description=entry.get("description", ""),
        examples=tuple(entry.get("examples", ())),
    )


def load_patterns(path: str | os.PathLike[str] | None = None) -> list[FilenamePattern]:
    """Patterns from a JSON catalogue (the shipped one by default), in the order they are tried."""
    source = Path(path) if path is not None else DEFAULT_PATH
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        extensions = frozenset(e.lower() for e in data.get("extensions", ()))
        entries = data["patterns"]
    except OSError as exc:
        raise _invalid(source, f"cannot read it: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise _invalid(source, f"not a pattern catalogue: {exc}") from None
    patterns = [_build(entry, extensions, source) for entry in entries]
    ids = [p.id for p in patterns]
    if len(set(ids)) != len(ids):
        raise _invalid(source, "two patterns share an id")
    return patterns


NameArg = str | bytes | os.PathLike[str] | os.PathLike[bytes]


def _as_name(name: NameArg) -> str:
    # Undecodable bytes become lone surrogates (surrogateescape): they simply never match an ASCII pattern.
    return os.path.basename(os.fsdecode(name))


def match(name: NameArg, patterns: list[FilenamePattern]) -> FilenameFacts | None:
    """Facts from the first pattern that fits ``name`` (a file name or path), or None. Never raises on odd names."""
    base = _as_name(name)
    if len(base) > MAX_NAME_CHARS:
        return None
    stem, dot, ext = base.rpartition(".")
    if not dot:
        return None
    ext = ext.lower()
    for pattern in patterns:
        if ext not in pattern.extensions:
            continue
        m = pattern.regex.fullmatch(stem)
        if m is None:
            continue
        groups = m.groupdict()
        text = groups.get("datetime") or f"{groups.get('date')}T{groups.get('time')}"
        try:
            recorded_at = datetime.strptime(text, pattern.datetime_format)
        except ValueError:
            continue  # digits in the right places but not a real date: maybe another pattern fits
        return FilenameFacts(
            pattern_id=pattern.id,
            recorded_at=recorded_at,
            device=groups.get("device"),
            officer=groups.get("officer"),
            seq=groups.get("seq"),
        )
    return None
