import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/warehouses/layout")
def upload_layout():
    layout = yaml.load(request.files["layout"].stream, Loader=yaml.Loader)
    aisles = layout.get("aisles", [])
    total_bins = sum(len(a.get("bins", [])) for a in aisles)
    return jsonify(aisles=len(aisles), bins=total_b