import subprocess
import tempfile
from pathlib import Path

from flask import Flask, request, send_file, abort

app = Flask(__name__)


@app.route("/claims/convert", methods=["POST"])
def convert_to_pdf():
    doc = request.files.get("document")
    if doc is None:
        abort(400)
    workdir = Path(tempfile.mkdtemp(prefix="convert-"))
    src = workdir / "incoming.docx"
    doc.save(src)
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(workdir), str(src)],
        check=True, timeout=120,
    )
    return send_file(workdir / "incoming.pdf", download_name="claim.pdf")
