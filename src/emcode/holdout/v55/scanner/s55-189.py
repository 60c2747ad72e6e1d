#!/usr/bin/env python3
"""Convert camera-trap videos to mp4 clips."""
import argparse
import os


def convert(src, start, length):
    name = os.path.splitext(os.path.basename(src))[0]
    cmd = "ffmpeg -y -ss %s -t %s -i '%s' clips/%s.mp4" % (start, length, src, name)
    return os.system(cmd)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("video")
    p.add_argument("--start", default="0")
    p.add_argument("--length", default="10")
    a = p.parse_args()
    raise SystemExit(convert(a.video, a.start, a.length))
