import os
from flask import Flask, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/var/app/reports"


@app.route("/reports/<path:name>")
def report(name):
    full = os.path.join(REPORT_DIR, name)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
