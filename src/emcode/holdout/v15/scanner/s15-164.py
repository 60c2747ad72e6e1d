import os
from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/invoices"


@app.route("/invoice")
def invoice():
    name = request.args["file"]
    return send_file(os.path.join(BASE, name))


@app.route("/invoice/list")
def listing():
    files = sorted(os.listdir(BASE