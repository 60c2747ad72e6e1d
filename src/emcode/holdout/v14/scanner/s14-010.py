import ipaddress
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/diag/ping")
def ping():
    target = (request.json or {}).get("host", "")
    try:
        addr = ipaddress.ip_address(target)
    except ValueError:
        return jsonify(error="host must be an IP address"), 400
    proc = subprocess.run(["ping", "-c", "3", "-W", "2", str(addr)],
                          capture_output=True, text=True, timeout=15)
    return jsonify(code=proc.returncode, output=proc.stdout[-2000:])
