import hmac
import os
import subprocess
from flask import Flask, jsonify, abort, request

app = Flask(__name__)
SERVICES = {"nginx", "redis", "worker"}
OPS_TOKEN = os.environ["OPS_TOKEN"]


@app.post("/ops/restart/<name>")
def restart(name):
    if not hmac.compare_digest(request.headers.get("X-Ops-Token", ""), OPS_TOKEN):
        abort(401)
    if name not in SERVICES:
        abort(404)
    res = subprocess.run(["sudo", "systemctl", "restart", name], capture_output=True, text=True)
    return jsonify(ok=res.returncode == 0, err=res.stderr.strip())
