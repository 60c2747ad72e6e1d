import re
import tarfile
import tempfile
from pathlib import Path
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
THEMES = Path("/srv/blog/themes")


@app.route("/admin/themes", methods=["POST"])
def install_theme():
    upload = request.files["theme"]
    name = Path(upload.filename or "").stem
    if not re.fullmatch(r"[a-z0-9_-]{1,40}", name):
        abort(400)
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        with tarfile.open(tmp.name) as tar:
            tar.extractall(THEMES / name, filter="data")
    return jsonify(installed=name)
