import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/inventory/restore", methods=["POST"])
def restore_snapshot():
    blob = request.files["snapshot"].read()
    try:
        snapshot = json.loads(blob)
    except ValueError:
        return jsonify(error="snapshot must be JSON"), 400
    if not isinstance(snapshot, dict):
        return jsonify(error="snapshot must be an object"), 400
    return jsonify(items=len(snapshot.get("items", [])))
