import csv
import io

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/payroll/hours/import")
def import_hours():
    f = request.files.get("file")
    if f is None:
        return jsonify(error="file required"), 400
    text = io.StringIO(f.read().decode("utf-8-sig", errors="replace"))
    totals = {}
    for n, row in enumerate(csv.DictReader(text)):
        if n >= 5000:
            break
        try:
            totals[row["employee_id"]] = totals.get(row["employee_id"], 0.0) + float(row["hours"])
        except (KeyError, ValueError):
            continue
    return jsonify(employees=len(totals), hours=round(sum(totals.values()), 2))
