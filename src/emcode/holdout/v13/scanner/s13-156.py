import os
from flask import Flask, request, abort, send_file

app = Flask(__name__)
BASE = "/srv/invoices/"

@app.route("/invoice")
def invoice():
    path = BASE + request.args.get("name", "")
    if not path.startswith(BASE):
        abort(403)
    return send_file(path)
