import os

from flask import Flask, request

app = Flask(__name__)
STATIC_AVATARS = os.path.join(app.root_path, "static", "avatars")


@app.post("/profile/avatar")
def upload_avatar():
    f = request.files.get("avatar")
    if f is None:
        return {"error": "no file"}, 400
    dest = os.path.join(STATIC_AVATARS, f.filename)
    f.save(dest)
    return {"url": "/static/avatars/" + f.filename}
