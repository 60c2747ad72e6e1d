import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/diagnostics/ping")
def ping_device():
    host = request.args.get("host", "")
    out = subprocess.run(f"ping -c 3 {ho