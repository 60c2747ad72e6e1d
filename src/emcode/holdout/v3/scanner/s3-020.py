import os

from flask import Flask, send_file

app = Flask(__name__)
UPLOAD_DIR = "/var/app/uploads"


@app.route("/files/<path:filename>")
def get_file(filename):
    full_path = os.path.join(UPLOAD_DIR, filename)
    if not os.path.isfile(full_path):
        return "not found", 404
    return send_file(full_path)
