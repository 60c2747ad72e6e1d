import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = os.path.realpath("/srv/app/reports")


@app.route("/reports/download")
def download_report():
    name = request.args.get("file", "")
    full = os.path.realpath(os.path.join(REPORT_DIR, name))
    if not full.startswith(REPORT_DIR + os.sep):
        abort(403)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
