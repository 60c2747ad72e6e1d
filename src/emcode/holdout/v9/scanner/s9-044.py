import os
from flask import Flask, send_file, abort

app = Flask(__name__)
REPORTS = os.path.realpath("/srv/reports")


@app.route("/reports/<path:name>")
def report(name):
    full = os.path.realpath(os.path.join(REPORTS, name))
    if os.path.commonpath([full, REPORTS]) != REPORTS:
        abort(403)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full)
