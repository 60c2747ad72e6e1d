import ipaddress
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/tracker/ping", methods=["POST"])
def ping_tracker():
    try:
        addr = ipaddress.ip_address(request.form.get("host", ""))
    except ValueError:
        abort(400)
    done = subprocess.run(["ping", "-c", "1", str(addr)], capture_output=True, timeout=5)
    return {"reachable": done.returncode == 0}
