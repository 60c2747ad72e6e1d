import os
import tempfile
import zipfile

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024


@app.post("/scans/bulk")
def bulk():
    upload = request.files["bundle"]
    with tempfile.TemporaryDirectory() as work:
        bundle = os.path.join(work, "bundle.zip")
        upload.save(bundle)
        with zipfile.ZipFile(bundle) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
            images = [n for n in names if n.lower().endswith((".jpg", ".tif"))]
    return {"files": len(names), "images": len(images)}
