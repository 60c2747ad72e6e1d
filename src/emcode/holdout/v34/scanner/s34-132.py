import os
import subprocess


def thumbnail(scan_path, size=200):
    size = int(size)
    src = os.path.abspath(scan_path)
    out = src + ".thumb.jpg"
    subprocess.check_call(["convert", src, "-resize", f"{size}x{size}", out])
    return out
