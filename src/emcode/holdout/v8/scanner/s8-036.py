import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
EXPORT_DIR = os.path.realpath("/srv/exports")


@app.route("/exports/download")
def download_export():
    name = request.args.get("file", "")
    full = os.path.realpath(os.path.join(EXPORT_DIR, name))
    if not full.startswith(EXPORT_DIR + os.sep) or not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
