import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.get("/reports/download")
def download():
    name = request.args.get("file", "")
    path = os.path.join(REPORTS, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
