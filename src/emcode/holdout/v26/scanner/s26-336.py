import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/farm/config", methods=["PUT"])
def update_config():
    text = request.get_data(as_text=True)
    config = yaml.load(text, Loader=yaml.Loader)
    turbines = config.get("turbines", [])
    return jsonify(updated=len(turbines))
