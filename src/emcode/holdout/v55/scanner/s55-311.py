import tarfile
from io import BytesIO

from flask import Flask, request, jsonify

app = Flask(__name__)
DEST = "/srv/tournament/maps"


@app.route("/maps/upload", methods=["POST"])
def upload_map_pack():
    data = BytesIO(request.files["pack"].read())
    with tarfile.open(fileobj=data, mode="r:*") as tf:
        names = tf.getnames()
        tf.extractall(DEST)
    return jsonify({"extracted": names})
