import ipaddress
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/devices/ping", methods=["POST"])
def ping_device():
    target = request.form.get("ip", "")
    try:
        addr = ipaddress.ip_address(target)
    except ValueError:
        return jsonify(error="not an IP address"), 400
    proc = subprocess.run(["ping", "-c", "2", str(addr)], capture_output=True, text=True, timeout=15)
    return jsonify(reachable=proc.returncode == 0, output=proc.stdout[-500:])
