import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
UPLOADS = os.path.join(app.root_path, "static", "campaign_media")
ALLOWED = {"png", "jpg", "jpeg", "webp", "mp4"}


@app.route("/campaigns/<int:cid>/media", methods=["POST"])
def upload_media(cid):
    f = request.files["media"]
    ext = (f.filename or "").rsplit(".", 1)[-1].lower()
    if ext not in ALLOWED:
        abort(400)
    stored = f"{uuid.uuid4().hex}.{ext}"
    f.save(os.path.join(UPLOADS, stored))
    return {"url": f"/static/campaign_media/{stored}"}
