import os
from flask import Flask, request, Response

app = Flask(__name__)
BASE = "/srv/manuals"


@app.route("/manual")
def manual():
    filename = request.args["file"]
    with open(os.path.join(BASE, filename), "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="application/pdf", headers={"Content-Disposition": "inline; filena