import ipaddress
import subprocess

from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/diagnostics/ping")
def ping_device():
    try:
        addr = ipaddress.ip_address(request.args.get("host", ""))
    except ValueError:
        abort(400)
    out = subprocess.run(["ping", "-c", "3", str(addr)], capture_output=True, text=True, timeout=15)
    return jsonify(rc=out.returncode, output=out.stdout)
