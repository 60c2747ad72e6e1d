import tarfile
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/gauges/firmware")
def firmware():
    upload = request.files["bundle"]
    workdir = tempfile.mkdtemp(prefix="fw-")
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tf:
        tf.extractall(workdir)
    return {"unpacked_to": workdir}
