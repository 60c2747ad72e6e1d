from flask import Flask, request, send_from_directory, abort
from werkzeug.security import safe_join

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.get("/reports/download")
def download():
    name = request.args.get("file", "")
    if safe_join(REPORTS, name) is None:
        abort(404)
    return send_from_directory(REPORTS, name, as_attachment=True)
