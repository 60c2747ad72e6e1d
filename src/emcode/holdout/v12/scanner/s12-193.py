import os
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    count = request.args.get("count", "3")
    cmd = f"ping -c {count} {host}"
    output = os.popen(cmd).read()
    lost = "100% packet loss" in output
    return jsonify(host=host, reachable=not lost, raw=output.splitlines()[-2:])
