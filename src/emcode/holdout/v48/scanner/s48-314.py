import os
import subprocess
import tempfile


def render_route_map(svg_text):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "route.png")
        subprocess.run(["rsvg-convert", "-o", out], input=svg_text.encode(), check=True)
        with open(out, "rb") as fh:
            return fh.read()
