import os
from flask import Flask, send_file, abort

app = Flask(__name__)
UPLOAD_DIR = os.path.realpath("/srv/invoices")


@app.route("/invoices/<path:filename>")
def download(filename):
    full = os.path.realpath(os.path.join(UPLOAD_DIR, filename))
    if os.path.commonpath([full, UPLOAD_DIR]) != UPLOAD_DIR:
        abort(404)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)


@app.route("/invoices")
def listing():
    names = sorted(os.listdir(UPLOAD_DIR))
    return {"invoices": names}
