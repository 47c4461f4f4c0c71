"""What the content files themselves say: digests, format, A/V properties and decoding, PDF pages and encryption."""

from __future__ import annotations

import hashlib
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import av
import pikepdf
from PIL import Image

from archive_core.archiving.four_properties.engine import Problem, SubjectItem
from archive_core.spine.errors import QT_TRANSLATE_NOOP
from disc_burning.sm3 import sm3_hasher

CHUNK = 4 * 1024 * 1024
# Zip entries may be stored or deflated; anything else is a compression a receiving archive may not read.
PUBLIC_ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
RENDER_TIMEOUT_S = 60


def sniff(head: bytes) -> str:
    """The format the first bytes show (mp4, mp3, wav, aac, pdf, zip, jpeg, tiff, png, …; "" unknown)."""
    if head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xF6 in (0xF2, 0xF4)):
        return "mp3"
    if len(head) > 1 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return "aac"
    if head.startswith(b"GIF8"):
        return "gif"
    if head.startswith(b"BM"):
        return "bmp"
    return ""


@dataclass(frozen=True)
class Digests:
    sha256: str
    sm3: str
    size: int


@dataclass(frozen=True)
class MediaFacts:
    duration: float | None
    video_codec: str
    audio_codec: str
    width: int | None
    height: int | None
    problem: Problem | None  # why it does not open or decode


@dataclass(frozen=True)
class PdfFacts:
    pages: int | None
    encrypted: bool
    problem: Problem | None


class ItemFacts:
    """Facts of one item's content, each read when first asked for (a check of another occasion may not need it)."""

    def __init__(self, item: SubjectItem, decode_frames: int) -> None:
        self.item, self._frames = item, decode_frames
        self.path = item.content

    @cached_property
    def present(self) -> bool:
        return self.path is not None and self.path.is_file()

    @cached_property
    def digests(self) -> Digests | None:
        if not self.present:
            return None
        assert self.path is not None
        sha, sm3, size = hashlib.sha256(), sm3_hasher(), 0
        with open(self.path, "rb", buffering=0) as fh:
            buf = bytearray(CHUNK)
            view = memoryview(buf)
            while n := fh.readinto(buf):
                sha.update(view[:n])
                sm3.update(view[:n])
                size += n
        return Digests(sha.hexdigest(), sm3.hexdigest(), size)

    @cached_property
    def format(self) -> str:
        """The format by content: mp4/<video codec> (mp4/<audio codec> without picture), zip holding OFD.xml: ofd."""
        if not self.present:
            return ""
        assert self.path is not None
        with open(self.path, "rb") as fh:
            kind = sniff(fh.read(16))
        if kind == "mp4":
            m = self.media
            return f"mp4/{m.video_codec or m.audio_codec or '?'}"
        if kind == "zip" and self._zip_names is not None and "OFD.xml" in self._zip_names:
            return "ofd"
        return kind

    @cached_property
    def _zip_names(self) -> list[str] | None:
        try:
            with zipfile.ZipFile(str(self.path)) as z:
                return z.namelist()
        except (zipfile.BadZipFile, OSError):
            return None

    @cached_property
    def media(self) -> MediaFacts:
        assert self.path is not None
        try:
            with av.open(str(self.path)) as box:
                v = next(iter(box.streams.video), None)
                a = next(iter(box.streams.audio), None)
                duration = box.duration / 1e6 if box.duration else None
                facts = MediaFacts(duration, v.codec_context.name if v else "", a.codec_context.name if a else "",
                                   v.codec_context.width if v else None, v.codec_context.height if v else None, None)
                decoded = 0
                stream = v or a
                if stream is not None:
                    for frame in box.decode(stream):
                        del frame
                        decoded += 1
                        if decoded >= self._frames:
                            break
                if decoded == 0:
                    return replace(facts, problem=Problem(
                        QT_TRANSLATE_NOOP("four_properties", "{file}: no frame could be decoded."),
                        {"file": self.item.name}, self.item.name))
                return facts
        except (av.FFmpegError, OSError, ValueError) as exc:
            return MediaFacts(None, "", "", None, None, Problem(
                QT_TRANSLATE_NOOP("four_properties", "{file} does not open as audio or video: {reason}."),
                {"file": self.item.name, "reason": str(exc)}, self.item.name))

    @cached_property
    def pdf(self) -> PdfFacts:
        assert self.path is not None
        name = self.item.name
        try:
            with pikepdf.open(self.path) as doc:
                pages, encrypted = len(doc.pages), doc.is_encrypted
        except pikepdf.PasswordError:
            return PdfFacts(None, True, Problem(
                QT_TRANSLATE_NOOP("four_properties", "{file} is a PDF that needs a password to open."),
                {"file": name}, name))
        except (pikepdf.PdfError, OSError) as exc:
            return PdfFacts(None, False, Problem(
                QT_TRANSLATE_NOOP("four_properties", "{file} does not open as PDF: {reason}."),
                {"file": name, "reason": str(exc)}, name))
        with tempfile.TemporaryDirectory() as tmp:
            try:
                done = subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "20", "-png", str(self.path),
                                       str(Path(tmp) / "p")], capture_output=True, text=True,
                                      timeout=RENDER_TIMEOUT_S)
                rendered = done.returncode == 0 and any(Path(tmp).iterdir())
                why = done.stderr.strip()[:200]
            except (OSError, subprocess.TimeoutExpired) as exc:
                rendered, why = False, str(exc)
        if not rendered:
            return PdfFacts(pages, encrypted, Problem(
                QT_TRANSLATE_NOOP("four_properties", "{file}: its first page cannot be rendered: {reason}."),
                {"file": name, "reason": why}, name))
        return PdfFacts(pages, encrypted, None)

    @cached_property
    def image_problem(self) -> Problem | None:
        assert self.path is not None
        try:
            with Image.open(self.path) as img:
                img.load()
        except (OSError, SyntaxError, ValueError) as exc:
            return Problem(QT_TRANSLATE_NOOP("four_properties", "{file} does not open as an image: {reason}."),
                           {"file": self.item.name, "reason": str(exc)}, self.item.name)
        return None

    @cached_property
    def zip_problem(self) -> Problem | None:
        """Encrypted entries or a non-public compression method in a zip-based file (a zip, an OFD)."""
        try:
            with zipfile.ZipFile(str(self.path)) as z:
                for info in z.infolist():
                    if info.flag_bits & 0x1:
                        return Problem(QT_TRANSLATE_NOOP("four_properties", "{file}: {entry} is encrypted."),
                                       {"file": self.item.name, "entry": info.filename}, self.item.name)
                    if info.compress_type not in PUBLIC_ZIP_METHODS:
                        return Problem(QT_TRANSLATE_NOOP(
                            "four_properties", "{file}: {entry} uses compression method {method}, which is not a "
                                               "public one."),
                            {"file": self.item.name, "entry": info.filename, "method": info.compress_type},
                            self.item.name)
        except (zipfile.BadZipFile, OSError) as exc:
            return Problem(QT_TRANSLATE_NOOP("four_properties", "{file} does not open as a zip archive: {reason}."),
                           {"file": self.item.name, "reason": str(exc)}, self.item.name)
        return None

    def opens(self) -> Problem | None:
        """Why the content does not open with a reader for its format (None: it opens)."""
        kind = self.format
        if kind.startswith("mp4") or kind in ("mp3", "wav", "aac"):
            return self.media.problem
        if kind == "pdf":
            return self.pdf.problem
        if kind in ("jpeg", "png", "tiff", "gif", "bmp"):
            return self.image_problem
        if kind in ("zip", "ofd"):
            return self.zip_problem if self._zip_names is None else None
        return Problem(QT_TRANSLATE_NOOP("four_properties", "{file}: the format is not recognised, so it cannot be "
                                                            "opened."), {"file": self.item.name}, self.item.name)


class Facts:
    """The content facts of every item of a subject, read at most once per run."""

    def __init__(self, items: tuple[SubjectItem, ...], decode_frames: int) -> None:
        self._of = {id(i): ItemFacts(i, decode_frames) for i in items}

    def of(self, item: SubjectItem) -> ItemFacts:
        return self._of[id(item)]
