import re
import subprocess

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
HOSTNAME = re.compile(r"[a-z0-9.-]{1,253}")


@app.post("/stations/ping")
def ping():
    host = (request.json or {}).get("host", "")
    if not HOSTNAME.fullmatch(host):
        abort(400)
    proc = subprocess.run(["ping", "-c", "2", "--", host], capture_output=True, text=True, timeout=30)
    return jsonify({"reachable": proc.returncode == 0, "out