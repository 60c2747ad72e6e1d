import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/deploy", methods=["POST"])
def deploy():
    manifest = yaml.safe_load(request.data)
    if not isinstance(manifest, dict):
        return jsonify(error="manifest must be a mapping"), 400
    services = manifest.get("services", {})
    for name, spec in services.items():
        if not isinstance(spec, dict) or "image" not in 
