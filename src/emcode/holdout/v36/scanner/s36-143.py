import ipaddress
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping_gateway():
    raw = request.args.get("host", "10.0.0.1")
    try:
        host = str(ipaddress.ip_address(raw))
    except ValueError:
        return {"error": "host must be an IP address"}, 400
    out = subprocess.run(["ping", "-c", "2", host], capture_output=True, text=True, timeout=10)
    return {"rc": out.returncode, "output": out.stdout}
