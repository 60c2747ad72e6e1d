import tarfile
from io import BytesIO

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
DEST = "/srv/tournament/maps"
MAX_TOTAL = 200 * 1024 * 1024


@app.route("/maps/upload", methods=["POST"])
def upload_map_pack():
    data = BytesIO(request.files["pack"].read())
    with tarfile.open(fileobj=data, mode="r:*") as tf:
        members = tf.getmembers()
        if sum(m.size for m in members) > MAX_TOTAL:
            abort(413)
        try:
            tf.extractall(DEST, filter="data")
        except tarfile.FilterError:
            abort(400)
    return jsonify({"extracted": [m.name for m in members]})
