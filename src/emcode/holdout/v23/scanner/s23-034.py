import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
AUTOMATIONS = {}


@app.route("/automations", methods=["POST"])
def create_automation():
    try:
        spec = yaml.safe_load(request.get_data(as_text=True))
    except yaml.YAMLError:
        return jsonify(error="invalid YAML"), 400
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
        return jsonify(error="spec needs a name"), 400
    triggers = spec.get("triggers") or []
    AUTOMATIONS[spec["name"]] = spec
    return jsonify(name=spec["name"], trigger_count=len(triggers)), 201
