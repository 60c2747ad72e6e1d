import tempfile
import subprocess
from pathlib import Path


def make_thumbnail(image_bytes: bytes, width: int = 256) -> bytes:
    with tempfile.TemporaryDirectory(prefix="thumb-") as work:
        src = Path(work) / "in.png"
        dst = Path(work) / "out.png"
        src.write_bytes(image_bytes)
        subprocess.run(["convert", str(src), "-resize", f"{int(width)}x", str(dst)], check=True, timeout=60)
        return dst.read_bytes()
