import tarfile
from flask import Flask, request

app = Flask(__name__)

@app.route("/plugins", methods=["POST"])
def install():
    up = request.files["plugin"]
    with tarfile.open(fileobj=up.stream, mode="r:gz") as tar:
        tar.extractall("/srv/app/plugins")
    return "ok"
