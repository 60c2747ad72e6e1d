import subprocess
from pathlib import Path


def html_to_pdf(html_path: Path, pdf_path: Path) -> Path:
    subprocess.run(
        ["wkhtmltopdf", "--quiet", "--disable-local-file-access", "--", str(html_path), str(pdf_path)],
        check=True,
        timeout=60,
    )
    return pdf_path
