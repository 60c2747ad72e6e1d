import os

from flask import Flask, request, send_file

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"


@app.route("/exports")
def list_exports():
    return {"files": os.listdir(EXPORT_DIR)}


@app.route("/exports/download")
def download_export():
    name = request.args.get("file")
    full = os.path.join(EXPORT_DIR, name)
    return send_file(full, as_attachment=True)
