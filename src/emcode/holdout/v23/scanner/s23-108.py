import subprocess
from flask import Flask, jsonify

app = Flask(__name__)
SERVICES = {"thermostat": "thermo-agent.service", "cameras": "cam-bridge.service", "locks": "lock-daemon.service"}


@app.route("/admin/restart/<name>", methods=["POST"])
def restart(name):
    unit = SERVICES.get(name)
    if unit is None:
        return jsonify(error="unknown service"), 404
    result = subprocess.run(["systemctl", "restart", unit], capture_output=True, text=True, timeout=30)
    return jsonify(ok=result.returncode == 0)
