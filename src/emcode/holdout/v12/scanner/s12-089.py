import re
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)
HOST_RE = re.compile(r"[A-Za-z0-9.-]{1,253}")


@app.route("/tools/dns", methods=["POST"])
def dns_lookup():
    domain = request.form.get("domain", "")
    if not HOST_RE.fullmatch(domain) or domain.startswith("-"):
        return jsonify(error="invalid domain"), 400
    argv = ["nslookup", domain]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=10)
    return jsonify(output=result.stdout.splitlines()[: