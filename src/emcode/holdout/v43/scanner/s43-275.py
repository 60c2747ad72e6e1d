import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/classes/import")
def import_classes():
    schedule = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return jsonify(classes=len(schedule.get("classes", [])))
