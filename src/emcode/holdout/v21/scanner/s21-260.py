import os
import uuid
from flask import Flask, request, abort

app = Flask(__name__)
UPLOAD_ROOT = "/srv/uploads"


def store(data: bytes, perms: int = 0o666) -> str:
    name = uuid.uuid4().hex
    dest = os.path.join(UPLOAD_ROOT, name)
    with open(dest, "wb") as out:
        out.write(data)
    os.chmod(dest, perms)
    return name


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files.get("file")
    if f is None:
        abort(400)
    return {"id": store(f.read())}
