import os
import subprocess
import tempfile

from flask import Flask, abort, request, send_file

app = Flask(__name__)


@app.post("/scores/to-pdf")
def to_pdf():
    f = request.files.get("score")
    if f is None:
        abort(400)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "input.mscz")
        f.save(src)
        subprocess.run(["mscore", "-o", os.path.join(tmp, "out.pdf"), src], check=True, timeout=120)
        with open(os.path.join(tmp, "out.pdf"), "rb") as fh:
            data = fh.read()
    from io import BytesIO
    return send_file(BytesIO(data), mimetype="application/pdf", download_name="score.pdf")
