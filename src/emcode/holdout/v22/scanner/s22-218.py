import subprocess

from flask import Flask, abort, jsonify

app = Flask(__name__)
SERVICES = {"nginx", "redis", "worker"}


@app.post("/agent/restart/<service>")
def restart(service):
    if service not in SERVICES:
        abort(404)
    proc = subprocess.run(["systemctl", "restart", service], capture_output=True, text=True, timeout=60)
    return jsonify(code=proc.returncode, stderr=proc.stderr[-500:])
