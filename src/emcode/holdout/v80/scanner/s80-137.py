import subprocess
import sys
from pathlib import Path


def convert(recording: Path) -> Path:
    out = recording.with_suffix(".wav")
    subprocess.run(["ffmpeg", "-y", "-i", str(recording), "-ar", "44100", str(out)], check=True)
    return out


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print("converted", convert(Path(name)))
