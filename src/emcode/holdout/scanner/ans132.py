import ipaddress
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    try:
        host = str(ipaddress.ip_address(request.args.get("host", "127.0.0.1")))
    except ValueError:
        return {"error": "not an IP address"}, 400
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, timeout=10)
    return {"reachable": result.returncode == 0}
