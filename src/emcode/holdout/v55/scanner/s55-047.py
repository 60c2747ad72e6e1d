import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
EXPORTS = "/srv/cellar/exports"


@app.route("/exports/download")
def download():
    name = request.args.get("file", "").replace("../", "")
    path = os.path.join(EXPORTS, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
