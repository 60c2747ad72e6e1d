import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/farm/config", methods=["PUT"])
def update_config():
    text = request.get_data(as_text=True)
    try:
        config = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return jsonify(error="invalid YAML"), 400
    turbines = config.get("turbines", []) if isinstance(config, dict) else []
    return jsonify(updated=len(turbines))
