"""The disc's index.html: lists the items with their metadata in Chinese and plays them in any browser."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from urllib.parse import quote

from disc_burning import written_dates
from disc_burning.items import DiscItem
from disc_burning.plan import human_size
from disc_burning.sidecar import format_period

PLAYABLE = {".mp4", ".m4v", ".webm", ".ogv", ".mov"}
AUDIO = {".mp3", ".m4a", ".aac", ".wav", ".ogg", ".oga", ".flac"}

STYLE = """
body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;margin:1.5em;
color:#222}
h1{font-size:1.5em}.disc{color:#555}
section{border:1px solid #ccc;border-radius:6px;padding:.8em 1em;margin:1em 0}
h2{font-size:1.15em;margin:.2em 0 .6em}
dl{display:grid;grid-template-columns:8em 1fr;gap:.25em .8em;margin:0 0 .8em}
dt{color:#555}dd{margin:0;word-break:break-all}
video{max-width:100%;max-height:60vh;background:#000}
.digest{font-family:monospace;font-size:.85em}
.damaged{border-color:#b00020}.damaged dd.damage,.damaged p.damage{color:#b00020;font-weight:bold}
"""


def render_index(
    *,
    archive_code: str,
    agency_name: str,
    bag_count: str,
    bagging_date: date,
    items: Sequence[DiscItem],
    media_paths: Sequence[str],
    sidecar_paths: Sequence[str],
) -> bytes:
    """``media_paths`` and ``sidecar_paths`` are relative to the folder holding index.html."""
    number, _, count = bag_count.partition(" of ")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{escape(archive_code)} 执法音视频证据光盘</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>执法音视频证据光盘　档号 {escape(archive_code)}</h1>",
        f'<p class="disc">{escape(agency_name)}　第 {escape(number)} 张，共 {escape(count)} 张　'
        f"制作日期 {written_dates.day(bagging_date)}　文件 {len(items)} 个　"
        '<a href="catalogue.pdf">光盘目录（PDF）</a></p>',
    ]
    for n, (item, media, sidecar) in enumerate(zip(items, media_paths, sidecar_paths, strict=True), start=1):
        href = quote(media)
        ext = "." + media.rpartition(".")[2].lower() if "." in media else ""
        if item.damage:
            player = ('<p class="damage">此文件已损坏，浏览器可能无法播放。请先核对下方 SHA-256，'
                      "再用专业播放或修复工具查看副本。</p>")
        elif ext in AUDIO:
            player = f'<audio controls preload="none" src="{href}"></audio>'
        elif ext in PLAYABLE:
            player = f'<video controls preload="metadata" src="{href}"></video>'
        else:
            player = ""
        rows = [
            ("记录事项", item.matter),
            ("记录时间", format_period(item)),
            ("记录地点", item.place),
            ("记录方式", item.method),
            ("执法人员", "、".join(str(o) for o in item.officers)),
            ("案件", f"{item.case_number} {item.case_title}"),
            ("执法环节", item.stage.label),
            ("记录设备", item.device_id),
            ("密级", item.confidentiality),
            ("大小", human_size(item.size)),
            ("损坏情况", item.damage),
        ]
        dl = "".join(f'<dt>{escape(k)}</dt><dd{" class=damage" if k == "损坏情况" else ""}>{escape(v)}</dd>'
                     for k, v in rows if v)
        dl += f'<dt>SHA-256</dt><dd class="digest">{item.sha256}</dd><dt>SM3</dt><dd class="digest">{item.sm3}</dd>'
        parts += [
            f'<section id="item-{n}"{" class=damaged" if item.damage else ""}><h2>{n}. '
            f'<a href="{href}">{escape(item.original_name)}</a>{"（已损坏）" if item.damage else ""}</h2>',
            f"<dl>{dl}</dl>",
            player,
            f'<p><a href="{quote(sidecar)}.json">元数据 JSON</a>　<a href="{quote(sidecar)}.xml">元数据 XML</a></p>',
            "</section>",
        ]
    parts.append("</body></html>\n")
    return "\n".join(parts).encode("utf-8")
