import subprocess
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/dns")
def dns_lookup():
    domain = request.args.get("domain", "example.com")
    if not domain.replace("-", "").replace(".", "").isalnum():
        abort(400)
    proc = subprocess.run(["nslookup", domain], capture_output=True, text=True, time