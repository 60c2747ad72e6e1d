import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
HOST_RE = re.compile(r"^[a-z0-9.-]{1,253}$", re.I)


@app.route("/diag")
def diag():
    host = request.args.get("host", "localhost")
    if not HOST_RE.match(host) or host.startswith("-"):
        abort(400)
    result = subprocess.run(
        ["traceroute", "-m", "10", host],
        capture_output=True,
        text=True,
        timeout=
