import os

from flask import Flask, request

app = Flask(__name__)
STATIC = os.path.join(app.root_path, "static", "pets")


@app.route("/pets/photo", methods=["POST"])
def upload_photo():
    f = request.files["photo"]
    f.save(os.path.join(STATIC, f.filename))
    return {"url": "/static/pets/" + f.filename}
