import tarfile
import tempfile
import os
from flask import Flask, request

app = Flask(__name__)
DATASETS = "/srv/datasets"


@app.route("/datasets/import", methods=["POST"])
def import_dataset():
    up = request.files["archive"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz", delete=False) as tmp:
        up.save(tmp.name)
    with tarfile.open(tmp.name) as tar:
        tar.extractall(DATASETS)
    os.unlink(tmp.name)
    return {"status": "imported"}
