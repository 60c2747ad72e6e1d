import os
from flask import Flask, send_file, abort

app = Flask(__name__)
UPLOAD_DIR = "/srv/invoices"


@app.route("/invoices/<path:filename>")
def download(filename):
    full = os.path.join(UPLOAD_DIR, filename)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)


@app.route("/invoices")
def listing():
    names = sorted(os.listdir(UPLOAD_DIR))
    return {"invoices": names}
