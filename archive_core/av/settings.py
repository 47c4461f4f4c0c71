"""Settings of the A/V area (camera clock zone, gap tolerance, source deletion), dock folders and the A/V item list."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive_core.spine import clock
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from archive_core.spine.workstation import Workstation
from models.av import AvItem
from models.av_ingest import DockFolder, MediaSetting
from resources import CATALOGUES

AV_ITEMS_PATH = CATALOGUES / "av_items.json"

DEFAULTS: dict[str, Any] = {
    # Cameras write local wall-clock time (often labelled UTC): read it in this zone unless the device says otherwise.
    "camera_zone": clock.DEFAULT_ZONE,
    # Art. 23: a pause longer than this between two clips of one device is an interruption to explain…
    "gap_tolerance_s": 60,
    # …unless it is so long that the clips belong to different actions.
    "gap_max_s": 4 * 3600,
    # Art. 24: the agency may let ingest delete the dock copy, only after the vault copy verified.
    "delete_source": False,
    # A file is complete when size and mtime stay unchanged this long (when there is no close-write event).
    "settle_s": 2.0,
    # Rescan the docks this often for files whose events were missed.
    "rescan_s": 30.0,
}


@dataclass(frozen=True)
class MediaSettings:
    camera_zone: str = DEFAULTS["camera_zone"]
    gap_tolerance_s: float = DEFAULTS["gap_tolerance_s"]
    gap_max_s: float = DEFAULTS["gap_max_s"]
    delete_source: bool = DEFAULTS["delete_source"]
    settle_s: float = DEFAULTS["settle_s"]
    rescan_s: float = DEFAULTS["rescan_s"]

    @property
    def zone(self) -> tzinfo:
        return clock.zone_named(self.camera_zone)


def load_settings(session: Session) -> MediaSettings:
    stored = {row.key: json.loads(row.value) for row in session.execute(select(MediaSetting)).scalars()}
    return MediaSettings(**{k: stored.get(k, v) for k, v in DEFAULTS.items()})


def read_settings(ws: Workstation) -> MediaSettings:
    session = ws.db.reader()
    try:
        return load_settings(session)
    finally:
        session.close()


def _check(key: str, value: Any) -> Any:
    if key not in DEFAULTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: unknown A/V setting {key}; known: {known}."),
                              key=key, known=", ".join(DEFAULTS))
    if key == "camera_zone":
        if not clock.is_zone(str(value)):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Invalid input: unknown time zone {zone}; use a name such as Asia/Shanghai or UTC."),
                zone=repr(value))
        return str(value)
    if key == "delete_source":
        if isinstance(value, str):
            value = value.lower() in ("1", "true", "yes", "on")
        return bool(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: {key} must be a number of seconds."),
                              key=key) from None
    if number < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Invalid input: {key} cannot be negative."), key=key)
    return number


def change_setting(ws: Workstation, actor: Actor, key: str, value: Any) -> MediaSettings:
    return change_settings(ws, actor, {key: value})


def change_settings(ws: Workstation, actor: Actor, changes: Mapping[str, Any]) -> MediaSettings:
    """Several settings in one transaction, each audited; every value is checked first, so one bad value changes
    nothing."""
    checked = {key: _check(key, value) for key, value in changes.items()}
    with ws.unit(actor) as uow:
        uow.require(Permission.SETTINGS_MANAGE, "media_setting", ",".join(checked))
        for key, value in checked.items():
            row = uow.session.get(MediaSetting, key)
            old = json.loads(row.value) if row else DEFAULTS[key]
            if row is None:
                row = MediaSetting(key=key, value="")
                uow.session.add(row)
            row.value, row.updated_at, row.updated_by = json.dumps(value), clock.now(), actor.username
            uow.audit("media.setting_changed", "media_setting", key, {"old": old, "new": value})
        uow.session.flush()
        return load_settings(uow.session)


# --- dock folders -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DockView:
    id: int
    path: str
    polling: bool
    active: bool


def list_docks(ws: Workstation, actor: Actor) -> list[DockView]:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_INGEST, "dock", "*")
        rows = uow.session.execute(select(DockFolder).order_by(DockFolder.id)).scalars()
        return [DockView(d.id, d.path, d.polling, d.active) for d in rows]


def add_dock(ws: Workstation, actor: Actor, path: str | os.PathLike[str], polling: bool = False) -> DockView:
    folder = Path(path).expanduser().absolute()
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_INGEST, "dock", str(folder))
        if not folder.is_dir():
            raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "the dock folder does not exist"),
                                  hint=QT_TRANSLATE_NOOP("errors", "Mount the card reader or docking station "
                                                                   "share first, then add its folder."))
        row = uow.session.execute(select(DockFolder).where(DockFolder.path == str(folder))).scalar_one_or_none()
        if row is None:
            row = DockFolder(path=str(folder), polling=polling, active=True, added_by=actor.username)
            uow.session.add(row)
        row.polling, row.active = polling, True
        uow.session.flush()
        uow.audit("media.dock_added", "dock", str(folder), {"polling": polling})
        return DockView(row.id, row.path, row.polling, row.active)


def remove_dock(ws: Workstation, actor: Actor, path: str) -> None:
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_INGEST, "dock", path)
        row = uow.session.execute(select(DockFolder).where(DockFolder.path == path)).scalar_one_or_none()
        if row is None:
            raise NotFoundError(what="dock folder", key=path)
        row.active = False
        uow.audit("media.dock_removed", "dock", path, {})


# --- the A/V item list (Art. 21, 22) ------------------------------------------------------------------------

@dataclass(frozen=True)
class AvItemView:
    code: str
    name: str
    name_zh: str
    article: str
    active: bool


def ensure_av_items(session: Session) -> None:
    """Load the shipped defaults into an empty catalogue (the agency edits it afterwards)."""
    if session.execute(select(func.count()).select_from(AvItem)).scalar_one():
        return
    data = json.loads(AV_ITEMS_PATH.read_text(encoding="utf-8"))
    for order, item in enumerate(data["items"]):
        session.add(AvItem(code=item["code"], name=item["name"], name_zh=item["name_zh"],
                           article=item.get("article", ""), guidance_zh=item.get("guidance_zh", ""),
                           sort_order=order, active=True))
    session.flush()


def av_items(ws: Workstation, actor: Actor, include_inactive: bool = False) -> list[AvItemView]:
    with ws.unit(actor) as uow:
        uow.require(Permission.MEDIA_READ, "av_item", "*")
        ensure_av_items(uow.session)
        query = select(AvItem).order_by(AvItem.sort_order, AvItem.code)
        if not include_inactive:
            query = query.where(AvItem.active.is_(True))
        return [AvItemView(i.code, i.name, i.name_zh, i.article, i.active)
                for i in uow.session.execute(query).scalars()]


def save_av_item(ws: Workstation, actor: Actor, code: str, name: str, name_zh: str, article: str = "",
                 active: bool = True) -> AvItemView:
    code = code.strip()
    if not code or not (name.strip() or name_zh.strip()):
        raise ValidationError(reason=QT_TRANSLATE_NOOP("errors", "an A/V item needs a code and a name"))
    with ws.unit(actor) as uow:
        uow.require(Permission.SETTINGS_MANAGE, "av_item", code)
        ensure_av_items(uow.session)
        item = uow.session.get(AvItem, code)
        if item is None:
            order = uow.session.execute(select(func.max(AvItem.sort_order))).scalar() or 0
            item = AvItem(code=code, sort_order=order + 1, guidance_zh="")
            uow.session.add(item)
        item.name, item.name_zh, item.article, item.active = name.strip(), name_zh.strip(), article, active
        uow.audit("media.av_item_saved", "av_item", code, {"name": name, "name_zh": name_zh, "active": active})
        return AvItemView(item.code, item.name, item.name_zh, item.article, item.active)
