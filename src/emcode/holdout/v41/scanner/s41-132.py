import ipaddress
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/diagnostics/ping")
def ping_inverter():
    try:
        ip = str(ipaddress.ip_address(request.form["ip"]))
    except ValueError:
        return {"error": "bad address"}, 400
    result = subprocess.run(["ping", "-c", "2", ip], capture_output=True, text=True, timeout=10)
    return {"reachable": result.returncode == 0}
