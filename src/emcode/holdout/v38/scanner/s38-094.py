import subprocess
import tempfile
from pathlib import Path

from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/labels/pdf", methods=["POST"])
def keg_labels():
    src = request.get_data(as_text=True)
    with tempfile.TemporaryDirectory() as work:
        md = Path(work) / "labels.md"
        pdf = Path(work) / "labels.pdf"
        md.write_text(src)
        subprocess.run(["pandoc", str(md), "-o", str(pdf)], check=True, timeout=60)
        data = pdf.read_bytes()
    return Response(data, mimetype="application/pdf")
