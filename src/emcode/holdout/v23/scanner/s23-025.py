import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_ROOT = os.path.realpath("/srv/lab/reports")


@app.route("/reports/download")
def download_report():
    name = request.args.get("file", "")
    full = os.path.realpath(os.path.join(REPORT_ROOT, name))
    if os.path.commonpath([full, REPORT_ROOT]) != REPORT_ROOT or not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
