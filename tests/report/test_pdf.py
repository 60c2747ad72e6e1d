"""The PDF report: written, several pages, text extractable when pypdf is installed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


def test_pdf_pages_and_text(built: dict[str, Path]) -> None:
    pdf = built["pdf"]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    # text pages + 6 table pages + 13 figure pages + caveats
    assert pages >= 20
    try:
        from pypdf import PdfReader
    except ImportError:
        pytest.skip("pypdf not installed: page count checked, text extraction not")
    text = "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    for needle in ("Method", "Judge used", "hf:embedded-judge", "supported", "Caveats"):
        assert needle in text
