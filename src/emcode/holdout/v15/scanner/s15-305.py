import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
DEST = "/srv/share"


@app.route("/share", methods=["POST"])
def share():
    f = request.files["file"]
    name = secure_filename(f.filename) or "upload.bin"
    path = os.path.join(DEST, name)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "wb") as out:
        out.write(f.read())
    os.chmod(path, 0o777)
    return {"stored": name}
