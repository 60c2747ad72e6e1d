import tempfile
import subprocess


def render_thumbnail(jpeg_bytes):
    path = tempfile.mktemp(suffix=".jpg")
    with open(path, "wb") as fh:
        fh.write(jpeg_bytes)
    subprocess.run(["convert", path, "-resize", "320x240", path + ".thumb.jpg"], check=True)
    with open(path + ".thumb.jpg", "rb") as fh:
        return fh.read()
