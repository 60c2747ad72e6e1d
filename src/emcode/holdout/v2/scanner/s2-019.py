import subprocess
import tempfile
from pathlib import Path


def word_count_of_docx(docx: bytes) -> int:
    """Number of words in a .docx document, via pandoc."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.docx"
        src.write_bytes(docx)
        text = subprocess.run(["pandoc", str(src), "-t", "plain"], capture_output=True, text=True, check=True).stdout
    return len(text.split())
