import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/manifest/import", methods=["POST"])
def import_manifest():
    try:
        manifest = json.loads(request.get_data())
    except ValueError:
        return jsonify(error="manifest must be JSON"), 400
    containers = manifest.get("containers", [])
    return jsonify(vessel=manifest.get("vessel"), count=len(containers))
