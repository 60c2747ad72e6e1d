import subprocess
import sys
from pathlib import Path


def make_thumbnail(photo):
    src = Path(photo)
    out = src.with_suffix(".thumb.jpg")
    subprocess.run(["convert", str(src), "-resize", "320x320", str(out)], check=True)
    return out


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print("wrote", make_thumbnail(p))
