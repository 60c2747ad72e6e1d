import os
from flask import Flask, request, url_for

app = Flask(__name__, static_folder="static")
DEST = os.path.join(app.root_path, "static", "uploads")


@app.route("/gallery/upload", methods=["POST"])
def upload():
    f = request.files["photo"]
    path = os.path.join(DEST, f.filename)
    f.save(path)
    return {"url": url_for("static", filename="uploads/" + f.filename)}
