import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/flags", methods=["POST"])
def import_flags():
    data = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    flags = {str(k): bool(v) for k, v in data.items()}
    return jsonify(imported=len(flags))
