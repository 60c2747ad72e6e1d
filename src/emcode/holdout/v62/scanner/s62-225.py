import re

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/export")
def export():
    raw = request.args.get("name", "rota")
    name = re.sub(r"[^a-z0-9_-]+", "-", raw.lower()).strip("-")[:40] or "rota"
    resp = make_response("date,member\n2024-05-01,Sam\n")
    resp.headers["Content-Type"] = "text/csv"
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
