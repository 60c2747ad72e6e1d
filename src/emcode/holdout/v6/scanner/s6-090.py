import tempfile
import subprocess

def render_pdf(html):
    path = tempfile.mktemp(suffix=".html")
    with open(path, "w") as f:
        f.write(html)
    subprocess.run(["wkhtmltopdf", path, path + ".pdf"], check=True)
    return path + ".pdf"
