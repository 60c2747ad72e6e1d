import argparse
import subprocess
import sys
from pathlib import Path


def convert(src: Path, dst: Path, rate: int) -> int:
    cmd = [
        "ffmpeg", "-hide_banner", "-y",
        "-i", str(src),
        "-ar", str(rate),
        "-ac", "2",
        str(dst),
    ]
    return subprocess.call(cmd)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Downmix a booth audio track to stereo")
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--rate", type=int, default=48000, choices=[44100, 48000, 96000])
    args = ap.parse_args(argv)
    if not args.src.is_file():
        print(f"no such file: {args.src}", file=sys.stderr)
        return 2
    return convert(args.src, args.dst, args.rate)


if __name__ == "__main__":
    sys.exit(main())
