import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/diagnostics/ping")
def ping_device():
    host = request.args.get("host", "")
    out = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True, timeout=15)
    return jsonify(rc=out.returncode, output=out.stdout)
