import tarfile
import tempfile
from pathlib import Path
from flask import Flask, request

app = Flask(__name__)
PLUGINS = Path("/opt/app/plugins")


@app.post("/plugins")
def install_plugin():
    up = request.files["bundle"]
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        up.save(archive)
        with tarfile.open(archive, "r:gz") as tf:
            tf.extractall(PLUGINS)
    return {"installed": up.filename}
