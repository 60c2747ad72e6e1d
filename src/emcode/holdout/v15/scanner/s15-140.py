import os
import subprocess

USAGE = "usage: /convert <filename> <format>"
FORMATS = {"mp3", "ogg", "wav"}
UPLOADS = "uploads"


def on_message(chat, text):
    parts = text.split()
    if not parts or parts[0] != "/convert":
        return None
    if len(parts) != 3:
        return USAGE
    src, fmt = os.path.basename(parts[1]), parts[2].lower()
    if fmt not in FORMATS or src.startswith(("-", ".")):
        return USAGE
    src_path = os.path.join(UPLOADS, src)
    if not os.path.isfile(src_path):
        return "no such upload"
    out_path = os.path.join(UPLOADS, os.path.splitext(src)[0] + "." + fmt)
    proc = subprocess.run(["ffmpeg", "-y", "-i", src_path, out_path], capture_output=True, timeout=120)
    if proc.returncode != 0:
        return "conversion failed"
    chat.send_file(out_path)
    return "done"
