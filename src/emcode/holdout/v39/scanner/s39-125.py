import argparse
import subprocess
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Loudness-normalise podcast episodes")
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--target", type=float, default=-16.0)
    args = ap.parse_args()
    for src in args.files:
        dst = src.with_name(src.stem + ".norm.mp3")
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-y", "-i", str(src),
             "-af", f"loudnorm=I={args.target:.1f}", str(dst)],
            check=True,
        )
        print("wrote", dst)


if __name__ == "__main__":
    main()
