import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
UPLOAD_DIR = "/var/app/uploads"


@app.route("/files/download")
def download():
    name = request.args.get("file")
    if not name:
        abort(400)
    full = os.path.join(UPLOAD_DIR, name)
    if not os.path.exists(full):
        abort(404)
    return send_file(full, as_attachment=True)
