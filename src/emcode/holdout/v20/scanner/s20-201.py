import hmac
import os
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SERVICES = {"nginx", "worker", "scheduler"}
OPS_TOKEN = os.environ["OPS_TOKEN"]


@app.route("/ops/restart/<name>", methods=["POST"])
def restart(name):
    if not hmac.compare_digest(request.headers.get("X-Ops-Token", ""), OPS_TOKEN):
        abort(401)
    if name not in SERVICES:
        abort(404)
    proc = subprocess.run(["systemctl", "restart", f"{name}.service"], capture_output=True, text=True, timeout=60)
    return jsonify({"rc": proc.returncode, "err": proc.stderr[-300:]})
