import os

from flask import Flask, request, send_file

app = Flask(__name__)
REPORT_DIR = "/srv/vet/lab-reports"


@app.route("/lab/report")
def lab_report():
    name = request.args.get("file", "")
    return send_file(os.path.join(REPORT_DIR, name), mimetype="application/pdf")
