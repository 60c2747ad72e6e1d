import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/diagnostics/ping")
def ping_logger():
    host = request.args.get("host", "")
    out = subprocess.run(f"ping -c 2 {host}", shell=True, capture_output=True, text=True)
    return {"rc": out.returncode, "stdout": out.stdout}
