import os

from flask import Flask, request

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = os.path.join(app.root_path, "static", "uploads")


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files.get("file")
    if f is None:
        return "no file", 400
    dest = os.path.join(app.config["UPLOAD_FOLDER"], f.filename)
    f.save(dest)
    return {"url": "/static/uploads/" + f.filename}
