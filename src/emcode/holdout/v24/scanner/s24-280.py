import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/deploy", methods=["POST"])
def deploy():
    manifest = yaml.load(request.data, Loader=yaml.Loader)
    services = manifest.get("services", {})
    for name, spec in services.items():
        image = spec.get("image")
        if not image:
            return jsonify(error=f"service {name} has no im
