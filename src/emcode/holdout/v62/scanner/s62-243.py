import csv
import io

from flask import Flask, request, abort, jsonify

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
MAX_ROWS = 5000


@app.route("/readings", methods=["POST"])
def readings():
    f = request.files.get("csv")
    if f is None:
        abort(400)
    reader = csv.DictReader(io.TextIOWrapper(f.stream, encoding="utf-8"))
    total, n = 0.0, 0
    for n, row in enumerate(reader, 1):
        if n > MAX_ROWS:
            abort(413)
        total += float(row.get("litres", 0) or 0)
    return jsonify(rows=n, litres=total)
