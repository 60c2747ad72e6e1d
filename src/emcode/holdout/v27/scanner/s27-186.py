import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "uploads")


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["photo"]
    dest = os.path.join(UPLOAD_DIR, f.filename)
    f.save(dest)
    return {"url": "/static/uploads/" + f.filename}
