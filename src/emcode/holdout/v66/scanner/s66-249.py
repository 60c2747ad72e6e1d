import subprocess
import sys
from pathlib import Path


def normalise(track: Path) -> Path:
    out = track.with_name(track.stem + "-norm.mp3")
    subprocess.run(["ffmpeg", "-y", "-i", str(track), "-af", "loudnorm", str(out)], check=True)
    return out


if __name__ == "__main__":
    for t in sys.argv[1:]:
        print(normalise(Path(t)))
