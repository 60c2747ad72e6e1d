import os
from flask import Flask, request

app = Flask(__name__)
STATIC = os.path.join(app.root_path, "static", "avatars")


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["avatar"]
    f.save(os.path.join(STATIC, f.filename))
    return {"url": "/static/avatars/" + f.filename}
