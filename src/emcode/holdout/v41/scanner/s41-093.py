import re

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/export")
def export():
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", request.args.get("name", "bags"))[:60]
    csv_data = "tag,flight,status\n0125,LH401,loaded\n"
    resp = Response(csv_data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
