import csv
import io

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1 * 1024 * 1024


@app.post("/inventory/import")
def import_inventory():
    f = request.files.get("sheet")
    if f is None or not (f.filename or "").lower().endswith(".csv"):
        abort(400, "upload a .csv file")
    text = io.TextIOWrapper(f.stream, encoding="utf-8", errors="replace")
    rows = [r for r in csv.DictReader(text) if r.get("sku")]
    return jsonify(imported=len(rows))
