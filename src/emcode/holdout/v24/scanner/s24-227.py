#!/usr/bin/env python3
import argparse
import subprocess


def transcode(src: str, dst: str, title: str) -> None:
    args = ["ffmpeg", "-y", "-i", src, "-metadata", f"title={title}", "-c:v", "libx264", dst]
    result = subprocess.run(args, check=False)
    if result.returncode != 0:
        raise SystemExit("ffmpeg failed")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="Transcode a conference talk recording")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--title", default="")
    a = p.parse_args()
    transcode(a.src, a.dst, a.title)
