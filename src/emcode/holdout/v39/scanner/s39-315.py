import subprocess
import tempfile
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)


@app.post("/leases/text")
def lease_text():
    upload = request.files["lease"]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "lease.pdf"
        upload.save(pdf)
        out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"],
                             capture_output=True, text=True, timeout=30)
    if out.returncode != 0:
        return {"error": "could not read pdf"}, 422
    return {"text": out.stdout[:20000]}
