import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/srv/billing/reports"


@app.route("/reports/download")
def download():
    fname = request.args.get("file", "")
    path = os.path.join(REPORT_DIR, fname)
    if not os.path.exists(path):
        abort(404)
    return send_file(path, as_attachment=True)
