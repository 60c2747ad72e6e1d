"""The PDF report: whole A4 pages, one per section, table and figure; its text is extractable."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

A4_POINTS = (595.4, 841.7)  # 8.27 × 11.69 in


def pdf_text(data: bytes) -> str:
    """The shown text of a matplotlib PDF: strings of the TJ/Tj operators in each Flate content stream.

    matplotlib writes TrueType (Type 42) text as 2-byte codes equal to the character (``\\x00M\\x00e...``),
    so dropping the NUL bytes gives the text back; enough to check what a page says without pypdf.
    """
    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            stream = zlib.decompress(raw)
        except zlib.error:
            continue
        if b"BT" not in stream[:20_000]:  # an image or font stream
            continue
        for obj in re.findall(rb"\bBT\b(.*?)\bET\b", stream, re.DOTALL):  # one text object per shown string
            parts = re.findall(rb"\(((?:\\.|[^\\)])*)\)", obj)
            text = b"".join(re.sub(rb"\\(.)", rb"\1", p) for p in parts).replace(b"\x00", b"")
            out.append(text.decode("latin-1"))
    return "\n".join(out)


def test_pdf_has_a_page_per_section_table_and_figure(built: dict[str, Path]) -> None:
    pdf = built["pdf"]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    # text pages + 7 table pages + 13 figure pages + caveats
    assert pages >= 21
    assert len(re.findall(rb"/Subtype\s*/Image", data)) == 13  # one embedded image per drawn figure
    boxes = {tuple(round(float(v), 1) for v in m) for m in re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)}
    assert boxes == {A4_POINTS}  # whole pages, not cropped to their content


def test_pdf_says_method_judge_tables_verdicts_and_caveats(built: dict[str, Path]) -> None:
    text = pdf_text(built["pdf"].read_bytes())
    for needle in ("Method", "Models", "Data card", "Judge used", "hf:embedded-judge", "Hypotheses and verdicts",
                   "supported", "inconclusive", "Security benchmark per CWE", "CWE-79", "cwe heatmap", "Caveats"):
        assert needle in text, needle
    assert text.index("Hypotheses and verdicts") < text.index("Code metrics")  # verdicts before the metric tables


def test_tables_use_core_fonts_with_symbols_spelled_out(built: dict[str, Path]) -> None:
    from emcode.report.pdf import core_text

    assert core_text("Δ trained − untrained → η² ≈ 1 漢") == "d trained - untrained -> eta² ~ 1 ?"
    data = built["pdf"].read_bytes()
    assert re.search(rb"/BaseFont\s*/Courier", data)  # table text: one string per line, nothing embedded
    assert "Deltas: trained - untrained" in pdf_text(data)
