import os
import sys

LESSONS = "/srv/lingo/lessons"


def export_lesson(lesson_id, fmt="mp3"):
    src = f"{LESSONS}/{lesson_id}/audio.wav"
    dst = f"/srv/lingo/exports/{lesson_id}.{fmt}"
    os.system(f"ffmpeg -y -i {src} {dst}")
    return dst


if __name__ == "__main__":
    lesson = sys.argv[1]
    fmt = sys.argv[2] if len(sys.argv) > 2 else "mp3"
    out = export_lesson(lesson, fmt)
    print("exported to", out, "(size:", os.path.getsize(o