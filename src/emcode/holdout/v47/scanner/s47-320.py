import os
import uuid

from flask import Flask, abort, jsonify, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
csrf = CSRFProtect(app)

UPLOAD_DIR = os.path.join(app.root_path, "static", "portfolio")
ALLOWED = {".jpg", ".jpeg", ".png", ".webp"}


@app.route("/portfolio/upload", methods=["POST"])
def upload_piece():
    f = request.files.get("image")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(f.filename))[1].lower()
    if ext not in ALLOWED:
        abort(415)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(UPLOAD_DIR, name))
    return jsonify(url=f"/static/portfolio/{name}"), 201
