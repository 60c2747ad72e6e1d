import argparse
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Make a 10 s preview of a scooter dashcam clip")
    ap.add_argument("clip", type=Path)
    ap.add_argument("--start", type=float, default=0.0)
    args = ap.parse_args()
    out = args.clip.with_suffix(".preview.mp4")
    cmd = ["ffmpeg", "-y", "-ss", str(args.start), "-i", str(args.clip), "-t", "10", "-an", str(out)]
    subprocess.run(cmd, check=True)
    print("wrote", out)


if __name__ == "__main__":
    main()
