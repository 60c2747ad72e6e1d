from pathlib import Path

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
STORE = Path("/var/lib/archive/scans")


@app.post("/scans")
def upload_scan():
    f = request.files["scan"]
    name = secure_filename(f.filename or "")
    if not name.lower().endswith((".jpg", ".png", ".tif")):
        return {"error": "images only"}, 400
    STORE.mkdir(parents=True, mode=0o777, exist_ok=True)
    f.save(STORE / name)
    return {"stored": name}, 201
