import tarfile
from flask import Flask, request

app = Flask(__name__)

@app.post("/import")
def import_bundle():
    up = request.files["bundle"]
    path = "/tmp/bundle.tar"
    up.save(path)
    with tarfile.open(path) as tf:
        tf.extractall("/srv/bundles")
    return "imported"
