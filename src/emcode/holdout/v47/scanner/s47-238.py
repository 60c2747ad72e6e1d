#!/usr/bin/env python3
"""Extract a still frame from each inspection video for the report."""
import argparse
import subprocess
import sys
from pathlib import Path


def extract_frame(video: Path, at: str, out_dir: Path) -> Path:
    out = out_dir / (video.stem + ".jpg")
    cmd = [
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
        "-ss", at,
        "-i", str(video),
        "-frames:v", "1",
        str(out),
    ]
    subprocess.run(cmd, check=True)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("videos", nargs="+", type=Path)
    ap.add_argument("--at", default="00:00:05")
    ap.add_argument("--out", type=Path, default=Path("frames"))
    args = ap.parse_args(argv)
    args.out.mkdir(exist_ok=True)
    for v in args.videos:
        try:
            print(extract_frame(v, args.at, args.out))
        except subprocess.CalledProcessError as exc:
            print(f"ffmpeg failed on {v}: exit {exc.returncode}", file=sys.stderr)


if __name__ == "__main__":
    main()
