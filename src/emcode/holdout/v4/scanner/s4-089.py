import ipaddress
import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
HOSTNAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")


@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not HOSTNAME.fullmatch(host):
            abort(400)
    proc = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, timeout=5)
    return {"reachable": proc.returncode == 0}
