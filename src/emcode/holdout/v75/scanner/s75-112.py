import csv
import io

from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
MAX_ROWS = 5000


@app.post("/fares/import")
def import_fares():
    f = request.files.get("fares")
    if f is None:
        return {"error": "no file"}, 400
    reader = csv.DictReader(io.StringIO(f.read().decode("utf-8", errors="replace")))
    rows = []
    for i, row in enumerate(reader):
        if i >= MAX_ROWS:
            return {"error": "too many rows"}, 413
        rows.append(row)
    return {"rows": len(rows)}
