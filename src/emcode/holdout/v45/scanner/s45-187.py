import tarfile
import tempfile

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/firmware/upload")
def upload_firmware():
    f = request.files["bundle"]
    workdir = tempfile.mkdtemp(prefix="fw-")
    with tarfile.open(fileobj=f.stream, mode="r:gz") as tar:
        tar.extractall(workdir)
    return jsonify(extracted_to=workdir)
