import re

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/export/guests.csv")
def export_guests():
    label = re.sub(r"[^A-Za-z0-9_-]", "", request.args.get("label", "guests"))[:40] or "guests"
    csv_data = "name,table\nAlice,1\nBob,2\n"
    resp = Response(csv_data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{label}.csv"'
    return resp
