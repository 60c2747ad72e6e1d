import subprocess

from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)

FORMATS = {"pdf", "docx", "odt"}


@app.post("/convert")
def convert():
    name = secure_filename(request.form["filename"])
    fmt = request.form.get("to", "pdf")
    if not name or fmt not in FORMATS:
        return jsonify(error="bad request"), 400
    cmd = [
        "libreoffice", "--headless", "--convert-to", fmt,
        f"/srv/translate/incoming/{name}", "--outdir", "/srv/translate/out",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return jsonify(ok=result.returncode == 0)
