import tempfile
import subprocess


def render_chart(svg_text):
    path = tempfile.mktemp(suffix=".svg")
    with open(path, "w") as fh:
        fh.write(svg_text)
    png = path[:-4] + ".png"
    subprocess.run(["rsvg-convert", "-o", png, path], check=True)
    return png
