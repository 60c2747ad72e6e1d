import ipaddress
import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/fleet/ping")
def ping():
    try:
        addr = ipaddress.ip_address(request.args.get("host", ""))
    except ValueError:
        return jsonify(error="host must be an IP address"), 400
    result = subprocess.run(["ping", "-c", "2", str(addr)], capture_output=True, text=True, timeout=10)
    return jsonify(code=result.returncode, output=result.stdout)
