import tarfile
import tempfile
import uuid

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/albums/upload")
def upload_album():
    bundle = request.files["bundle"]
    album_id = uuid.uuid4().hex
    dest = "/srv/wedding/albums/" + album_id
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        bundle.save(tmp.name)
        with tarfile.open(tmp.name) as tar:
            tar.extractall(dest, filter="data")
    return jsonify(album=album_id)
