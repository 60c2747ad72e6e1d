import os
import subprocess

from flask import Flask, request, jsonify, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
EXHIBITS = "/srv/exhibits"
THUMBS = "/srv/thumbs"


@app.route("/exhibits/thumbnail", methods=["POST"])
def thumbnail():
    name = secure_filename(request.get_json(force=True).get("filename", ""))
    src = os.path.join(EXHIBITS, name)
    if not name or not os.path.isfile(src):
        abort(404)
    proc = subprocess.run(
        ["convert", src, "-resize", "200x200", os.path.join(THUMBS, name)],
        capture_output=True,
        text=True,
    )
    return jsonify(rc=proc.returncode)
