import os

from flask import Flask, request, Response

app = Flask(__name__)
LOG_DIR = "/var/log/minesafety"


@app.get("/logs/view")
def view_log():
    name = request.args["name"]
    with open(os.path.join(LOG_DIR, name)) as fh:
        text = fh.read()
    lines = text.splitlines()[-200:]
    return Response("\n".join(lines), mimetype="te