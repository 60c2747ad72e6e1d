import subprocess
import tempfile
from pathlib import Path
from flask import Flask, request, send_file, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/to-pdf", methods=["POST"])
def to_pdf():
    up = request.files.get("doc")
    if up is None:
        abort(400)
    name = secure_filename(up.filename or "doc.odt") or "doc.odt"
    tmp = Path(tempfile.mkdtemp())
    src = tmp / name
    up.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)], check=True, timeout=60)
    return send_file(src.with_suffix(".pdf"), mimetype="application/pdf")
