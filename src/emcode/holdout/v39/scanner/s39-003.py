import tarfile
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.route("/tracks/archive", methods=["POST"])
def upload_archive():
    upload = request.files["archive"]
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/upload.tar.gz"
        upload.save(path)
        with tarfile.open(path) as tar:
            tar.extractall("/srv/wildlife/tracks")
    return {"ok": True}
