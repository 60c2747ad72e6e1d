#!/usr/bin/env python3
import argparse
import os


def transcode(src, dst, title):
    cmd = 'ffmpeg -y -i "%s" -metadata title="%s" -c:v libx264 "%s"' % (src, title, dst)
    rc = os.system(cmd)
    if rc != 0:
        raise SystemExit("ffmpeg failed")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="Transcode a conference talk recording")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--title", default="")
    a = p.parse_args()
    transcode(a.src, a.dst, a.title)
