import os
from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "xrays")


@app.route("/xrays", methods=["POST"])
def upload_xray():
    f = request.files["image"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return {"url": "/static/xrays/" + f.filename}
