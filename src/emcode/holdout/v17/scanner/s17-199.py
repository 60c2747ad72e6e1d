import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.route("/files/download")
def download():
    name = request.args.get("name")
    if not name:
        abort(400)
    path = os.path.join(UPLOAD_DIR, name)
    if not os.path.exists(path):
        abort(404)
    return send_fi