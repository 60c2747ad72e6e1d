import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def render(station_label, out_pdf):
    with tempfile.TemporaryDirectory() as work:
        tex = Path(work) / "report.tex"
        tex.write_text("Station report\n" + station_label.replace("\\", ""))
        subprocess.run(["pandoc", str(tex), "-o", str(Path(work) / "report.pdf")], check=True)
        shutil.copy(Path(work) / "report.pdf", out_pdf)


if __name__ == "__main__":
    render(sys.argv[1], sys.argv[2])
