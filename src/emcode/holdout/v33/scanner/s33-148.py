import os

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
SCANS = "/srv/pharmacy/scans"
KINDS = {"pdf", "png", "jpg"}


@app.post("/rx/<int:rx_id>/scan")
def upload_scan(rx_id):
    f = request.files["scan"]
    name = secure_filename(f.filename or "")
    if not name or name.rsplit(".", 1)[-1].lower() not in KINDS:
        abort(400)
    folder = os.path.join(SCANS, str(rx_id))
    os.makedirs(folder, exist_ok=True)
    f.save(os.path.join(folder, name))
    return {"stored": name}, 201
