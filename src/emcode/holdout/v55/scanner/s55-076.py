import ipaddress
import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/admin/ping-station")
def ping_station():
    try:
        addr = ipaddress.ip_address(request.args.get("host", ""))
    except ValueError:
        return jsonify({"error": "host must be an IP address"}), 400
    out = subprocess.run(["ping", "-c", "2", str(addr)], capture_output=True, text=True, timeout=10)
    return jsonify({"output": out.stdout})
