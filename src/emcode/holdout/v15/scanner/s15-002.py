import os
from flask import Flask, abort, request, send_file

app = Flask(__name__)
BASE = os.path.realpath("/srv/invoices")


@app.route("/invoice")
def invoice():
    name = request.args.get("file", "")
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        abort(403)
    return send_file(full, as_attach