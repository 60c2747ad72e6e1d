import ipaddress
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/diagnostics/ping")
def ping_logger():
    try:
        host = str(ipaddress.ip_address(request.args.get("host", "")))
    except ValueError:
        return {"error": "host must be an IP address"}, 400
    out = subprocess.run(["ping", "-c", "2", host], capture_output=True, text=True, timeout=15)
    return {"rc": out.returncode, "stdout": out.stdout}
