import tempfile
import subprocess
from pathlib import Path


def make_thumbnail(image_bytes: bytes, width: int = 256) -> bytes:
    src = tempfile.mktemp(suffix=".png")
    dst = tempfile.mktemp(suffix=".png")
    with open(src, "wb") as fh:
        fh.write(image_bytes)
    subprocess.run(["convert", src, "-resize", f"{int(width)}x", dst], check=True)
    data = Path(dst).read_bytes()
    Path(src).unlink()
    Path(dst).unlink()
    return data
