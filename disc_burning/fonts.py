"""The embedded CJK font for disc PDFs (WenQuanYi Micro Hei, TrueType, so reportlab embeds a subset)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import CJK_FONT

CJK = "WQYMicroHei"


def cjk_font() -> str:
    if CJK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK, str(CJK_FONT), subfontIndex=0))
        # One face only: <b> in paragraphs maps back to it instead of failing.
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return CJK
