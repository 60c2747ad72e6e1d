import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/admin/ping-station")
def ping_station():
    host = request.args.get("host", "")
    out = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True)
    return jsonify({"output": out.stdout})
