import subprocess
import uuid
from pathlib import Path

PRESETS = {
    "720p": ["-vf", "scale=-2:720", "-b:v", "2500k"],
    "480p": ["-vf", "scale=-2:480", "-b:v", "1200k"],
}
OUT = Path("/srv/media/out")


def transcode(src: Path, preset: str) -> Path:
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}")
    dst = OUT / f"{uuid.uuid4().hex}.mp4"
    cmd = ["ffmpeg", "-nostdin", "-y", "-i", str(src), *PRESETS[preset], str(dst)]
    subprocess.run(cmd, check=True, timeout=3600)
    return dst
