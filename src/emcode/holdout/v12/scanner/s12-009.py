from flask import Flask, send_from_directory, abort
from werkzeug.utils import safe_join

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.route("/reports/<path:name>")
def report(name):
    if safe_join(REPORTS, name) is None:
        abort(404)
    return send_from_directory(REPORTS, name, as_attachment=True)
