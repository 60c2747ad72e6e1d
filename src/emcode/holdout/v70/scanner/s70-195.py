import re
from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/export")
def export():
    name = re.sub(r"[^A-Za-z0-9_-]", "_", request.args.get("name", "bookings"))[:40]
    resp = Response("id,status\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return resp
