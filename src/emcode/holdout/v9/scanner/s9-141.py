import tarfile
import tempfile
import uuid
from pathlib import Path
from flask import Flask, request

app = Flask(__name__)
PLUGINS = Path("/opt/app/plugins")


@app.post("/plugins")
def install_plugin():
    up = request.files["bundle"]
    dest = PLUGINS / uuid.uuid4().hex
    dest.mkdir(mode=0o750, parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        up.save(archive)
        with tarfile.open(archive, "r:gz") as tf:
            tf.extractall(dest, filter="data")
    return {"installed": dest.name}
