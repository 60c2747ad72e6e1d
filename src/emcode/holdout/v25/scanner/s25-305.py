import os
from flask import Flask, request, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_ROOT = "/srv/citizen-science/uploads"
ALLOWED = {".csv", ".jpg", ".png"}


@app.route("/upload/<project>", methods=["POST"])
def upload(project):
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = secure_filename(f.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED:
        abort(415)
    folder = os.path.join(UPLOAD_ROOT, secure_filename(project))
    os.makedirs(folder, mode=0o777, exist_ok=True)
    dest = os.path.join(folder, name)
    f.save(dest)
    os.chmod(dest, 0o777)
    return {"saved": name}, 201
