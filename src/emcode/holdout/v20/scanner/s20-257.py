import json

from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    try:
        records = json.loads(request.files["data"].read())
    except ValueError:
        abort(400)
    if not isinstance(records, list):
        abort(400)
    return jsonify({"count": len(recor