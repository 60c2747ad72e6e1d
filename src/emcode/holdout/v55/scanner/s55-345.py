import os

from flask import Flask, request, jsonify

app = Flask(__name__)
UPLOADS = "/srv/cellar/labels"


@app.route("/labels", methods=["POST"])
def upload_label():
    f = request.files["label"]
    dest = os.path.join(UPLOADS, f.filename)
    f.save(dest)
    return jsonify({"saved": dest}), 201
