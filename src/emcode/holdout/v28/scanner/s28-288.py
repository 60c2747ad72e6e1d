import os
from html import escape

from flask import Flask, request

app = Flask(__name__)
ALLOWED = {".csv"}


@app.route("/manifest/upload", methods=["POST"])
def upload_manifest():
    f = request.files.get("manifest")
    if f is None:
        return "No file part", 400
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        return "Rejected %s: only CSV manifests are accepted" % escape(f.filename), 400
    count = sum(1 for _ in f.stream) - 1
    return "Manifest accepted with %d lines" % count
