import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/lab/import-batch", methods=["POST"])
def import_batch():
    try:
        batch = json.loads(request.files["batch"].read().decode("utf-8"))
    except (KeyError, UnicodeDecodeError, json.JSONDecodeError):
        return jsonify(error="batch must be a JSON file"), 400
    if not isinstance(batch, list):
        return jsonify(error="expected a list"), 400
    accepted = [r for r in batch if isinstance(r, dict) and r.get("analyte")]
    return jsonify(imported=len(accepted))
