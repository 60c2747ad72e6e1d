import os
import subprocess
from pathlib import Path

INBOX = Path("/srv/media/inbox")
OUTBOX = Path("/srv/media/out")
VIDEO_EXT = {".mp4", ".mov", ".mkv"}


def transcode(filename: str, height: int = 720) -> Path:
    name = os.path.basename(filename)
    src = INBOX / name
    if src.suffix.lower() not in VIDEO_EXT or not src.is_file():
        raise FileNotFoundError(name)
    dst = OUTBOX / (src.stem + f"_{int(height)}p.mp4")
    cmd = ["ffmpeg", "-nostdin", "-y", "-i", str(src), "-vf", f"scale=-2:{int(height)}", str(dst)]
    subprocess.run(cmd, check=True, timeout=3600)
    return dst
