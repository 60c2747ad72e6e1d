import os

from flask import Flask, request, send_file

app = Flask(__name__)
REPORT_DIR = "/srv/hr/reports"


@app.route("/reports/download")
def download_report():
    name = request.args.get("file", "")
    path = os.path.join(REPORT_DIR, name)
    if not os.path.exists(path):
        return "not found", 404
    return send_file(path, as_attachment=True)
