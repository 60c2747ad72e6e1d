import os

from flask import Flask, abort, send_from_directory

app = Flask(__name__)
EXPORTS = "/srv/parking/exports"


@app.route("/exports/<name>")
def export(name):
    name = os.path.basename(name)
    if not name.endswith(".csv"):
        abort(404)
    return send_from_directory(EXPORTS, name, as_attachment=True)
