import subprocess
import tempfile
from pathlib import Path

def build_docs(src: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site.zip"
        subprocess.run(["mkdocs", "build", "-f", src, "-d", tmp + "/site"], check=True)
        subprocess.run(["zip", "-qr", str(out), "site"], cwd=tmp, check=True)
        return out.read_bytes()
