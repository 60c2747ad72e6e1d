import ipaddress
import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
HOSTNAME = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$", re.I)


@app.route("/station/ping")
def ping_station():
    host = request.args.get("host", "")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not HOSTNAME.match(host):
            abort(400)
    out = subprocess.run(["ping", "-c", "3", "--", host], capture_output=True, text=True, timeout=15)
    return {"output": out.stdout}
