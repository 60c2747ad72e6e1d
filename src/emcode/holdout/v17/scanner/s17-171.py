import os
import tarfile
import tempfile

from flask import Flask, abort, request

app = Flask(__name__)


def safe_members(tar: tarfile.TarFile, dest: str):
    root = os.path.realpath(dest)
    for m in tar.getmembers():
        if not (m.isfile() or m.isdir()):
            continue
        target = os.path.realpath(os.path.join(root, m.name))
        if not target.startswith(root + os.sep):
            abort(400, "archive contains unsafe paths")
        yield m


@app.route("/themes/upload", methods=["POST"])
def upload_theme():
    f = request.files["theme"]
    dest = tempfile.mkdtemp(prefix="theme-")
    with tarfile.open(fileobj=f.stream, mode="r:gz") as tar:
        tar.extractall(dest, members=list(safe_members(tar, dest)))
    return {"installed": True}
