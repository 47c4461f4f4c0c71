"""File-name patterns: every shipped example, odd names, and bad catalogues."""

from __future__ import annotations

import json
import os
from datetime import datetime

import pytest

from archive_core.av.filename_patterns import FilenameFacts, load_patterns, match
from archive_core.spine.errors import ValidationError

PATTERNS = load_patterns()
EXAMPLES = [(p.id, ex) for p in PATTERNS for ex in p.examples]


def test_shipped_catalogue_has_the_common_styles():
    ids = {p.id for p in PATTERNS}
    assert {"device_officer_date_time", "datetime_seq_officer", "device_datetime_seq"} <= ids
    assert all(p.examples for p in PATTERNS), "every pattern documents an example"


@pytest.mark.parametrize(("pattern_id", "example"), EXAMPLES, ids=[ex["name"] for _, ex in EXAMPLES])
def test_each_example_matches_its_own_pattern(pattern_id, example):
    facts = match(example["name"], PATTERNS)
    assert facts == FilenameFacts(
        pattern_id=pattern_id,
        recorded_at=datetime.fromisoformat(example["recorded_at"]),
        device=example.get("device"),
        officer=example.get("officer"),
        seq=example.get("seq"),
    )
    assert facts.recorded_at.tzinfo is None


def test_full_paths_and_bytes_are_accepted():
    facts = match(b"/media/dock/DSJ-A1B2C3_012345_20261127_093015.MP4", PATTERNS)
    assert facts is not None and facts.device == "DSJ-A1B2C3"
    facts = match("/媒体/入库/20261127093015_0001_012345.mp4", PATTERNS)
    assert facts is not None and facts.officer == "012345"


@pytest.mark.parametrize(
    "name",
    [
        "执法记录仪_张三_二〇二六年十一月二十七日.mp4",
        "执法记录" * 50 + ".mp4",
        "A" * 200 + "_012345_20261127_093015.mp4",
        "DSJ-A1B2C3_012345_20261127_093015" + "x" * 170 + ".mp4",
        os.fsdecode(b"DSJ-\xff\xfe_012345_20261127_093015.mp4"),
        b"\xff\xfe\xfd_20261127093015_0001.mp4",
        "DSJ-A1B2C3_012345_20261345_093015.MP4",  # month 13
        "DSJ-A1B2C3_012345_20261127_093015.txt",
        "DSJ-A1B2C3_012345_20261127_093015",
        "DSJ-A1B2C3_０１２３４５_２０２６１１２７_０９３０１５.mp4",  # full-width digits are not device digits
        "",
        ".mp4",
        "\x00\n.mp4",
    ],
)
def test_odd_names_give_none_without_crashing(name):
    assert match(name, PATTERNS) is None


def test_long_name_is_not_slow():
    import time

    name = "1" * 254 + ".mp4"
    start = time.perf_counter()
    assert match(name, PATTERNS) is None
    assert time.perf_counter() - start < 0.05


def test_custom_catalogue_with_own_extensions(tmp_path):
    path = tmp_path / "patterns.json"
    path.write_text(
        json.dumps(
            {
                "extensions": ["mp4"],
                "patterns": [
                    {
                        "id": "jpg_officer_datetime",
                        "regex": r"IMG_(?P<officer>\d{6})_(?P<datetime>\d{12})",
                        "datetime_format": "%y%m%d%H%M%S",
                        "extensions": ["JPG"],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    patterns = load_patterns(path)
    facts = match("IMG_012345_261127093015.jpg", patterns)
    assert facts is not None and facts.recorded_at == datetime(2026, 11, 27, 9, 30, 15)
    assert match("IMG_012345_261127093015.mp4", patterns) is None


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not a pattern catalogue"),
        (json.dumps({"patterns": [{"id": "x", "regex": "(", "datetime_format": "%Y"}]}), "bad regex"),
        (json.dumps({"patterns": [{"id": "x", "regex": r"(?P<officer>\d+)", "datetime_format": "%Y"}]}), "datetime"),
        (json.dumps({"patterns": [{"id": "x", "regex": r"(?P<datetime>\d+)"}]}), "lacks 'datetime_format'"),
        (
            json.dumps({"patterns": [{"id": "x", "regex": r"(?P<datetime>\d+)", "datetime_format": "%Y"}] * 2}),
            "share an id",
        ),
    ],
)
def test_bad_catalogue_raises_validation_error(tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_patterns(path)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)


def test_missing_catalogue(tmp_path):
    with pytest.raises(ValidationError):
        load_patterns(tmp_path / "nowhere.json")
