import os
import tarfile
import tempfile
from flask import Flask, request, abort

app = Flask(__name__)
DATASETS = os.path.realpath("/srv/datasets")


def safe_members(tar):
    for m in tar.getmembers():
        dest = os.path.realpath(os.path.join(DATASETS, m.name))
        if not dest.startswith(DATASETS + os.sep) or m.issym() or m.islnk() or m.isdev():
            abort(400)
        yield m


@app.route("/datasets/import", methods=["POST"])
def import_dataset():
    up = request.files["archive"]
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = os.path.join(tmpdir, "upload.tar.gz")
        up.save(tmp)
        with tarfile.open(tmp) as tar:
            tar.extractall(DATASETS, members=list(safe_members(tar)), filter="data")
    return {"status": "imported"}
