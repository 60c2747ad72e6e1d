import ipaddress
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/gateway/ping", methods=["POST"])
def ping_gateway():
    try:
        addr = ipaddress.ip_address(request.form.get("host", ""))
    except ValueError:
        abort(400)
    result = subprocess.run(
        ["ping", "-c", "2", "-W", "1", str(addr)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=10,
    )
    return jsonify(host=str(addr), reachable=(result.returncode == 0))
