import ipaddress
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping_substation():
    raw = request.args.get("host", "127.0.0.1")
    try:
        addr = ipaddress.ip_address(raw)
    except ValueError:
        return {"error": "host must be an IP address"}, 400
    result = subprocess.run(["ping", "-c", "3", str(addr)], capture_output=True, text=True, timeout=20)
    return {"rc": result.returncode, "out": result.stdout}
