import os

from flask import Flask, request, jsonify, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024
ROOT = "/srv/legal/evidence"


@app.route("/cases/<int:case_id>/evidence", methods=["POST"])
def add_evidence(case_id):
    f = request.files.get("file")
    name = secure_filename(f.filename) if f else ""
    if not name.lower().endswith(".pdf"):
        abort(400)
    folder = os.path.join(ROOT, str(case_id))
    os.makedirs(folder, mode=0o750, exist_ok=True)
    f.save(os.path.join(folder, name))
    return jsonify(saved=name), 201
