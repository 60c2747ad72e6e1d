import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/stations/traceroute")
def traceroute():
    target = request.json.get("host", "")
    proc = subprocess.run("traceroute -m 15 " + target, shell=True, capture_output=True, text=True, timeout=60)
    hops = [line for line in proc.stdout.splitlines()[1:] if line.strip()]
    return jsonify(hops=hops, code=proc.returncode)


@app.get("/stations/status")
def status():
    return jsonify(stations=["ST-01", "ST-0