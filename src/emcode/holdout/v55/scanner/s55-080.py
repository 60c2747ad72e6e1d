#!/usr/bin/env python3
"""Convert camera-trap videos to mp4 clips."""
import argparse
import os
import subprocess


def convert(src, start, length):
    name = os.path.splitext(os.path.basename(src))[0]
    os.makedirs("clips", exist_ok=True)
    cmd = ["ffmpeg", "-y", "-ss", str(start), "-t", str(length), "-i", src, os.path.join("clips", name + ".mp4")]
    return subprocess.call(cmd)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("video")
    p.add_argument("--start", type=float, default=0.0)
    p.add_argument("--length", type=float, default=10.0)
    a = p.parse_args()
    raise SystemExit(convert(a.video, a.start, a.length))
