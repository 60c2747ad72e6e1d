import os

from flask import Flask, request, send_file

app = Flask(__name__)
REPORT_DIR = "/srv/vetlab/reports"


@app.route("/reports/download")
def download_report():
    name = request.args.get("file", "")
    return send_file(os.path.join(REPORT_DIR, name), as_attachment=True)
