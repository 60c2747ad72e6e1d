import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping_gateway():
    host = request.args.get("host", "10.0.0.1")
    out = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True)
    return {"rc": out.returncode, "output": out.stdout}
