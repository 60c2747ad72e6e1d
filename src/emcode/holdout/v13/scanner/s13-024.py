import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORTS = "/srv/reports"

@app.route("/reports/download")
def download():
    name = request.args.get("file")
    if not name:
        abort(400)
    full = os.path.join(REPORTS, name)
    if not os.path.exists(full):
        abort(404)
    return send_file(full, as_attachment=True)
