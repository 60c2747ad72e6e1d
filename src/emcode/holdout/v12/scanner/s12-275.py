import os
import tarfile
import tempfile
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
RESTORE_ROOT = os.path.realpath("/srv/site-data")


def safe_members(tar):
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            abort(400, "links and devices are not allowed")
        target = os.path.realpath(os.path.join(RESTORE_ROOT, member.name))
        if not target.startswith(RESTORE_ROOT + os.sep):
            abort(400, "member escapes the restore root")
        yield member


@app.route("/admin/restore", methods=["POST"])
def restore_backup():
    upload = request.files["archive"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        with tarfile.open(tmp.name, "r:gz") as tar:
            members = list(safe_members(tar))
            tar.extractall(RESTORE_ROOT, members=members)
    return jsonify(restored=len(members))
