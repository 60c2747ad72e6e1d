import ipaddress
import re
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)
HOSTNAME = re.compile(r"(?=.{1,253}\Z)([A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}")


def valid_host(value):
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(HOSTNAME.fullmatch(value)) and not value.startswith("-")


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    if not valid_host(host):
        return jsonify(error="bad host"), 400
    count = max(1, min(int(request.args.get("count", "3")), 10))
    proc = subprocess.run(["ping", "-c", str(count), host], capture_output=True, text=True, timeout=30)
    lost = "100% packet loss" in proc.stdout
    return jsonify(host=host, reachable=not lost, raw=proc.stdout.splitlines()[-2:])
