import os, uuid
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
AVATARS = "/srv/avatars"
EXTS = {".png", ".jpg", ".jpeg"}

@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["avatar"]
    ext = os.path.splitext(secure_filename(f.filename or ""))[1].lower()
    if ext not in EXTS:
        abort(400)
    name = uuid.uuid4().hex + ext
    f.save(os.path.join(AVATARS, name))
    return {"name": name}
