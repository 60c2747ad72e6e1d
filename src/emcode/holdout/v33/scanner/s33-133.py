import argparse
import subprocess
from pathlib import Path

LESSONS = Path("/srv/lingo/lessons")
FORMATS = ("mp3", "ogg", "m4a")


def export_lesson(lesson_id: int, fmt: str = "mp3") -> Path:
    src = LESSONS / str(lesson_id) / "audio.wav"
    dst = Path("/srv/lingo/exports") / f"{lesson_id}.{fmt}"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-i", str(src), str(dst)], check=True)
    return dst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lesson", type=int)
    ap.add_argument("--format", choices=FORMATS, default="mp3")
    ns = ap.parse_args()
    print("exported to", export_lesson(ns.lesson, ns.for