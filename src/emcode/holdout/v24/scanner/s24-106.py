import csv
import io
import re
from flask import Flask, request, send_file

app = Flask(__name__)
ROWS = [("2026-11-01", "Bay 3", 12.5), ("2026-11-02", "Bay 7", 8.0)]


@app.route("/export")
def export():
    label = re.sub(r"[^A-Za-z0-9_-]", "", request.args.get("label", ""))[:40] or "parking"
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["date", "bay", "amount"])
    w.writerows(ROWS)
    data = io.BytesIO(buf.getvalue().encode())
    return send_file(data, mimetype="text/csv", as_attachment=True, download_name=f"{label}.csv")
