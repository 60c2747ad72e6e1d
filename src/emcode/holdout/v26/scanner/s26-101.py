import argparse
import subprocess
from pathlib import Path


def transcode(src: Path, height: int) -> Path:
    out = src.with_name(f"{src.stem}-{height}p.mp4")
    argv = [
        "ffmpeg", "-hide_banner", "-y",
        "-i", str(src),
        "-vf", f"scale=-2:{int(height)}",
        "-c:v", "libx264", "-preset", "medium",
        "-c:a", "aac",
        str(
