import os
from flask import Flask, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/var/lib/windfarm/reports"


@app.route("/reports/<path:name>")
def get_report(name):
    full = os.path.join(REPORT_DIR, name)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full)
