import os
import tempfile
import subprocess


def render_chart(svg_text):
    with tempfile.NamedTemporaryFile("w", suffix=".svg", delete=False) as fh:
        fh.write(svg_text)
        path = fh.name
    png = path[:-4] + ".png"
    try:
        subprocess.run(["rsvg-convert", "-o", png, path], check=True)
    finally:
        os.unlink(path)
    return png
