import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/diagnostics/ping")
def ping_station():
    host = request.form["station_host"]
    out = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True)
    return "<pre>" + out.stdout.replace("<", "&lt;") + "</pre>"
