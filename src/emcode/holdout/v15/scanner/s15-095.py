import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = os.path.realpath("/srv/billing/reports")


@app.route("/reports/download")
def download():
    fname = request.args.get("file", "")
    path = os.path.realpath(os.path.join(REPORT_DIR, fname))
    if not path.startswith(REPORT_DIR + os.sep):
        abort(403)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
