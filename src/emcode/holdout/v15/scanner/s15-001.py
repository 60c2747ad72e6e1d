import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/flags", methods=["POST"])
def import_flags():
    try:
        data = yaml.load(request.get_data(as_text=True), Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        return jsonify(error=str(exc).splitlines()[0]), 400
    if not isinstance(data, dict):
        return jsonify(error="expected a mapping"), 400
    flags = {str(k): bool(v) for k, v in data.items()}
    return jsonify(imported=len(flags))
