import os

from flask import Flask, abort, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
EXPORTS = "/srv/tutorhub/exports"


@app.get("/exports/<name>")
def export(name):
    fname = secure_filename(name)
    if not fname or not os.path.isfile(os.path.join(EXPORTS, fname)):
        abort(404)
    return send_from_directory(EXPORTS, fname, as_attachment=True)
