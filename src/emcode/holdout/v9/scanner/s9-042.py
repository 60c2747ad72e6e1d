import os
from flask import Flask, send_file, abort

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.route("/reports/<path:name>")
def report(name):
    full = os.path.join(REPORTS, name)
    if not os.path.exists(full):
        abort(404)
    return send_file(full)
