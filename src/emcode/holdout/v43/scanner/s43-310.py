import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/classes/import")
def import_classes():
    try:
        schedule = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        return jsonify(error="invalid YAML"), 400
    return jsonify(classes=len(schedule.get("classes", [])))
