import argparse
import subprocess
from pathlib import Path


def main():
    parser = argparse.ArgumentParser(description="Cut a highlight clip from a match VOD")
    parser.add_argument("vod", type=Path)
    parser.add_argument("--start", required=True, help="HH:MM:SS")
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("-o", "--output", type=Path, default=Path("highlight.mp4"))
    args = parser.parse_args()

    cmd = [
        "ffmpeg", "-hide_banner", "-y",
        "-ss", args.start,
        "-i", str(args.vod),
        "-t", str(args.duration),
        "-c", "copy",
        str(args.output),
    ]
    subprocess.run(cmd, check=True)
    print("wrote", args.output)


if __name__ == "__main__":
    main()
