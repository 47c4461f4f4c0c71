"""PDF/A-2b for every PDF that goes into an archive: XMP identification, an sRGB output intent, fonts embedded."""

from __future__ import annotations

import io
from datetime import datetime

import pikepdf
from PIL import ImageCms

PART, CONFORMANCE = "2", "B"


def _srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def unembedded_fonts(pdf: pikepdf.Pdf) -> list[str]:
    """Names of the fonts used on any page whose program is not in the file (PDF/A forbids them)."""
    missing: set[str] = set()
    for page in pdf.pages:
        resources = page.obj.get("/Resources", pikepdf.Dictionary())
        todo = [resources]
        while todo:
            res = todo.pop()
            for font in (res.get("/Font") or pikepdf.Dictionary()).values():
                descendants = font.get("/DescendantFonts")
                for f in ([*descendants] if descendants is not None else [font]):
                    if str(f.get("/Subtype")) == "/Type3":
                        continue
                    descriptor = f.get("/FontDescriptor")
                    if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2",
                                                                                "/FontFile3")):
                        missing.add(str(f.get("/BaseFont")))
            for xobject in (res.get("/XObject") or pikepdf.Dictionary()).values():
                if "/Resources" in xobject:
                    todo.append(xobject["/Resources"])
    return sorted(missing)


def archival(data: bytes, *, title: str, author: str = "", created: datetime | None = None) -> bytes:
    """The same document as PDF/A-2b. Raises ValueError naming any font that is not embedded, since such a file
    could not be read the same way in decades."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        missing = unembedded_fonts(pdf)
        if missing:
            raise ValueError(f"fonts not embedded: {', '.join(missing)}")
        if "/Trapped" in pdf.docinfo:  # reportlab's "not trapped" has no XMP form; PDF/A wants the two to agree
            del pdf.docinfo["/Trapped"]
        pdf.docinfo["/Title"] = title
        if author:
            pdf.docinfo["/Author"] = author
        if created is not None:
            stamp = created.strftime("D:%Y%m%d%H%M%S") + created.strftime("%z")[:3] + "'" + created.strftime("%z")[3:]
            pdf.docinfo["/CreationDate"] = pdf.docinfo["/ModDate"] = stamp
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = PART
            meta["pdfaid:conformance"] = CONFORMANCE
        icc = pdf.make_stream(_srgb_profile())
        icc["/N"] = 3
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1, OutputConditionIdentifier="sRGB",
            Info="sRGB IEC61966-2.1", DestOutputProfile=icc)])
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()
