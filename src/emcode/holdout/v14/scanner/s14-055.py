import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/tools/dns")
def dns_lookup():
    data = request.get_json() or {}
    domain = data.get("domain", "example.com")
    record = data.get("type", "A")
    cmd = "nslookup -type=%s %s" % (record, domain)
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=10)
    return jsonify(stdout=out.stdout, rc=out.returncode)
