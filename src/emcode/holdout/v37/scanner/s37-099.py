import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/schedule/import")
def import_schedule():
    data = yaml.load(request.get_data(as_text=True), Loader=yaml.UnsafeLoader)
    return jsonify(rehearsals=len(data.get("rehearsals", [])))
