import json

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/colonies/import", methods=["POST"])
def import_colonies():
    upload = request.files["snapshot"]
    try:
        colonies = json.loads(upload.read().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        abort(400)
    if not isinstance(colonies, list):
        abort(400)
    return jsonify(count=len(colonies))
