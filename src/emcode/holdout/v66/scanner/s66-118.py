import tarfile
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/bundles")
def upload_bundle():
    f = request.files["bundle"]
    workdir = tempfile.mkdtemp(prefix="bundle-")
    with tarfile.open(fileobj=f.stream, mode="r:gz") as tar:
        tar.extractall(workdir)
    return {"extracted_to": workdir}
