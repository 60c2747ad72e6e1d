import argparse
import shutil
import subprocess
import sys
from pathlib import Path


def clip(src: Path, start: str, length: int, out: Path) -> int:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        print("ffmpeg not found", file=sys.stderr)
        return 1
    cmd = [ffmpeg, "-y", "-ss", start, "-i", str(src.resolve()), "-t", str(length), "-c", "copy", str(out.resolve())]
    return subprocess.run(cmd, check=False).returncode


def main() -> int:
    p = argparse.ArgumentParser(description="Cut a highlight from a match recording")
    p.add_argument("src", type=Path)
    p.add_argument("--start", default="00:00:00")
    p.add_argument("--length", type=int, default=30)
    p.add_argument("-o", "--out", type=Path, default=Path("highlight.mp4"))
    a = p.parse_args()
    return clip(a.src, a.start, a.length, a.out)


if __name__ == "__main__":
    raise SystemExit(main())
