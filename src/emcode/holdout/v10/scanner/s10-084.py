import os
from flask import Flask, request

app = Flask(__name__)
STATIC = os.path.join(app.root_path, "static", "avatars")


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["avatar"]
    dest = os.path.join(STATIC, f.filename)
    f.save(dest)
    return {"url": "/static/avatars/" + f.filename}
