import os

from flask import Flask, Response, request

app = Flask(__name__)
DRAWINGS = "/srv/dig/drawings"


@app.get("/drawings")
def drawing():
    name = request.args.get("file", "")
    with open(os.path.join(DRAWINGS, name), "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="image/sv