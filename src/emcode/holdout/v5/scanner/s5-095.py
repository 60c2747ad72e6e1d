import os
import tarfile
import tempfile
from flask import Flask, request

app = Flask(__name__)
DEST = os.path.realpath("/srv/bundles")

def _inside(base: str, target: str) -> bool:
    return os.path.commonpath([base, os.path.realpath(target)]) == base

@app.post("/import")
def import_bundle():
    with tempfile.NamedTemporaryFile(suffix=".tar") as tmp:
        request.files["bundle"].save(tmp.name)
        with tarfile.open(tmp.name) as tf:
            members = tf.getmembers()
            for m in members:
                if not (m.isfile() or m.isdir()) or not _inside(DEST, os.path.join(DEST, m.name)):
                    return "unsafe archive", 400
            tf.extractall(DEST, members=members)
    return "imported"
