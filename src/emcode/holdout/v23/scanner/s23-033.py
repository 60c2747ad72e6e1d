import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/automations", methods=["POST"])
def create_automation():
    spec = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    name = spec.get("name", "unnamed")
    triggers = spec.get("triggers", [])
    return jsonify(name=name, trigger_count=len(triggers))
