import tarfile
import tempfile

from flask import Flask, request, jsonify

app = Flask(__name__)
THEMES = "/srv/blog/themes"


@app.route("/admin/themes", methods=["POST"])
def install_theme():
    upload = request.files["theme"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        with tarfile.open(tmp.name) as tar:
            tar.extractall(THEMES)
            names = tar.getnames()
    return jsonify(installed=names)
