import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/netcheck/ping")
def ping():
    data = request.get_json(silent=True) or {}
    host = data.get("host", "")
    count = int(data.get("count", 3))
    cmd = "ping -c {} -W 2 {}".format(count, host)
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)
    return jsonify(ok=proc.returncode == 0, output=proc.stdout[-2000:])


@app.get("/netcheck/health")
def health():
    return jsonify(status="up")
