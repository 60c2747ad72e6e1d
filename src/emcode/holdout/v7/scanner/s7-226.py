import os
from flask import Flask, request, Response

app = Flask(__name__)
BASE = "/srv/docs"


@app.route("/doc")
def doc():
    filename = request.args["f"]
    with open(os.path.join(BASE, filename)) as fh:
        text = fh.read()
    return Response(text, mimetype=