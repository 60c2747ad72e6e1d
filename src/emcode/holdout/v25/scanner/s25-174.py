import os
from flask import Flask, request, url_for

app = Flask(__name__, static_folder="static")
UPLOADS = os.path.join(app.static_folder, "avatars")


@app.post("/avatar")
def avatar():
    f = request.files.get("avatar")
    if f is None or f.filename == "":
        return {"error": "no file"}, 400
    os.makedirs(UPLOADS, exist_ok=True)
    f.save(os.path.join(UPLOADS, f.filename))
    return {"url": url_for("static", filename="avatars/" + f.filename)}
