import ipaddress, subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/ping", methods=["POST"])
def ping():
    try:
        addr = str(ipaddress.ip_address(request.form.get("host", "")))
    except ValueError:
        return {"error": "bad address"}, 400
    out = subprocess.run(["ping", "-c", "3", addr], capture_output=True, text=True, timeout=15)
    return {"rc": out.returncode, "output": out.stdout}
