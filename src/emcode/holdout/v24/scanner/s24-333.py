import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)
RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS"}


@app.route("/dns/lookup")
def lookup():
    domain = request.args.get("domain", "")
    rtype = request.args.get("type", "A").upper()
    if rtype not in RECORD_TYPES:
        return jsonify(error="bad type"), 400
    cmd = "dig +short " + rtype + " " + domain
    out = subprocess.check_output(cmd, shell=True, text=True, timeout=10)
    return jsonify(domain=domain, type=rtype, answers=out.split())
