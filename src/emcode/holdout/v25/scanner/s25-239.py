import subprocess
from pathlib import Path

LIBRARY = Path("/srv/radio/library").resolve()


def to_mp3(relative: str, bitrate: int = 192) -> Path:
    src = (LIBRARY / relative).resolve()
    if not src.is_relative_to(LIBRARY) or not src.is_file():
        raise ValueError(f"{relative!r} is not a track in the library")
    out = src.with_suffix(".mp3")
    if bitrate not in (128, 192, 256, 320):
        raise ValueError("bitrate must be 128, 192, 256 or 320")
    subprocess.run(["ffmpeg", "-y", "-i", str(src), "-b:a", f"{bitrate}k", str(out)], check=True)
    return out
