import os
from flask import Flask, request, Response

app = Flask(__name__)
LOG_BASE = os.path.realpath("/var/log/myapp")


@app.route("/admin/logs")
def view_log():
    name = request.args.get("file", "app.log")
    lines = min(int(request.args.get("tail", "200")), 5000)
    path = os.path.realpath(os.path.join(LOG_BASE, name))
    if os.path.commonpath([path, LOG_BASE]) != LOG_BASE:
        return Response("forbidden", status=403, mimetype="text/plain")
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            content = fh.readlines()[-lines:]
    except FileNotFoundError:
        return Response("not found", status=404, mimetype="text/plain")
    return Response("".join(content), mimetype="text/plain")
