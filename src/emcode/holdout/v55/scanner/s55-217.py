import os

from flask import Flask, request, send_file, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
EXPORTS = "/srv/cellar/exports"


@app.route("/exports/download")
def download():
    name = secure_filename(request.args.get("file", ""))
    if not name:
        abort(400)
    path = os.path.join(EXPORTS, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
