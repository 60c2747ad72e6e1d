import argparse
import subprocess
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description="extract the audio track")
    parser.add_argument("video", type=Path)
    args = parser.parse_args()
    out = args.video.with_suffix(".mp3")
    subprocess.run(["ffmpeg", "-nostdin", "-i", str(args.video.resolve()), "-vn", str(out.resolve())], check=True)
    print(out)


if __name__ == "__main__":
    main()
