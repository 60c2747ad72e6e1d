import json
import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def do_import():
    obj = json.loads(request.get_data(as_text=True))
    if not isinstance(obj, dict):
        return jsonify(error="expected object"), 400
    return jsonify({"keys": sorted(obj)[