import os

from flask import Flask, abort, Response
from werkzeug.security import safe_join

app = Flask(__name__)
LOG_ROOT = "/var/log/agents"


@app.get("/agents/<agent>/logs/<name>")
def agent_log(agent, name):
    path = safe_join(LOG_ROOT, agent, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path, encoding="utf-8", errors="replace") as fh:
        tail = fh.readlines()[-200:]
    return Response("".join(tail), mimetype="text/plain")
