import argparse
import os


def main():
    parser = argparse.ArgumentParser(description="Convert a match VOD to a shareable clip")
    parser.add_argument("vod")
    parser.add_argument("--start", default="00:00:00")
    parser.add_argument("--length", default="30")
    args = parser.parse_args()

    out = os.path.splitext(args.vod)[0] + "_clip.mp4"
    os.system(f"ffmpeg -y -ss {args.start} -i {args.vod} -t {args.length} -c copy {out}")
    print("clip written to", out)
    if os.path.getsize(out) < 1024:
        print("warning: clip looks empty, check the start ti