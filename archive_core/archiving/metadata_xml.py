"""Standard archival metadata as XML: a filed volume with its items, a text record (DA/T 46 element names) and an
A/V record (DA/T 63 element names), with the management history from the audit trail; validated against the
shipped schema (resources/schema/archival-metadata.xsd, listed in docs/archival-metadata.md)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lxml import etree
from sqlalchemy import or_, select, tuple_
from sqlalchemy.orm import Session

from archive_core.archiving import archive_codes, volumes
from archive_core.archiving.disc_sources import CONFIDENTIALITY_ZH, DAMAGE_ZH, METHOD_ZH
from archive_core.av import time_sources
from archive_core.cases.labels import ENFORCEMENT_TYPES
from archive_core.equipment.devices import KIND_LABELS
from archive_core.retention import schedule
from archive_core.spine import clock
from archive_core.spine.audit.actions import ACTION_LABELS
from archive_core.spine.auth import Actor, Permission
from archive_core.spine.errors import QT_TRANSLATE_NOOP, NotFoundError, StorageError, ValidationError
from archive_core.spine.i18n import Translator
from archive_core.spine.vault.store import Vault
from archive_core.spine.workstation import Workstation
from disc_burning import metadata_schema
from disc_burning.items import Stage
from models.archiving import ArchiveVolume, VolumeItem
from models.audit import AuditEvent
from models.av import TRUSTED_TIME_SOURCES, MediaOfficer, MediaRecord, OfficerSource
from models.case_records import DocumentType, TextRecord
from models.cases import Case
from models.devices import Device
from models.people import Officer
from models.vault import VaultObject

SCHEMA_ID = "archive-ws-metadata/2"
ROOT = "档案元数据"
# Characters XML 1.0 cannot carry; a text field holding one loses just that character in the metadata.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Where a content object is, as the metadata names it: by default its path inside the vault.
Locate = Callable[[str], str]


class MetadataInvalidError(ValidationError):
    code = "metadata_invalid"
    message = QT_TRANSLATE_NOOP("errors", "The metadata XML {name} is not valid against the archival metadata "
                                          "schema: {problem}")
    hint = QT_TRANSLATE_NOOP("errors", "Metadata must not be edited by hand; write it again from the catalogue. "
                                       "Nothing was accepted.")


def validate(data: bytes, name: str = "metadata.xml") -> None:
    """Refuse XML that the schema does not accept, naming the first element at fault."""
    found = metadata_schema.problems(data)
    if found:
        raise MetadataInvalidError(name=name, problem=found[0])


# --- values ------------------------------------------------------------------------------------------------

_ZH = Translator("zh_CN")


def _text(value: object) -> str:
    return _NOT_XML.sub("", str(value)).strip()


def _add(parent: Any, name: str, value: object = None, *, required: bool = False, **attrs: str) -> Any:
    """A child element; a None or empty value adds nothing (optional elements are left out), except an element the
    standard requires, which is written empty so that its absence of a value shows."""
    if value is None or (isinstance(value, str) and not _text(value)):
        return etree.SubElement(parent, name, attrs) if required else None
    el = etree.SubElement(parent, name, attrs)
    if isinstance(value, bool):
        el.text = "true" if value else "false"
    elif isinstance(value, datetime):
        el.text = clock.local(value).isoformat(timespec="seconds")
    elif isinstance(value, date):
        el.text = value.isoformat()
    elif isinstance(value, float):
        el.text = f"{value:.3f}"
    else:
        el.text = _text(value)
    return el


def _group(parent: Any, name: str) -> Any:
    return etree.SubElement(parent, name)


def _confidentiality(code: str) -> str:
    return CONFIDENTIALITY_ZH.get(code, CONFIDENTIALITY_ZH["internal"])


def _stage_zh(stage: str) -> str:
    try:
        return Stage(stage).label
    except ValueError:
        return ""


def _format(name: str, container: str = "") -> str:
    """格式信息: the file's format, as the container reads it when the extension agrees with it."""
    ext = Path(name).suffix.lstrip(".").lower()
    names = [n for n in container.split(",") if n]
    if ext and (not names or ext in names):
        return ext.upper()
    return names[0].upper() if names else "未知"


def _retention(parent: Any, code: str) -> None:
    _add(parent, "保管期限", archive_codes.retention_zh(code))
    _add(parent, "保管期限代码", archive_codes.standard_retention(code))


def _business(parent: Any, case: Case, stage: str, action: str) -> None:
    el = _group(parent, "业务")
    _add(el, "案号", case.case_no)
    _add(el, "案件名称", case.title)
    _add(el, "执法类别", _ZH.translate("cases", ENFORCEMENT_TYPES.get(case.enforcement_type, case.enforcement_type)))
    _add(el, "执法环节", _stage_zh(stage))
    _add(el, "业务行为", action)


def _file(parent: Any, session: Session, sha256: str, name: str, locate: Locate, container: str = "") -> None:
    obj = session.get(VaultObject, sha256)
    if obj is None:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "vault object"), key=sha256)
    _add(parent, "计算机文件名", name or obj.original_name)
    _add(parent, "计算机文件大小", obj.size)
    _add(parent, "格式信息", _format(name or obj.original_name, container))
    _add(parent, "存储位置", locate(sha256))
    _add(parent, "数字摘要", sha256, 算法="SHA-256")
    _add(parent, "数字摘要", obj.sm3, 算法="SM3")


def _history(parent: Any, session: Session, objects: Iterable[tuple[str, str]]) -> None:
    """管理历史: every audit event about these (object type, id) pairs, oldest first."""
    keys = list(dict.fromkeys(objects))
    el = _group(parent, "管理历史")
    rows = session.execute(
        select(AuditEvent.seq, AuditEvent.action, AuditEvent.at, AuditEvent.actor, AuditEvent.outcome)
        .where(tuple_(AuditEvent.object_type, AuditEvent.object_id).in_(keys))
        .order_by(AuditEvent.seq))
    for seq, action, at, actor, outcome in rows:
        event = _group(el, "管理活动")
        _add(event, "管理活动标识符", seq)
        _add(event, "业务行为", _ZH.translate("audit_actions", ACTION_LABELS.get(action, action)))
        _add(event, "行为代码", action)
        _add(event, "行为时间", at)
        _add(event, "行为人", actor)
        _add(event, "行为结果", outcome)


def _vault_locator(vault: Vault) -> Locate:
    return lambda sha: vault.path_of(sha).relative_to(vault.root).as_posix()


def _agency(session: Session, case: Case) -> str:
    return case.agency or case.entrusting_agency or archive_codes.scheme_of(session).agency_name


# --- the three kinds of record --------------------------------------------------------------------------------

def _record_element(parent: Any, session: Session, rec: TextRecord, locate: Locate,
                    filed: tuple[ArchiveVolume, int] | None) -> None:
    case = session.get(Case, rec.case_id)
    typ = session.get(DocumentType, rec.doc_type)
    assert case is not None and typ is not None  # foreign keys
    el = _group(parent, "文件")
    _add(el, "聚合层次", "件")
    _add(el, "档号", filed[0].archive_code if filed is not None else None, required=True)
    if filed is not None:
        _add(el, "文档序号", filed[1])
    _add(el, "题名", rec.title or typ.name_zh)
    _add(el, "文件编号", rec.doc_no)
    _add(el, "责任者", _agency(session, case), required=True)
    _add(el, "日期", rec.issued_on or rec.approver_signed_on or rec.handler_signed_on or rec.created_at.date())
    _add(el, "文种", typ.name_zh)
    _add(el, "密级", _confidentiality(case.confidentiality))
    _retention(el, filed[0].retention if filed is not None else schedule.case_period_code(session, case))
    _add(el, "页数", rec.pages)
    _add(el, "版本", rec.version)
    _business(el, case, rec.stage, _stage_zh(rec.stage) or typ.name_zh)
    if rec.file_sha256:
        _file(el, session, rec.file_sha256, rec.file_name, locate)
    lineage = session.execute(select(TextRecord.id).where(
        or_(TextRecord.id == rec.id, TextRecord.lineage_id == (rec.lineage_id or rec.id)))).scalars()
    objects = [("text_record", str(i)) for i in lineage]
    if rec.file_sha256:
        objects.append(("vault_object", rec.file_sha256))
    _history(el, session, objects)


def _people(session: Session, media_id: int) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(Officer.name, Officer.certificate_no, MediaOfficer.source)
        .join(MediaOfficer, MediaOfficer.officer_id == Officer.id)
        .where(MediaOfficer.media_id == media_id).order_by(Officer.name))]


def _media_element(parent: Any, session: Session, rec: MediaRecord, locate: Locate,
                   filed: tuple[ArchiveVolume, int] | None) -> None:
    case = session.get(Case, rec.case_id) if rec.case_id is not None else None
    el = _group(parent, "音像文件")
    _add(el, "聚合层次", "件")
    _add(el, "档号", filed[0].archive_code if filed is not None else None, required=True)
    if filed is not None:
        _add(el, "文档序号", filed[1])
    _add(el, "门类", "录像" if rec.video_codec else "录音")
    _add(el, "题名", rec.matter or rec.original_name)
    _add(el, "责任者", _agency(session, case) if case is not None else None, required=True)
    people = _people(session, rec.id)
    wearers = [p for p in people if p[2] in (OfficerSource.LOAN.value, OfficerSource.FILENAME.value)] or people
    if not wearers:  # Art. 26 names the officers: an empty 摄录者 says none is known
        _group(el, "摄录者")
    for name, cert, _source in wearers:
        who = _group(el, "摄录者")
        _add(who, "姓名", name)
        _add(who, "执法证号", cert)
    for name, cert, _source in people:
        who = _group(el, "人物")
        _add(who, "姓名", name)
        _add(who, "执法证号", cert)
    _add(el, "录制时间", rec.recorded_start, required=True)
    _add(el, "录制结束时间", rec.recorded_end if not rec.damage else None)
    if rec.recorded_start is not None:
        _add(el, "时间来源", time_sources.disc_text(rec.time_source, rec.time_zone, rec.time_note))
    _add(el, "时间已核实", rec.recorded_start is not None and rec.time_source in TRUSTED_TIME_SOURCES)
    _add(el, "录制地点", rec.place, required=True)
    device = session.get(Device, rec.device_id) if rec.device_id is not None else None
    _add(el, "记录方式", METHOD_ZH.get(rec.method, rec.method)
         or (METHOD_ZH.get(device.kind, "") if device is not None else ""), required=True)
    if device is not None:
        dev = _group(el, "摄录设备")
        _add(dev, "设备类型", _ZH.translate("devices", KIND_LABELS.get(device.kind, device.kind)))
        _add(dev, "设备型号", device.model)
        _add(dev, "设备序列号", device.serial_no)
        _add(dev, "设备编号", device.device_code or device.asset_tag)
        _add(dev, "生产厂家", device.manufacturer)
    _add(el, "密级", _confidentiality(rec.confidentiality or (case.confidentiality if case else "internal")))
    if filed is not None:
        _retention(el, filed[0].retention)
    elif case is not None:
        _retention(el, schedule.case_period_code(session, case))
    else:
        rule = schedule.media_rule(session)
        _retention(el, schedule.period_code(rule.months if rule is not None else None))
    _add(el, "时长", rec.duration, required=True)
    _add(el, "视频编码", rec.video_codec)
    if rec.width and rec.height:
        _add(el, "分辨率", f"{rec.width}x{rec.height}")
    _add(el, "帧率", rec.fps)
    _add(el, "音频编码", rec.audio_codec)
    _add(el, "采样率", rec.audio_sample_rate)
    if rec.damage:
        _add(el, "损坏情况", DAMAGE_ZH.get(rec.damage, rec.damage))
    if case is not None:
        _business(el, case, rec.stage, _stage_zh(rec.stage) or "音像记录")
    _file(el, session, rec.sha256, rec.original_name, locate, rec.container)
    _history(el, session, [("media", str(rec.id)), ("vault_object", rec.sha256)])


def _volume_element(parent: Any, session: Session, vol: ArchiveVolume, locate: Locate) -> None:
    case = session.get(Case, vol.case_id)
    assert case is not None
    scheme = archive_codes.scheme_of(session)
    el = _group(parent, "案卷")
    _add(el, "聚合层次", "案卷")
    source = _group(el, "来源")
    _add(source, "全宗名称", scheme.agency_name, required=True)
    _add(source, "立档单位名称", case.agency or case.entrusting_agency, required=True)
    _add(el, "档号", vol.archive_code)
    _add(el, "全宗号", vol.fonds)
    _add(el, "门类代码", vol.category)
    _add(el, "年度", vol.year)
    _retention(el, vol.retention)
    _add(el, "案卷号", vol.seq)
    _add(el, "题名", vol.title)
    _add(el, "责任者", _agency(session, case), required=True)
    _add(el, "日期", vol.action_ended_at)
    _add(el, "归档日期", vol.filed_on)
    _add(el, "密级", _confidentiality(case.confidentiality))
    items = session.execute(select(VolumeItem).where(VolumeItem.volume_id == vol.id)
                            .order_by(VolumeItem.number)).scalars().all()
    _add(el, "件数", len(items))
    _add(el, "页数", vol.total_pages)
    _add(el, "时长", vol.total_seconds)
    _business(el, case, "", "立卷归档")
    inside = _group(el, "卷内文件")
    for item in items:
        if item.text_record_id is not None:
            rec = session.get(TextRecord, item.text_record_id)
            assert rec is not None
            _record_element(inside, session, rec, locate, (vol, item.number))
        elif item.media_record_id is not None:
            clip = session.get(MediaRecord, item.media_record_id)
            assert clip is not None
            _media_element(inside, session, clip, locate, (vol, item.number))
    _history(el, session, [("archive_volume", vol.archive_code)])


def _document(build: Callable[[Any], None]) -> bytes:
    root = etree.Element(ROOT, {"schema": SCHEMA_ID})
    build(root)
    etree.indent(root)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _filed(session: Session, *, text_record_id: int | None = None,
           media_record_id: int | None = None) -> tuple[ArchiveVolume, int] | None:
    stmt = select(ArchiveVolume, VolumeItem.number).join(VolumeItem, VolumeItem.volume_id == ArchiveVolume.id)
    if text_record_id is not None:
        stmt = stmt.where(VolumeItem.text_record_id == text_record_id)
    else:
        stmt = stmt.where(VolumeItem.media_record_id == media_record_id)
    row = session.execute(stmt.limit(1)).first()
    return (row[0], row[1]) if row is not None else None


def volume_xml(session: Session, vault: Vault, volume_id: int, locate: Locate | None = None) -> bytes:
    """The metadata of a filed volume and every item of its catalogue (案卷 with 卷内文件)."""
    vol = session.get(ArchiveVolume, volume_id)
    if vol is None:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "archive volume"), key=str(volume_id))
    return _document(lambda root: _volume_element(root, session, vol, locate or _vault_locator(vault)))


def text_record_xml(session: Session, vault: Vault, record_id: int, locate: Locate | None = None) -> bytes:
    """The DA/T 46 metadata of one text record (文件), with its volume's archive code once filed."""
    rec = session.get(TextRecord, record_id)
    if rec is None:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "text record"), key=str(record_id))
    filed = _filed(session, text_record_id=record_id)
    return _document(lambda root: _record_element(root, session, rec, locate or _vault_locator(vault), filed))


def media_xml(session: Session, vault: Vault, media_id: int, locate: Locate | None = None) -> bytes:
    """The DA/T 63 metadata of one A/V record (音像文件), with its volume's archive code once filed."""
    rec = session.get(MediaRecord, media_id)
    if rec is None:
        raise NotFoundError(what=QT_TRANSLATE_NOOP("errors", "A/V record"), key=str(media_id))
    filed = _filed(session, media_record_id=media_id)
    return _document(lambda root: _media_element(root, session, rec, locate or _vault_locator(vault), filed))


# --- for users: read with permission, write a file whole --------------------------------------------------------

def volume_metadata(ws: Workstation, actor: Actor, key: str) -> tuple[str, bytes]:
    """(archive code, XML) of the volume with this archive code or case number."""
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.CASE_READ, "archive_volume", key)
        vol = volumes.find(uow.session, key)
        return vol.archive_code, volume_xml(uow.session, ws.vault, vol.id)


def media_metadata(ws: Workstation, actor: Actor, media_id: int) -> bytes:
    with ws.unit(actor, write=False) as uow:
        uow.require(Permission.MEDIA_READ, "media", media_id)
        return media_xml(uow.session, ws.vault, media_id)


def write_metadata(ws: Workstation, actor: Actor, data: bytes, target: str | os.PathLike[str], *,
                   object_type: str, object_id: object) -> Path:
    """Validate and write ``data`` to ``target`` whole (temp file, fsync, rename); audited like a catalogue."""
    path = Path(target)
    validate(data, path.name)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(name=str(path), reason=str(exc)) from exc
    with ws.unit(actor) as uow:
        uow.audit("metadata.export", object_type, object_id, {"file": str(path), "size": len(data)})
    return path
