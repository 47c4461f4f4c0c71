"""Disc media and the disc plan: which items go on which of the N discs, keeping a case's items together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from disc_burning.errors import ItemTooLargeError
from disc_burning.items import DiscItem, DiscRequest

BLOCK = 2048
MIB = 1024 * 1024
# ISO 9660/Joliet/UDF structures, the PDF catalogue (with its font subset), index.html and the checkpoint.
FIXED_RESERVE = 4 * MIB
# Per item: sidecars, directory records in four views, catalogue and manifest lines.
PER_ITEM_RESERVE = 64 * 1024


@dataclass(frozen=True)
class Medium:
    key: str
    label: str
    capacity: int  # usable user-data bytes of a blank disc

    @property
    def usable(self) -> int:
        """Bytes left for payload after the fixed reserve and 0.2 % headroom."""
        return max(0, self.capacity - FIXED_RESERVE - self.capacity // 500)


CD = Medium("cd", "CD-R 700MB", 737_280_000)
DVD = Medium("dvd", "DVD±R 4.7GB", 4_700_372_992)
DVD_DL = Medium("dvd_dl", "DVD±R DL 8.5GB", 8_543_666_176)
BD = Medium("bd", "BD-R 25GB", 25_025_314_816)
BD_DL = Medium("bd_dl", "BD-R DL 50GB", 50_050_629_632)
MEDIA = {m.key: m for m in (CD, DVD, DVD_DL, BD, BD_DL)}


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def footprint(item: DiscItem) -> int:
    """Bytes an item takes on disc: its data rounded up to whole blocks plus its share of the overhead."""
    return -(-item.size // BLOCK) * BLOCK + PER_ITEM_RESERVE


@dataclass(frozen=True)
class PlanProblem:
    """An item that cannot be placed; ``error`` carries the code and the message for the user."""

    item: DiscItem
    error: ItemTooLargeError

    @property
    def message(self) -> str:
        return str(self.error)


@dataclass(frozen=True)
class PlannedDisc:
    number: int  # 1-based
    count: int
    items: tuple[DiscItem, ...]

    @property
    def bag_count(self) -> str:
        return f"{self.number} of {self.count}"

    @property
    def payload_bytes(self) -> int:
        return sum(item.size for item in self.items)

    @property
    def case_numbers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item.case_number for item in self.items))


@dataclass(frozen=True)
class DiscPlan:
    request: DiscRequest
    medium: Medium
    discs: tuple[PlannedDisc, ...]
    problems: tuple[PlanProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    def raise_for_problems(self) -> None:
        if self.problems:
            raise self.problems[0].error


@dataclass
class _Bin:
    free: int
    items: list[DiscItem] = field(default_factory=list)

    def put(self, items: Sequence[DiscItem]) -> None:
        self.items.extend(items)
        self.free -= sum(footprint(i) for i in items)


def _first_fit(bins: list[_Bin], items: Sequence[DiscItem], usable: int) -> None:
    need = sum(footprint(i) for i in items)
    for b in bins:
        if b.free >= need:
            b.put(items)
            return
    b = _Bin(usable)
    b.put(items)
    bins.append(b)


def plan_discs(request: DiscRequest, medium: Medium) -> DiscPlan:
    """First-fit decreasing over case groups; a case is split over discs only when it does not fit on one."""
    usable = medium.usable
    problems = []
    groups: dict[str, list[DiscItem]] = {}
    for item in request.items:
        if footprint(item) > usable:
            problems.append(
                PlanProblem(
                    item,
                    ItemTooLargeError(
                        name=item.original_name, size=human_size(item.size), medium=medium.label,
                        capacity=human_size(usable),
                    ),
                )
            )
        else:
            groups.setdefault(item.case_number, []).append(item)

    bins: list[_Bin] = []
    ordered = sorted(groups.values(), key=lambda g: sum(footprint(i) for i in g), reverse=True)
    for group in ordered:
        if sum(footprint(i) for i in group) <= usable:
            _first_fit(bins, group, usable)
        else:
            for item in sorted(group, key=footprint, reverse=True):
                _first_fit(bins, [item], usable)

    discs = tuple(
        PlannedDisc(n, len(bins), tuple(sorted(b.items, key=lambda i: (i.case_number, i.recorded_start))))
        for n, b in enumerate(bins, start=1)
    )
    return DiscPlan(request, medium, discs, tuple(problems))
