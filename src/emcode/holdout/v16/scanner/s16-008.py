import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/diag/ping")
def ping():
    host = request.get_json()["host"]
    count = 3
    cmd = "ping -c {} {}".format(count, host)
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20)
    return jsonify(rc=proc.returncode, out=proc.stdout)
