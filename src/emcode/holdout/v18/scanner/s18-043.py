import os
from flask import Flask, send_file, abort
from werkzeug.utils import safe_join

app = Flask(__name__)
REPORT_DIR = "/srv/reports"


@app.route("/reports/<path:filename>")
def download_report(filename):
    full = safe_join(REPORT_DIR, filename)
    if full is None or not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
