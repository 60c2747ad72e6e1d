import subprocess
import tempfile


def html_to_pdf(html_text: str, out_path: str) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as tmp:
        tmp.write(html_text)
        tmp.flush()
        subprocess.run(["wkhtmltopdf", "--quiet", tmp.name, out_path], check=True, timeout=120)
