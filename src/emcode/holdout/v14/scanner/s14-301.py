import os
from flask import Flask, request, Response

app = Flask(__name__)
BASE = "/srv/reports"


@app.get("/report")
def report():
    name = request.args["name"]
    with open(os.path.join(BASE, name), "rb") as fh:
        data = fh.read()
    resp = Response(data, mimetype="application/pdf")
    resp.headers["Content-Disposition"] = "inline; filen