import shutil
import subprocess
import tempfile
from pathlib import Path


def build_pdf(markdown: str, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="permit-") as tmp:
        src = Path(tmp) / "permit.md"
        src.write_text(markdown, encoding="utf-8")
        subprocess.run(["pandoc", str(src), "-o", str(Path(tmp) / "permit.pdf")], check=True)
        shutil.copy(Path(tmp) / "permit.pdf", out)
