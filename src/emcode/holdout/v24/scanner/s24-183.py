import csv
import io
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/readings/upload")
def upload_readings():
    rows = list(csv.DictReader(io.StringIO(request.get_data(as_text=True))))
    total = sum(float(r["kwh"]) for r in rows)
    return jsonify(rows=len(rows), kwh=round(total, 3))
