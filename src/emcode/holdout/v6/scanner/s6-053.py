import os
from flask import Flask, send_file, abort

app = Flask(__name__)
BASE = os.path.realpath("/srv/files")

@app.route("/download/<path:name>")
def download(name):
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        abort(404)
    return send_file(full)
