import csv
import io
import re

from flask import Flask, Response, request

app = Flask(__name__)
SAFE = re.compile(r"[^A-Za-z0-9_-]+")


@app.get("/reports/export")
def export():
    name = SAFE.sub("-", request.args.get("name", "report"))[:60] or "report"
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["week", "orders"])
    writer.writerows([(1, 120), (2, 134)])
    resp = Response(buf.getvalue(), mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
