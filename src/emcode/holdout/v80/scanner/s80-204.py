import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/gauges/ping")
def ping_gauge():
    host = request.args.get("host", "")
    out = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True)
    return {"reachable": out.returncode == 0, "log": out.stdout}
