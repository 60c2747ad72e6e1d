import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/inventory/import", methods=["POST"])
def import_inventory():
    try:
        snapshot = json.loads(request.get_data())
    except ValueError:
        return jsonify(error="body must be JSON"), 400
    if not isinstance(snapshot, list):
        return jsonify(error="expected a list"), 400
    total = sum(int(item.get("qty", 0)) for item in snapshot if isinstance(item, dict))
    return jsonify(items=len(snapshot), kegs=total)
