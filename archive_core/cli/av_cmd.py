"""CLI: ingest and dock watching (Art. 24), the A/V list, linking, tagging, evidence marks, exceptions, interruptions
(Art. 19–23), audited export, archival metadata XML, and the evidence clips the disc builder burns (Art. 26)."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from archive_core.archiving import metadata_xml
from archive_core.av import av_records, ingest, ingest_queue, interruptions, time_sources
from archive_core.av import settings as media_settings
from archive_core.av.deadline import ClockState
from archive_core.av.dock_watch import DockWatcher, WatchedDock, watch_until
from archive_core.av.ingest import IngestResult
from archive_core.cli import CliContext
from archive_core.cli.times import shown_seconds, when
from models.av import DeadlineException
from models.cases import Stage

STAGES = [s.value for s in Stage]


def register(sub: argparse._SubParsersAction) -> None:
    ing = sub.add_parser("ingest", help="store A/V files (or folders of them) in the vault now (Art. 24)")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument("--case", default="", help="link the clips to this case number")
    ing.add_argument("--stage", default="", choices=[*STAGES, ""], help="stage of the case")
    ing.add_argument("--device", default="", help="code of the registered device the files came from, for names "
                                                  "that do not say (its clock zone and creation-time rule apply)")
    ing.add_argument("--settle", type=float, default=0.5,
                     help="seconds a file's size and time must stay unchanged (default 0.5)")
    ing.set_defaults(handler=_ingest)

    w = sub.add_parser("watch", help="watch dock folders and ingest what arrives, until Ctrl+C or SIGTERM")
    w.add_argument("dirs", nargs="*", metavar="DIR", help="dock folders (default: the configured ones)")
    w.add_argument("--polling", action="store_true", help="poll instead of inotify (USB and network mounts)")
    w.add_argument("--settle", type=float, default=None, help="seconds of unchanged size/mtime (default: setting)")
    w.add_argument("--rescan", type=float, default=None, help="seconds between rescans (default: setting)")
    w.set_defaults(handler=_watch)

    m = sub.add_parser("av", aliases=["media"], help="audio-visual records: list, link, tag, evidence, gaps, export")
    msub = m.add_subparsers(dest="av_command", metavar="ACTION", required=True)

    ls = msub.add_parser("list", help="list A/V records")
    ls.add_argument("--case", default="")
    ls.add_argument("--device", default="")
    ls.add_argument("--officer", default="", help="certificate number or name")
    ls.add_argument("--from", dest="date_from", type=date.fromisoformat, default=None)
    ls.add_argument("--to", dest="date_to", type=date.fromisoformat, default=None)
    ls.add_argument("--clock", default="", choices=[s.value for s in ClockState] + [""])
    ls.add_argument("--evidence", action="store_true", default=None, help="evidence clips only")
    ls.add_argument("--unlinked", action="store_true", help="clips not linked to a case")
    ls.add_argument("--limit", type=int, default=None)
    ls.set_defaults(handler=_list)

    show = msub.add_parser("show", help="one A/V record with its facts, markers and snapshots")
    show.add_argument("id", type=int)
    show.set_defaults(handler=_show)

    ln = msub.add_parser("link", help="assign a clip to a case and stage (Art. 19)")
    ln.add_argument("id", type=int)
    ln.add_argument("--case", required=True)
    ln.add_argument("--stage", required=True, choices=STAGES)
    ln.add_argument("--record", type=int, default=None, help="id of the text record it ties in with")
    ln.add_argument("--item", default=None, help="checklist item it records, e.g. 9.2")
    ln.set_defaults(handler=_link)

    ev = msub.add_parser("evidence", help="mark a clip as used as evidence (burned to disc, Art. 26)")
    ev.add_argument("id", type=int)
    group = ev.add_mutually_exclusive_group(required=True)
    group.add_argument("--on", dest="on", action="store_true")
    group.add_argument("--off", dest="on", action="store_false")
    ev.set_defaults(handler=_evidence)

    tag = msub.add_parser("tag", help="tag a clip with A/V items (Art. 21, 22); replaces its tags")
    tag.add_argument("id", type=int)
    tag.add_argument("codes", nargs="*", metavar="CODE")
    tag.set_defaults(handler=_tag)

    det = msub.add_parser("details", help="matter recorded, place, method, officers, confidentiality (Art. 26)")
    det.add_argument("id", type=int)
    det.add_argument("--matter", default=None)
    det.add_argument("--place", default=None)
    det.add_argument("--method", default=None)
    det.add_argument("--officer", action="append", default=None, help="certificate number (repeatable)")
    det.add_argument("--confidentiality", default=None)
    det.set_defaults(handler=_details)

    st = msub.add_parser("set-time", help="set a clip's recording time by hand, with the reason (Art. 24, 26)")
    st.add_argument("id", type=int)
    st.add_argument("--start", required=True, type=when, help="start of recording, e.g. 2026-11-28T09:00:00")
    st.add_argument("--end", type=when, default=None, help="end (default: start plus the clip's length)")
    st.add_argument("--reason", required=True, help="where the time comes from, e.g. the camera's screen")
    st.set_defaults(handler=_set_time)

    exc = msub.add_parser("exception", help="Art. 24 exception: 24 hours from the return to the agency")
    exc.add_argument("ids", type=int, nargs="+", metavar="ID")
    exc.add_argument("--kind", required=True, choices=[k.value for k in DeadlineException])
    exc.add_argument("--returned", required=True, type=when, help="return time, e.g. 2026-11-28T09:00")
    exc.add_argument("--note", default="")
    exc.set_defaults(handler=_exception)

    gaps = msub.add_parser("gaps", help="interruptions between clips of one device in a case (Art. 23)")
    gaps.add_argument("--case", required=True)
    gaps.set_defaults(handler=_gaps)

    eg = msub.add_parser("explain-gap", help="explain an interruption: voice note or signed written note")
    eg.add_argument("before", type=int, help="id of the clip before the gap")
    eg.add_argument("after", type=int, help="id of the clip after the gap")
    eg.add_argument("--voice-at", type=float, default=None, help="seconds into the later clip where the officer "
                                                                  "explains by voice")
    eg.add_argument("--note", default="", help="written explanation")
    eg.add_argument("--signer", action="append", default=[], help="certificate number of a signing officer "
                                                                   "(at least two)")
    eg.set_defaults(handler=_explain)

    ex = msub.add_parser("export", help="copy a clip out of the vault (digest checked, logged with the purpose)")
    ex.add_argument("id", type=int)
    ex.add_argument("dest", help="folder")
    ex.add_argument("--purpose", required=True)
    ex.set_defaults(handler=_export)

    md = msub.add_parser("metadata", help="write the clip's archival metadata (DA/T 63 element names) as XML")
    md.add_argument("id", type=int)
    md.add_argument("-o", "--output", type=Path, required=True, help="FILE.xml")
    md.set_defaults(handler=_metadata)

    clips = msub.add_parser("evidence-clips", help="evidence clips of a case with their Art. 26 metadata")
    clips.add_argument("--case", required=True)
    clips.set_defaults(handler=_evidence_clips)

    q = msub.add_parser("queue", help="the ingest queue")
    q.add_argument("--state", default="")
    q.add_argument("--limit", type=int, default=200)
    q.set_defaults(handler=_queue)

    rt = msub.add_parser("retry", help="queue failed ingests again")
    rt.add_argument("ids", type=int, nargs="+", metavar="ENTRY")
    rt.set_defaults(handler=_retry)

    dk = msub.add_parser("dock", help="dock folders: list, add, remove")
    dk.add_argument("action", choices=["list", "add", "remove"])
    dk.add_argument("path", nargs="?", default="")
    dk.add_argument("--polling", action="store_true")
    dk.set_defaults(handler=_dock)

    st = msub.add_parser("setting", help="show or change A/V settings (camera_zone, gap_tolerance_s, …)")
    st.add_argument("key", nargs="?", default="")
    st.add_argument("value", nargs="?", default=None)
    st.set_defaults(handler=_setting)


# --- ingest and watch --------------------------------------------------------------------------------------

def _result_line(ctx: CliContext, r: IngestResult) -> str:
    if r.ok and r.already_stored:
        text = ctx.translate("cli", "{path} was already stored as A/V record {id}").format(path=r.path, id=r.media_id)
    elif r.state == "done":
        text = ctx.translate("cli", "stored {path} as A/V record {id}").format(path=r.path, id=r.media_id)
        if r.damage:
            text += ctx.translate("cli", " — DAMAGED ({damage}), kept as evidence").format(damage=r.damage)
    elif r.state == "duplicate":
        text = ctx.translate("cli", "{path} is already stored (A/V record {id}): linked, not stored twice").format(
            path=r.path, id=r.media_id)
    else:
        text = f"{r.path}: {_message(ctx, r)}"
    if r.other_case:
        text += ctx.translate("cli", "; it is linked to case {case} and stays there: unlink it there first to link "
                                     "it to another case").format(case=r.other_case)
    elif r.ok and r.linked_case:
        text += ctx.translate("cli", "; linked to case {case}").format(case=r.linked_case)
    return text + (f" ({r.note})" if r.note else "")


def _message(ctx: CliContext, r: IngestResult) -> str:
    if r.entry_id:
        stored = _entry_payload(ctx, r.entry_id)
        if stored:
            return ingest_queue.render_error(stored, ctx.tr.error)
    return r.message


def _entry_payload(ctx: CliContext, entry_id: int) -> str:
    from models.av_ingest import IngestEntry

    with ctx.ws.unit(ctx.actor, write=False) as uow:
        e = uow.session.get(IngestEntry, entry_id)
        return e.error_message if e is not None else ""


def _result_json(ctx: CliContext, r: IngestResult) -> dict[str, Any]:
    data = asdict(r)
    if not r.ok:
        data["message"] = _message(ctx, r)
    return data


def _ingest(args: argparse.Namespace, ctx: CliContext) -> int:
    results = ingest.ingest_paths(ctx.ws, ctx.actor, args.paths, case_no=args.case, stage=args.stage,
                                  device_code=args.device, settle=args.settle)
    ctx.emit([_result_json(ctx, r) for r in results], "\n".join(_result_line(ctx, r) for r in results))
    if any(r.other_case for r in results):
        return 2
    return 0 if all(r.ok for r in results) else 1


def _watch(args: argparse.Namespace, ctx: CliContext) -> int:
    docks = [WatchedDock(d, args.polling) for d in args.dirs]
    if not docks:
        docks = [WatchedDock(d.path, d.polling) for d in media_settings.list_docks(ctx.ws, ctx.actor) if d.active]
    if not docks:
        ctx.emit({"error": "no_docks"}, ctx.translate("cli", "No dock folders: name them, or add them with "
                                                             "'media dock add'."))
        return 2
    stop = threading.Event()

    def ask_stop(_signum: int, _frame: object) -> None:
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, ask_stop)
    out = ctx.out
    lock = threading.Lock()  # results arrive from two ingest workers: one whole line at a time

    def say(line: object) -> None:
        text = line if isinstance(line, str) else json.dumps(line, ensure_ascii=False, default=str)
        with lock:
            out.write(text + "\n")
            out.flush()

    watcher = DockWatcher(ctx.ws, ctx.actor, docks, settle_s=args.settle, rescan_s=args.rescan,
                          on_result=lambda r: say(_result_json(ctx, r) if ctx.args.json else _result_line(ctx, r)))
    paths = [d.path for d in watcher.docks]
    say({"watching": paths} if ctx.args.json else
        ctx.translate("cli", "Watching {docks}. Stop with Ctrl+C.").format(docks=", ".join(paths)))
    watch_until(stop, watcher)
    if not ctx.args.json:
        print(ctx.translate("cli", "Stopped."), file=out, flush=True)
    return 0


# --- the A/V list and changes ------------------------------------------------------------------------------

def _row_line(r: av_records.MediaRow, ctx: CliContext) -> str:
    officers = "、".join(f"{o.name}({o.certificate_no})" for o in r.officers) or "-"
    flags = ("★" if r.is_evidence else "") + (f" [{r.damage}]" if r.damage else "")
    when = shown_seconds(r.recorded_start) + (ctx.translate("media", time_sources.GUESSED_MARK)
                                              if r.time_guessed else "")
    return (f"{r.id:>6}  {when}  {r.clock_state:<9} {r.case_no or '-':<20} "
            f"{r.stage or '-':<14} {r.device_code or '-':<12} {officers}  {r.name}{flags}")


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    flt = av_records.MediaFilter(case_no=args.case, device=args.device, officer=args.officer, date_from=args.date_from,
                            date_to=args.date_to, clock_state=args.clock, evidence=args.evidence,
                            unlinked=args.unlinked)
    rows = av_records.list_media(ctx.ws, ctx.actor, flt, limit=args.limit)
    ctx.emit([r.to_json() for r in rows], "\n".join(_row_line(r, ctx) for r in rows) or ctx.translate(
        "cli", "No A/V records."))
    return 0


def _show(args: argparse.Namespace, ctx: CliContext) -> int:
    d = av_records.media_detail(ctx.ws, ctx.actor, args.id)
    source = time_sources.describe(d.time_source, d.time_zone, d.time_note, translate=ctx.translate)
    lines = [_row_line(d.row, ctx), f"  {ctx.translate('cli', 'recording time')}: {source}",
             f"  sha256 {d.row.sha256}", f"  {d.container} {d.video_codec or '-'} "
             f"{d.width or '-'}x{d.height or '-'} {d.audio_codec or '-'} {d.row.duration or 0:.1f}s",
             f"  {ctx.translate('cli', 'due')} {shown_seconds(d.row.due_at)}  {ctx.translate('cli', 'ingested')} "
             f"{shown_seconds(d.row.ingested_at)}"]
    lines += [f"  ▸ {m.at_ms / 1000:.1f}s {m.note}" for m in d.markers]
    ctx.emit(d.to_json(), "\n".join(lines))
    return 0


def _link(args: argparse.Namespace, ctx: CliContext) -> int:
    row = av_records.link(ctx.ws, ctx.actor, args.id, args.case, args.stage, text_record_id=args.record,
                     checklist_code=args.item)
    ctx.emit(row.to_json(), ctx.translate("cli", "A/V record {id} linked to {case}, stage {stage}.").format(
        id=row.id, case=row.case_no, stage=row.stage))
    return 0


def _evidence(args: argparse.Namespace, ctx: CliContext) -> int:
    row = av_records.set_evidence(ctx.ws, ctx.actor, args.id, args.on)
    text = "A/V record {id} is marked as evidence." if row.is_evidence else "A/V record {id} is not evidence."
    ctx.emit(row.to_json(), ctx.translate("cli", text).format(id=row.id))
    return 0


def _tag(args: argparse.Namespace, ctx: CliContext) -> int:
    row = av_records.set_tags(ctx.ws, ctx.actor, args.id, args.codes)
    ctx.emit(row.to_json(), ctx.translate("cli", "Tags of A/V record {id}: {tags}").format(
        id=row.id, tags=", ".join(row.tags) or "-"))
    return 0


def _details(args: argparse.Namespace, ctx: CliContext) -> int:
    row = av_records.set_details(ctx.ws, ctx.actor, args.id, matter=args.matter, place=args.place, method=args.method,
                            confidentiality=args.confidentiality, officers=args.officer)
    ctx.emit(row.to_json(), ctx.translate("cli", "A/V record {id} updated.").format(id=row.id))
    return 0


def _set_time(args: argparse.Namespace, ctx: CliContext) -> int:
    row = av_records.set_recording_time(ctx.ws, ctx.actor, args.id, args.start, args.reason, end=args.end)
    ctx.emit(row.to_json(), _row_line(row, ctx))
    return 0


def _exception(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = av_records.set_exception(ctx.ws, ctx.actor, args.ids, args.kind, args.returned, args.note)
    ctx.emit([r.to_json() for r in rows], "\n".join(_row_line(r, ctx) for r in rows))
    return 0


def _gap_line(ctx: CliContext, g: interruptions.Gap) -> str:
    if g.explanation is None:
        state = ctx.translate("cli", "UNEXPLAINED")
    elif g.explanation.kind == "voice":
        state = ctx.translate("cli", "voice note at {s:.1f} s").format(s=(g.explanation.voice_at_ms or 0) / 1000)
    else:
        state = ctx.translate("cli", "written, signed by {who}").format(who=", ".join(g.explanation.signers))
    return f"{g.before_id:>6} → {g.after_id:<6} {g.device:<12} {shown_seconds(g.start)} – {shown_seconds(g.end)} " \
           f"({g.seconds} s)  {state}"


def _gaps(args: argparse.Namespace, ctx: CliContext) -> int:
    gaps = interruptions.case_gaps(ctx.ws, ctx.actor, args.case)
    ctx.emit([g.to_json() for g in gaps], "\n".join(_gap_line(ctx, g) for g in gaps)
             or ctx.translate("cli", "No interruptions."))
    return 0


def _explain(args: argparse.Namespace, ctx: CliContext) -> int:
    at = int(args.voice_at * 1000) if args.voice_at is not None else None
    gap = interruptions.explain(ctx.ws, ctx.actor, args.before, args.after, voice_at_ms=at, reason=args.note,
                                signers=args.signer)
    ctx.emit(gap.to_json(), _gap_line(ctx, gap))
    return 0


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    path = av_records.export_clip(ctx.ws, ctx.actor, args.id, args.dest, args.purpose)
    ctx.emit({"path": str(path)}, ctx.translate("cli", "Exported to {path}.").format(path=path))
    return 0


def _metadata(args: argparse.Namespace, ctx: CliContext) -> int:
    data = metadata_xml.media_metadata(ctx.ws, ctx.actor, args.id)
    path = metadata_xml.write_metadata(ctx.ws, ctx.actor, data, args.output, object_type="media", object_id=args.id)
    ctx.emit({"file": str(path), "size": len(data)},
             ctx.translate("cli", "Wrote the archival metadata to {file}.").format(file=path))
    return 0


def _evidence_clips(args: argparse.Namespace, ctx: CliContext) -> int:
    clips = av_records.evidence_clips(ctx.ws, ctx.actor, args.case)
    lines = [f"{c.media_id:>6}  {shown_seconds(c.recorded_start)}  {c.stage:<14} {c.matter or '-'}  "
             f"{'、'.join(o.name + '(' + o.certificate_no + ')' for o in c.officers)}  {c.original_name}"
             for c in clips]
    ctx.emit([c.to_json() for c in clips], "\n".join(lines) or ctx.translate("cli", "No evidence clips."))
    return 0


def _queue(args: argparse.Namespace, ctx: CliContext) -> int:
    from archive_core.av.ingest_monitor import queue_rows

    rows = queue_rows(ctx.ws, ctx.actor, state=args.state, limit=args.limit)
    data = []
    lines = []
    for r in rows:
        message = ingest_queue.render_error(r.error_message, ctx.tr.error)
        data.append({**asdict(r), "error_message": message})
        lines.append(f"{r.id:>6} {r.state:<9} {r.clock_state:<9} {r.source_path}" + (f"  — {message}" if message
                                                                                       else ""))
    ctx.emit(data, "\n".join(lines) or ctx.translate("cli", "The queue is empty."))
    return 0


def _retry(args: argparse.Namespace, ctx: CliContext) -> int:
    n = ingest_queue.retry(ctx.ws, ctx.actor, args.ids)
    ctx.emit({"requeued": n}, ctx.translate("cli", "{n} entries queued again.").format(n=n))
    return 0


def _dock(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.action == "add":
        media_settings.add_dock(ctx.ws, ctx.actor, args.path, args.polling)
    elif args.action == "remove":
        media_settings.remove_dock(ctx.ws, ctx.actor, args.path)
    docks = media_settings.list_docks(ctx.ws, ctx.actor)
    ctx.emit([asdict(d) for d in docks], "\n".join(
        f"{d.path}{'  (polling)' if d.polling else ''}{'' if d.active else '  (removed)'}" for d in docks)
        or ctx.translate("cli", "No dock folders."))
    return 0


def _setting(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.key and args.value is not None:
        settings = media_settings.change_setting(ctx.ws, ctx.actor, args.key, args.value)
    else:
        settings = media_settings.read_settings(ctx.ws)
    data = asdict(settings)
    ctx.emit(data, "\n".join(f"{k} = {v}" for k, v in data.items()))
    return 0
