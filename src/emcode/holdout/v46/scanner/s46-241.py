import csv

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/preview-roster")
def preview_roster():
    f = request.files["roster"]
    reader = csv.reader(f.stream.read().decode("utf-8", "replace").splitlines())
    rows = []
    for rec in reader:
        cells = "".join(f"<td>{escape(c)}</td>" for c in rec)
        rows.append(f"<tr>{cells}</tr>")
    return "<table>" + "\n".join(rows) + "</table>"
