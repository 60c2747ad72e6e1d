import csv
import io

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

REQUIRED = {"plate", "zone", "issued_at"}


@app.post("/citations/bulk")
def bulk_citations():
    upload = request.files.get("file")
    if upload is None:
        return jsonify(error="missing file"), 400
    text = io.TextIOWrapper(upload.stream, encoding="utf-8", newline="")
    reader = csv.DictReader(text)
    if not REQUIRED.issubset(reader.fieldnames or []):
        return jsonify(error=f"columns required: {sorted(REQUIRED)}"), 400
    rows = [r for r in reader if r["plate"].strip()]
    return jsonify(accepted=len(rows))
