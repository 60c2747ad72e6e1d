import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
LOG_DIR = "/srv/lighthouse/logs"


@app.route("/logs/download")
def download():
    name = request.args.get("file", "")
    full = os.path.join(LOG_DIR, name)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
