import os

from flask import Flask, request, Response

app = Flask(__name__)
LOG_DIR = "/var/log/myapp"


@app.route("/admin/logs")
def view_log():
    name = request.args.get("file", "app.log")
    path = os.path.join(LOG_DIR, name)
    with open(path, encoding="utf-8", errors="replace") as fh:
        tail = fh.readlines()[-200:]
    return Response("".join(tail), mimetype="text/plain")
