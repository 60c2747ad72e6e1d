import ipaddress
import re
import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)
HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*$")


def valid_target(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(HOSTNAME.match(value))


@app.post("/netcheck/ping")
def ping():
    data = request.get_json(silent=True) or {}
    host = str(data.get("host", ""))
    count = max(1, min(int(data.get("count", 3)), 10))
    if not valid_target(host):
        return jsonify(error="invalid host"), 400
    proc = subprocess.run(["ping", "-c", str(count), "-W", "2", "--", host],
                          capture_output=True, text=True, timeout=30)
    return jsonify(ok=proc.returncode == 0, output=proc.stdout[-2000:])
