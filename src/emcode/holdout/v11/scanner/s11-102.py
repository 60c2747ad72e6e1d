import os

from flask import Flask, request, Response, abort

app = Flask(__name__)
LOGS = "/var/log/app"


@app.route("/admin/logs")
def view_log():
    name = request.args.get("f", "app.log")
    available = {n for n in os.listdir(LOGS) if n.endswith(".log")}
    if name not in available:
        abort(404)
    with open(os.path.join(LOGS, name), encoding="utf-8", errors="replace") as fh:
        tail = fh.readlines()[-200:]
    return Response("".join(tail), mimetype="text/plain")
