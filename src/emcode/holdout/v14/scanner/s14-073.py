import os
import tempfile
import subprocess


def render_report(markdown_text):
    src = tempfile.mktemp(suffix=".md")
    with open(src, "w") as fh:
        fh.write(markdown_text)
    pdf = src.replace(".md", ".pdf")
    subprocess.run(["pandoc", src, "-o", pdf], check=True)
    os.remove(src)
    return pdf
