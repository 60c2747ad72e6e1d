import tarfile
import tempfile
from pathlib import Path
from flask import Flask, request, jsonify

app = Flask(__name__)
THEMES = Path("/srv/blog/themes")


@app.route("/admin/themes", methods=["POST"])
def install_theme():
    upload = request.files["theme"]
    name = Path(upload.filename).stem
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        with tarfile.open(tmp.name) as tar:
            tar.extractall(THEMES / name)
    return jsonify(installed=name)
