import ipaddress
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/diagnostics/ping")
def ping_gateway():
    raw = request.args.get("host", "192.168.1.1")
    try:
        addr = ipaddress.ip_address(raw)
    except ValueError:
        return {"error": "host must be an IP address"}, 400
    res = subprocess.run(["ping", "-c", "1", "-W", "2", str(addr)], capture_output=True)
    return {"reachable": res.returncode == 0}
