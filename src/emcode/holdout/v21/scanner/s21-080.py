import ipaddress
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/diag/ping", methods=["POST"])
def ping():
    body = request.get_json()
    try:
        target = str(ipaddress.ip_address(body["host"]))
    except ValueError:
        return jsonify(error="host must be an IP address"), 400
    count = max(1, min(int(body.get("count", 3)), 10))
    proc = subprocess.run(["ping", "-c", str(count), target], capture_output=True, text=True, timeout=30)
    return jsonify(ok=proc.returncode == 0, raw=proc.stdout)
