"""One call for a whole disc set: lay out, build, verify and label every disc of a plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from disc_burning.bag import CATALOGUE, DiscLayout, build_layout
from disc_burning.files import output_paths
from disc_burning.iso import ImageResult, build_image
from disc_burning.label import labels_for
from disc_burning.plan import DiscPlan
from disc_burning.verify import VerificationResult, verify_image

# (step, done, total): step is e.g. "build 1/2" or "verify 2/2"; done and total are bytes of that step.
SetProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuiltDisc:
    layout: DiscLayout
    image: ImageResult
    verification: VerificationResult
    label_pdf: Path  # one page per copy, for printing
    catalogue_pdf: Path  # the same catalogue as on the disc, for the paper file


def build_disc_set(
    plan: DiscPlan,
    out_dir: Path,
    progress: SetProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[BuiltDisc]:
    """Build and verify the images of ``plan`` in ``out_dir``; raises the plan's first problem before any work.

    A disc whose verification fails is still returned (``verification.ok`` is False) so its problems can be shown.
    """
    plan.raise_for_problems()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for disc in plan.discs:
        step = f"{disc.number}/{disc.count}"
        layout = build_layout(plan, disc, cancelled)
        iso, label, catalogue = output_paths(out_dir, layout.volume_id)
        image = build_image(layout, iso, _step(progress, f"build {step}"), cancelled)
        verification = verify_image(image.path, layout, _step(progress, f"verify {step}"), cancelled)
        label.write_bytes(labels_for(layout))
        catalogue.write_bytes(layout.entry(CATALOGUE).data or b"")
        built.append(BuiltDisc(layout, image, verification, label, catalogue))
    return built


def _step(progress: SetProgress | None, step: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    return lambda done, total: progress(step, done, total)
