"""What a test checks of a PDF the program writes (PDF/A-2b identification and output intent, every font embedded
by pikepdf and by poppler's pdffonts, an independent reader, the Chinese text readable); scanned PDFs for tests."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pikepdf

from disc_burning.pdfa import unembedded_fonts


def assert_pdfa(pdf: Path | bytes, *, text: str = "") -> str:
    """Fails unless ``pdf`` is a PDF/A-2b candidate as this program makes them; returns its text (pdftotext)."""
    data = pdf if isinstance(pdf, bytes) else pdf.read_bytes()
    with pikepdf.open(io.BytesIO(data)) as doc:
        assert not doc.is_encrypted
        assert len(doc.trailer.ID) == 2
        meta = doc.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "B"), str(meta)
        assert meta.get("dc:title") == str(doc.docinfo.Title) and str(doc.docinfo.Title)
        [intent] = doc.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1 and int(intent.DestOutputProfile.N) == 3
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        assert unembedded_fonts(doc) == []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        out = ""
        if shutil.which("pdffonts"):
            fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
            rows = [r for r in fonts.splitlines()[2:] if r.strip()]
            assert rows and all(re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", r) for r in rows)
            assert all(re.search(r"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", r) for r in rows), fonts
        if shutil.which("pdftotext"):
            out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
            assert text in out
    return out


def scanned_pdf(path: Path, pages: int = 2, password: str = "") -> Path:
    """A real PDF of ``pages`` pages, as a scanner writes one (optionally encrypted with ``password``)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for n in range(pages):
        c.drawString(72, 720, f"page {n + 1}")
        c.showPage()
    c.save()
    if password:
        with pikepdf.open(path, allow_overwriting_input=True) as doc:
            doc.save(path, encryption=pikepdf.Encryption(owner=password, user=password))
    return path
