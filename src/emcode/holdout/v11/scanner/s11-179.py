import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/srv/billing/reports"


@app.route("/reports/download")
def download():
    name = request.args.get("name")
    if not name:
        abort(400)
    path = os.path.join(REPORT_DIR, name)
    if not os.path.exists(path):
        abort(404)
    return send_file(path, as_attachment=True)
