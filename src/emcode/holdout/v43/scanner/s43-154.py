import tarfile
import tempfile

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/albums/upload")
def upload_album():
    bundle = request.files["bundle"]
    dest = "/srv/wedding/albums/" + str(abs(hash(bundle.filename)) % 10**8)
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        bundle.save(tmp.name)
        with tarfile.open(tmp.name) as tar:
            tar.extractall(dest)
    return jsonify(album=dest)
