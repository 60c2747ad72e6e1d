import subprocess
import sys
from pathlib import Path


def thumbnail(src: str, width: int = 200) -> str:
    out = str(Path(src).with_name(Path(src).stem + "_thumb.jpg"))
    arg = src if not src.startswith("-") else "./" + src
    subprocess.run(["convert", arg, "-resize", f"{int(width)}x", out], check=True)
    return out


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(thumbnail(name))
