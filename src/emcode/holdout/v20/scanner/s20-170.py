import os

from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
ROOT = os.path.realpath("/srv/userfiles")


@app.route("/u/<int:user_id>/files", methods=["POST"])
def upload(user_id):
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = secure_filename(f.filename)
    if not name:
        abort(400)
    folder = os.path.join(ROOT, str(user_id))
    os.makedirs(folder, mode=0o700, exist_ok=True)
    dest = os.path.realpath(os.path.join(folder, name))
    if not dest.startswith(folder + os.sep):
        abort(400)
    f.save(dest)
    return {"saved": name}, 201
