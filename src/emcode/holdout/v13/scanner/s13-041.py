import os
from flask import Flask, request

app = Flask(__name__, static_folder="static")
AVATARS = os.path.join(app.static_folder, "avatars")

@app.route("/profile/avatar", methods=["POST"])
def avatar():
    f = request.files["avatar"]
    dest = os.path.join(AVATARS, f.filename)
    f.save(dest)
    return {"url": "/static/avatars/" + f.filename}
