import ipaddress
import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/drones/ping")
def ping_drone():
    try:
        addr = str(ipaddress.ip_address(request.args.get("addr", "")))
    except ValueError:
        return jsonify(error="addr must be an IP address"), 400
    proc = subprocess.run(["ping", "-c", "3", "-W", "2", addr], capture_output=True, text=True, timeout=15)
    return jsonify(ok=proc.returncode == 0, output=proc.stdout[-2000:])
