import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
DEST = "/srv/share"
os.makedirs(DEST, mode=0o750, exist_ok=True)


@app.route("/share", methods=["POST"])
def share():
    f = request.files["file"]
    name = secure_filename(f.filename) or "upload.bin"
    path = os.path.join(DEST, name)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o640)
    with os.fdopen(fd, "wb") as out:
        out.write(f.read())
    return {"stored": name}
