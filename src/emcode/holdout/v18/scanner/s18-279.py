import os
import subprocess
import tempfile


def render_pdf(markdown_text: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.md")
        dst = os.path.join(tmp, "out.pdf")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(markdown_text)
        subprocess.run(["pandoc", src, "-o", dst], check=True)
        with open(dst, "rb") as fh:
            return fh.read()
