import ipaddress
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    try:
        addr = str(ipaddress.ip_address(host))
    except ValueError:
        abort(400, "not an IP address")
    result = subprocess.run(["ping", "-c", "3", addr], capture_output=True, text=True, timeout=15)
    return {"status": result.returncode, "output": result.stdout}
