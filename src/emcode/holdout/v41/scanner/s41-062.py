import subprocess
import sys
from pathlib import Path


def convert(xray: str) -> str:
    src = Path(xray)
    out = src.with_suffix(".png")
    subprocess.run(["convert", "--", str(src), "-resize", "1024x1024", str(out)], check=True)
    return str(out)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print("wrote", convert(name))
