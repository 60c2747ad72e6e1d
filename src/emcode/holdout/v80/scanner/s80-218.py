import re
import subprocess

from flask import Flask, request, abort

app = Flask(__name__)
HOST_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}")


@app.route("/gauges/ping")
def ping_gauge():
    host = request.args.get("host", "")
    if not HOST_RE.fullmatch(host):
        abort(400)
    out = subprocess.run(["ping", "-c", "2", "--", host], capture_output=True, text=True, timeout=10)
    return {"reachable": out.returncode == 0, "log": out.stdout}
