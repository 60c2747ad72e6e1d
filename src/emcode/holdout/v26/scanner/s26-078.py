import os
from flask import Flask, request, url_for

app = Flask(__name__, static_folder="static")
UPLOADS = os.path.join(app.root_path, "static", "avatars")


@app.post("/profile/avatar")
def avatar():
    f = request.files.get("avatar")
    if f is None or f.filename == "":
        return {"error": "no file"}, 400
    dest = os.path.join(UPLOADS, f.filename)
    f.save(dest)
    return {"url": url_for("static", filename="avatars/" + f.filename)}
