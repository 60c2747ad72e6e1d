import os

from flask import Flask, request, send_from_directory

app = Flask(__name__)
EXPORT_DIR = "/srv/fleet/exports"


@app.get("/exports/download")
def download_export():
    name = request.args.get("name", "")
    return send_from_directory(EXPORT_DIR, name, as_attachment=True, mimetype="text/csv")


@app.get("/exports")
def list_exports():
    files = sorted(os.listdir(EXPORT_DIR))
    return {"files": [f for f in files if f.endswith(".c