import re
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)
RECORD_TYPES = {"A", "AAAA", "MX", "TXT", "NS"}
DOMAIN_RE = re.compile(r"(?=.{1,253}\Z)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")


@app.route("/dns/lookup")
def lookup():
    domain = request.args.get("domain", "")
    rtype = request.args.get("type", "A").upper()
    if rtype not in RECORD_TYPES or not DOMAIN_RE.fullmatch(domain):
        return jsonify(error="bad domain or type"), 400
    out = subprocess.run(["dig", "+short", rtype, domain], capture_output=True, text=True, timeout=10, check=False)
    return jsonify(domain=domain, type=rtype, answers=out.stdout.split())
