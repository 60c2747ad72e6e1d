#!/usr/bin/env python3
"""Make a poster frame for each campaign video in a folder."""
import argparse
import subprocess
import sys
from pathlib import Path


def poster(video: Path, out_dir: Path, at: str) -> Path:
    out = out_dir / (video.stem + ".jpg")
    cmd = ["ffmpeg", "-y", "-loglevel", "error", "-ss", at, "-i", str(video), "-frames:v", "1", str(out)]
    subprocess.run(cmd, check=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, default=Path("posters"))
    ap.add_argument("--at", default="00:00:03")
    args = ap.parse_args()
    args.out.mkdir(exist_ok=True)
    failures = 0
    for video in sorted(args.folder.glob("*.mp4")):
        try:
            print(poster(video, args.out, args.at))
        except subprocess.CalledProcessError as exc:
            print(f"ffmpeg failed for {video.name}: {exc.returncode}", file=sys.stderr)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
