import re

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/export")
def export():
    label = re.sub(r"[^A-Za-z0-9_-]", "", request.args.get("label", "rota"))[:40] or "rota"
    resp = Response("date,section\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{label}.csv"'
    return resp
