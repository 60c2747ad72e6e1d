import ipaddress
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/ping", methods=["POST"])
def ping():
    try:
        target = str(ipaddress.ip_address(request.form["host"].strip()))
    except ValueError:
        return {"error": "not an IP address"}, 400
    done = subprocess.run(["ping", "-c", "2", target], capture_output=True, text=True, timeout=15)
    return {"exit": done.returncode}
