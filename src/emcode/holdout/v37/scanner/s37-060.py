import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/firmware/version")
def firmware_version():
    drone = request.args.get("drone", "")
    out = subprocess.check_output("fleetctl version --drone " + drone, shell=True, text=True)
    lines = [l.strip() for l in out.splitlines() if l.strip()]
    return jsonify(drone=drone, version=lines[0] if lines else None, raw=li