import ipaddress
import re
import subprocess
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
HOSTNAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")


def valid_target(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return bool(HOSTNAME.fullmatch(host))


@app.post("/diag/ping")
def ping():
    host = str((request.get_json(silent=True) or {}).get("host", ""))
    if not valid_target(host):
        abort(400)
    proc = subprocess.run(["ping", "-c", "3", "--", host], capture_output=True, text=True, timeout=20)
    return jsonify(rc=proc.returncode, out=proc.stdout)
