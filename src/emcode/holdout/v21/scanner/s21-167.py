import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    data = yaml.safe_load(request.get_data(as_text=True)) or {}
    if not isinstance(data, dict):
        return jsonify(error="expected a mapping"), 400
    missing = [k for k in ("name", "version") if k not in da