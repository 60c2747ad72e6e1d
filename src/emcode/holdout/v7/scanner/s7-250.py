import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/srv/app/reports"


@app.route("/reports")
def list_reports():
    return {"files": sorted(os.listdir(REPORT_DIR))}


@app.route("/reports/download")
def download_report():
    name = request.args.get("file")
    if not name:
        abort(400)
    full = os.path.join(REPORT_DIR, name)
    if not os.path.exists(full):
        abort(404)
    return send_file(full, as_attachment=True)
