import argparse
import subprocess
import sys
from pathlib import Path


def transcode(src: Path, dst: Path, height: int) -> int:
    cmd = ["ffmpeg", "-y", "-i", str(src), "-vf", f"scale=-2:{height}", str(dst)]
    return subprocess.call(cmd)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--height", type=int, choices=[360, 480, 720, 1080], default=720)
    args = ap.parse_args()
    if not args.src.is_file():
        print("source not found", file=sys.stderr)
        return 1
    return transcode(args.src.resolve(), args.dst.resolve(), args.height)


if __name__ == "__main__":
    sys.exit(main())
