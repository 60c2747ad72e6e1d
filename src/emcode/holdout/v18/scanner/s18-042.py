import os
from flask import Flask, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/srv/reports"


@app.route("/reports/<path:filename>")
def download_report(filename):
    full = os.path.join(REPORT_DIR, filename)
    if not os.path.exists(full):
        abort(404)
    return send_file(full, as_attachment=True)
