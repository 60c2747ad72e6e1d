import os
from flask import Flask, request, Response

app = Flask(__name__)
LOG_ROOT = "/var/log/windfarm"


@app.route("/logs/view")
def view_log():
    name = request.args.get("name", "today.log")
    with open(os.path.join(LOG_ROOT, name)) as fh:
        text = fh.read()
    lines = text.splitlines()[-200:]
    return Response("\n".join(lines), mimetype="text/pl