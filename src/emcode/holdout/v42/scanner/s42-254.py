import os

from flask import Flask, request, Response

app = Flask(__name__)
EXPORT_DIR = "/srv/fleet/exports"


@app.get("/exports/download")
def download_export():
    name = request.args.get("name", "")
    full = os.path.join(EXPORT_DIR, name)
    with open(full, "rb") as fh:
        data = fh.read()
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=export.csv"
    return resp


@app.get("/exports")
def list_exports():
    files = sorted(os.listdir(EXPORT_DIR))
    return {"files": [f for f in files if f.endswith(".c