from flask import Flask, request, send_file, abort
from werkzeug.utils import safe_join

app = Flask(__name__)
REPORT_DIR = "/srv/billing/reports"


@app.route("/reports/download")
def download():
    name = request.args.get("name", "")
    path = safe_join(REPORT_DIR, name)
    if path is None:
        abort(404)
    try:
        return send_file(path, as_attachment=True)
    except FileNotFoundError:
        abort(404)
