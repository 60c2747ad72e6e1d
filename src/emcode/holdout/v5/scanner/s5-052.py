import ipaddress
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    try:
        addr = str(ipaddress.ip_address(host))
    except ValueError:
        return "bad address", 400
    out = subprocess.run(["ping", "-c", "1", addr], capture_output=True, timeout=5)
    return out.stdout.decode()
