import subprocess
import sys
from pathlib import Path


def convert(recording: Path) -> Path:
    target = recording.with_suffix(".mp3")
    subprocess.run(["ffmpeg", "-y", "-i", str(recording), "-b:a", "128k", str(target)], check=True)
    return target


if __name__ == "__main__":
    for f in sys.argv[1:]:
        print("converted", convert(Path(f).resolve()))
