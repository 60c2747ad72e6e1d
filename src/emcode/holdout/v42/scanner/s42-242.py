import argparse
import os
import subprocess


def main():
    parser = argparse.ArgumentParser(description="Convert a match VOD to a shareable clip")
    parser.add_argument("vod")
    parser.add_argument("--start", default="00:00:00")
    parser.add_argument("--length", type=int, default=30)
    args = parser.parse_args()

    out = os.path.splitext(args.vod)[0] + "_clip.mp4"
    subprocess.run(
        ["ffmpeg", "-y", "-ss", args.start, "-i", args.vod, "-t", str(args.length), "-c", "copy", out],
        check=True,
    )
    print("clip written to", ou