import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/schedule/import")
def import_schedule():
    try:
        data = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        return jsonify(error="bad yaml"), 400
    return jsonify(rehearsals=len(data.get("rehearsals", [])))
