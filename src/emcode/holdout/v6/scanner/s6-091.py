import subprocess
import tempfile

def render_pdf(html: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as f:
        f.write(html)
    out = f.name + ".pdf"
    subprocess.run(["wkhtmltopdf", f.name, out], check=True)
    return out
