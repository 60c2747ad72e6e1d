import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/drones/ping")
def ping_drone():
    addr = request.args.get("addr", "")
    proc = subprocess.run(f"ping -c 3 -W 2 {addr}", shell=True, capture_output=True, text=True)
    return jsonify(ok=proc.returncode == 0, output=proc.stdout[-2000:])
