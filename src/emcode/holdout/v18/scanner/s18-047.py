import os
import tarfile
import tempfile

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
THEMES = os.path.realpath("/srv/blog/themes")


def safe_members(tar):
    for member in tar.getmembers():
        dest = os.path.realpath(os.path.join(THEMES, member.name))
        if not dest.startswith(THEMES + os.sep):
            abort(400)
        if not (member.isfile() or member.isdir()):
            abort(400)
        yield member


@app.route("/admin/themes", methods=["POST"])
def install_theme():
    upload = request.files["theme"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        with tarfile.open(tmp.name) as tar:
            members = list(safe_members(tar))
            tar.extractall(THEMES, members=members)
    return jsonify(installed=[m.name for m in members])
