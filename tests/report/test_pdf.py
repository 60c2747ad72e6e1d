"""The PDF report: written, several pages, text extractable when pypdf is installed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


def test_pdf_has_a_page_per_section_table_and_figure(built: dict[str, Path]) -> None:
    pdf = built["pdf"]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    # text pages + 6 table pages + 13 figure pages + caveats
    assert pages >= 20
    assert len(re.findall(rb"/Subtype\s*/Image", data)) == 13  # one embedded image per drawn figure


def test_pdf_text_is_extractable(built: dict[str, Path]) -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf not installed (not a dependency): text extraction not checked")
    text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(built["pdf"]).pages)
    for needle in ("Method", "Judge used", "hf:embedded-judge", "supported", "Caveats"):
        assert needle in text
