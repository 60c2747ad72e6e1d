import tarfile

from flask import Flask, request, jsonify

app = Flask(__name__)
RESTORE_DIR = "/srv/app/restore"


@app.post("/admin/restore")
def restore():
    upload = request.files["backup"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        tar.extractall(RESTORE_DIR)
        names = tar.getnames()
    return jsonify(restored=len(names))
