import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def build_pdf(markdown_file, out_pdf):
    with tempfile.TemporaryDirectory(prefix="tuning-report-") as tmp:
        html = Path(tmp) / "report.html"
        subprocess.run(["pandoc", markdown_file, "-o", str(html)], check=True)
        subprocess.run(["wkhtmltopdf", str(html), str(Path(tmp) / "report.pdf")], check=True)
        shutil.copy(Path(tmp) / "report.pdf", out_pdf)


if __name__ == "__main__":
    build_pdf(sys.argv[1], sys.argv[2])
