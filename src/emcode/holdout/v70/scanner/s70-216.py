import subprocess
import tempfile


def render_pdf(html):
    out = tempfile.mktemp(suffix=".pdf")
    subprocess.run(["wkhtmltopdf", "-", out], input=html.encode(), check=True)
    return out
