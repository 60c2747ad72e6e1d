import os
import uuid

from flask import Flask, request, redirect, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_DIR"] = "/srv/lighthouse/inspection-photos"
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
ALLOWED = {"jpg", "jpeg", "png"}


@app.route("/inspection/photo", methods=["POST"])
def upload_photo():
    f = request.files.get("photo")
    if f is None or not f.filename:
        abort(400)
    ext = secure_filename(f.filename).rsplit(".", 1)[-1].lower()
    if ext not in ALLOWED:
        abort(415)
    f.save(os.path.join(app.config["UPLOAD_DIR"], f"{uuid.uuid4().hex}.{ext}"))
    return redirect("/inspection")
