import argparse
import subprocess
from pathlib import Path


def trim(src: Path, start: str, length: int, out: Path) -> None:
    cmd = ["ffmpeg", "-y", "-ss", start, "-i", str(src), "-t", str(length), "-c", "copy", str(out)]
    subprocess.run(cmd, check=True)


def main():
    ap = argparse.ArgumentParser(description="Cut a highlight clip from the ceremony video")
    ap.add_argument("video", type=Path)
    ap.add_argument("--start", default="00:00:10")
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--out", type=Path, default=Path("highlight.mp4"))
    a = ap.parse_args()
    trim(a.video, a.start, a.seconds, a.out)


if __name__ == "__main__":
    main()
