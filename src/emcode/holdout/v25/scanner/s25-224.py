import csv
import io
import re
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/report.csv")
def report():
    name = re.sub(r"[^A-Za-z0-9_-]", "", request.args.get("name", "report"))[:50] or "report"
    buf = io.StringIO()
    csv.writer(buf).writerows([["plot", "yield"], ["A1", 3.2], ["B4", 2.9]])
    resp = Response(buf.getvalue(), mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
