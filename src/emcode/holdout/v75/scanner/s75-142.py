import argparse
import subprocess
from pathlib import Path


def make_preview(video: Path, out: Path, seconds: int):
    subprocess.run(
        ["ffmpeg", "-y", "-ss", "0", "-t", str(seconds), "-i", str(video), "-vf", "scale=640:-2", str(out)],
        check=True,
    )


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Cut a preview clip from a digitised archive film")
    ap.add_argument("video", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seconds", type=int, default=20, choices=range(5, 121), metavar="5-120")
    a = ap.parse_args()
    make_preview(a.video, a.out, a.seconds)
