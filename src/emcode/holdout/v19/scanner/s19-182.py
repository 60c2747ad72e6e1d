import subprocess
import tempfile
from pathlib import Path


def build_docs(src: Path) -> bytes:
    with tempfile.TemporaryDirectory(prefix="docs-") as tmp:
        subprocess.run(["sphinx-build", "-b", "html", str(src), tmp], check=True)
        return (Path(tmp) / "index.html").read_bytes()
