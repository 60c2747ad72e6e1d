import tarfile
import tempfile
from flask import Flask, request

app = Flask(__name__)
DATA_DIR = "/var/lib/notes"


@app.post("/admin/restore")
def restore():
    upload = request.files["backup"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        with tarfile.open(tmp.name) as tar:
            tar.extractall(DATA_DIR)
    return "restored"
