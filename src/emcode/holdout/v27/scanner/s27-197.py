import argparse
import subprocess
from pathlib import Path


def clip(src: Path, start: int, length: int, dst: Path) -> None:
    if start < 0 or not 0 < length <= 600:
        raise SystemExit("start must be >= 0 and length in 1..600 s")
    cmd = ["ffmpeg", "-y", "-ss", str(start), "-t", str(length), "-i", str(src), "-c", "copy", str(dst)]
    subprocess.run(cmd, check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description="Cut a clip from an esports VOD")
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--length", type=int, default=30)
    a = ap.parse_args()
    clip(a.src, a.start, a.length, a.dst)


if __name__ == "__main__":
    main()
