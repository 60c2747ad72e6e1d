import argparse
import subprocess
from pathlib import Path


def transcode(src: Path, dst: Path, bitrate: str) -> None:
    subprocess.run(
        ["ffmpeg", "-y", "-i", str(src), "-b:a", bitrate, str(dst)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main():
    ap = argparse.ArgumentParser(description="Make preview clips for a concert listing")
    ap.add_argument("source", type=Path)
    ap.add_argument("--bitrate", default="128k", choices=["96k", "128k", "192k"])
    args = ap.parse_args()
    out = args.source.with_suffix(".preview.mp3")
    transcode(args.source, out, args.bitrate)
    print(out)


if __name__ == "__main__":
    main()
