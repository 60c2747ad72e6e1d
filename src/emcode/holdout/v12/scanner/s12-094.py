import tarfile
import tempfile
from flask import Flask, request, jsonify

app = Flask(__name__)
RESTORE_ROOT = "/srv/site-data"


@app.route("/admin/restore", methods=["POST"])
def restore_backup():
    upload = request.files["archive"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        with tarfile.open(tmp.name, "r:gz") as tar:
            tar.extractall(RESTORE_ROOT)
            count = len(tar.getmembers())
    return jsonify(restored=count)
