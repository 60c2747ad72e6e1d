import os
import tempfile
import subprocess

from flask import Flask, request, send_file, abort

app = Flask(__name__)


@app.route("/labels/pdf", methods=["POST"])
def label_pdf():
    body = request.get_json(silent=True) or {}
    wines = body.get("wines")
    if not isinstance(wines, list) or not wines:
        abort(400)
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "labels.txt")
        with open(src, "w") as fh:
            for w in wines[:200]:
                fh.write(str(w)[:80].replace("\n", " ") + "\n")
        out = os.path.join(d, "labels.pdf")
        subprocess.run(["enscript", "-B", "-q", "-o", os.path.join(d, "labels.ps"), src], check=True)
        subprocess.run(["ps2pdf", os.path.join(d, "labels.ps"), out], check=True)
        with open(out, "rb") as fh:
            data = fh.read()
    from io import BytesIO
    return send_file(BytesIO(data), mimetype="application/pdf", download_name="labels.pdf")
