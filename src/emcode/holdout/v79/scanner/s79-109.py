import json

from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/tree/import", methods=["POST"])
def import_tree():
    try:
        tree = json.loads(request.files["tree"].read())
    except (KeyError, ValueError):
        abort(400)
    if not isinstance(tree, dict):
        abort(400)
    return jsonify({"people": len(tree.get("people", []))})
