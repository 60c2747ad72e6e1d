import csv
import io
import os
import uuid
from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
IMPORT_DIR = "/srv/imports"


@app.route("/import/contacts", methods=["POST"])
def import_contacts():
    f = request.files.get("file")
    if f is None:
        return jsonify(error="no file"), 400
    original = secure_filename(f.filename or "")
    if not original.lower().endswith(".csv"):
        return jsonify(error="csv only"), 415
    data = f.read()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8", errors="replace"))))
    stored = os.path.join(IMPORT_DIR, f"{uuid.uuid4().hex}.csv")
    with open(stored, "wb") as out:
        out.write(data)
    return jsonify(original=original, rows=len(rows))
