import subprocess
import tempfile


def render_pdf(html_text):
    html_path = tempfile.mktemp(suffix=".html")
    with open(html_path, "w") as fh:
        fh.write(html_text)
    pdf_path = html_path.replace(".html", ".pdf")
    subprocess.run(["wkhtmltopdf", html_path, pdf_path], check=True)
    return open(pdf_path, "rb").read()
