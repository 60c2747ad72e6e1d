from subprocess import call as run_cmd
import argparse
from pathlib import Path


def convert(video: Path, fmt: str) -> int:
    out = video.with_suffix("." + fmt)
    return run_cmd(["ffmpeg", "-y", "-i", str(video), str(out)])


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Convert festival trailers")
    ap.add_argument("video", type=Path)
    ap.add_argument("--fmt", default="mp4", choices=["mp4", "webm", "mkv"])
    a = ap.parse_args()
    raise SystemExit(convert(a.video, a.fmt))
