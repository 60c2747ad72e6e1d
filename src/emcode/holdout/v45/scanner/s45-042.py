import subprocess
import sys
from pathlib import Path


def convert(recording: str) -> Path:
    src = Path(recording)
    out = src.with_suffix(".wav")
    subprocess.run(
        ["ffmpeg", "-y", "-i", str(src.resolve()), "-ar", "16000", "-ac", "1", str(out.resolve())],
        check=True,
    )
    return out


if __name__ == "__main__":
    for f in sys.argv[1:]:
        print("converted", convert(f))
