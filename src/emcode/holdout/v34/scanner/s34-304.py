import re

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/export")
def export():
    label = re.sub(r"[^A-Za-z0-9_-]", "", request.args.get("label", "readings"))[:40] or "readings"
    resp = Response("inverter,kwh\nINV-1,20\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{label}.csv"'
    return resp
