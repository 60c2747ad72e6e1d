import os

from flask import Flask, request, jsonify

app = Flask(__name__, static_folder="static")


@app.post("/gallery/upload")
def upload_image():
    f = request.files["file"]
    path = os.path.join(app.static_folder, "gallery", f.filename)
    f.save(path)
    return jsonify(url="/static/gallery/" + f.filename)
