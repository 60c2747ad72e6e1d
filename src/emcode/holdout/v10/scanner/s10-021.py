import tarfile
from flask import Flask, request

app = Flask(__name__)


@app.route("/admin/restore", methods=["POST"])
def restore():
    upload = request.files["archive"]
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        tar.extractall("/srv/data", filter="data")
    return "restored"
