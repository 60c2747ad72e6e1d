import csv
import io

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/api/readings/upload")
def upload_readings():
    f = request.files.get("readings")
    if f is None:
        abort(400)
    text = io.TextIOWrapper(f.stream, encoding="utf-8", errors="replace")
    total, count = 0.0, 0
    for row in csv.DictReader(text):
        try:
            total += float(row["litres"])
            count += 1
        except (KeyError, ValueError):
            continue
    return jsonify(rows=count, litres=total)
