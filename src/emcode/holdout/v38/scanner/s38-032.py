import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping_substation():
    host = request.args.get("host", "127.0.0.1")
    result = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True)
    return {"rc": result.returncode, "out": result.stdout}
