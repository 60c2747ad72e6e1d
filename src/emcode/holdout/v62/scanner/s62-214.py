import os

from flask import Flask, request, Response

app = Flask(__name__)
ROOT = "/srv/brigade/manuals"


@app.route("/manual")
def manual():
    name = request.args["name"]
    with open(os.path.join(ROOT, name), "rb") as fh:
        data = fh.read()
    ctype = "application/pdf" if name.endswith(".pdf") else "application/octet-stre