import csv
import io
from flask import Flask, request, jsonify

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
MAX_ROWS = 10_000


@app.post("/readings/upload")
def upload_readings():
    text = request.get_data(as_text=True)
    reader = csv.DictReader(io.StringIO(text))
    total, n = 0.0, 0
    for row in reader:
        n += 1
        if n > MAX_ROWS:
            return jsonify(error="too many rows"), 413
        try:
            total += float(row["kwh"])
        except (KeyError, ValueError):
            return jsonify(error=f"bad row {n}"), 400
    return jsonify(rows=n, kwh=round(total, 3))
