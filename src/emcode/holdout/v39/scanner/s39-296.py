import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = os.path.join(app.root_path, "static", "covers")


@app.route("/shows/cover", methods=["POST"])
def upload_cover():
    f = request.files["cover"]
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": "/static/covers/" + f.filename}
