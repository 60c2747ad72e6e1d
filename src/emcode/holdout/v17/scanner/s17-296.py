import tarfile
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.route("/themes/upload", methods=["POST"])
def upload_theme():
    f = request.files["theme"]
    dest = tempfile.mkdtemp(prefix="theme-")
    with tarfile.open(fileobj=f.stream, mode="r:gz") as tar:
        tar.extractall(dest)
    return {"installed_to": dest}
