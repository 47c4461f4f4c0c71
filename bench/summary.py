"""The one table that ``python -m bench`` prints at its end: every benchmark's measure, result, ceiling, share and
target, and whether the target is met. Each benchmark adds its rows here as it finishes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    measure: str
    result: str
    ceiling: str
    share: str
    target: str
    met: bool


ROWS: list[Row] = []


def throughput(measure: str, mb_s: float, ceiling_mb_s: float, target_share: float, note: str = "") -> None:
    """A throughput against the ceiling the machine allows for the same work, measured in the same run."""
    share = mb_s / ceiling_mb_s if ceiling_mb_s else 0.0
    ROWS.append(Row(measure, f"{mb_s:.0f} MB/s", f"{ceiling_mb_s:.0f} MB/s{note}", f"{share:.2f}",
                    f"share >= {target_share:.2f}", share >= target_share))


def ratio(measure: str, value: float, target: float, baseline: str, at_least: bool = True) -> None:
    """A ratio to a baseline run in the same benchmark (e.g. ahead of standard tools: >= 1)."""
    met = value >= target if at_least else value <= target
    ROWS.append(Row(measure, f"{value:.2f}x", baseline, "", f"{'>=' if at_least else '<='} {target:g}x", met))


def limit(measure: str, value: float, unit: str, target: float, below: bool = True) -> None:
    """A latency, duration or size against its own target."""
    met = value < target if below else value > target
    ROWS.append(Row(measure, f"{value:.1f} {unit}", "", "", f"{'<' if below else '>'} {target:g} {unit}", met))


def table() -> str:
    head = ("measure", "result", "ceiling", "share", "target", "met")
    cells = [head] + [(r.measure, r.result, r.ceiling, r.share, r.target, "yes" if r.met else "NO") for r in ROWS]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    met = sum(r.met for r in ROWS)
    lines.append(f"{met} of {len(ROWS)} targets met")
    return "\n".join(lines)
