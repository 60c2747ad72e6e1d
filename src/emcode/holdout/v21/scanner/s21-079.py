import os
import uuid
from flask import Flask, request, abort, url_for

app = Flask(__name__, static_folder="static")
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(app.static_folder, "avatars", name))
    return {"url": url_for("static", filename="avatars/" + name)}
