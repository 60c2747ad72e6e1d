from subprocess import Popen as spawn, PIPE
from pathlib import Path

FORMATS = {"mp3": ["-codec:a", "libmp3lame", "-q:a", "2"], "ogg": ["-codec:a", "libvorbis"]}


def transcode(src: Path, fmt: str) -> Path:
    if fmt not in FORMATS:
        raise ValueError(f"unsupported format {fmt}")
    dst = src.with_suffix("." + fmt)
    proc = spawn(["ffmpeg", "-y", "-i", str(src), *FORMATS[fmt], str(dst)], stdout=PIPE, stderr=PIPE)
    _, err = proc.communicate(timeout=600)
    if proc.returncode:
        raise RuntimeError(err.decode(errors="replace")[-500:])
    return dst
