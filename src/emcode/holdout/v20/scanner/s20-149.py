import os

from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/share"


@app.route("/files")
def files():
    name = request.args.get("file", "")
    path = os.path.join(BASE, name)
    if not os.path.exists(path):
        return "missing", 404
    return send_file(path)
