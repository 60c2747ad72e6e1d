import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/whois")
def whois():
    domain = request.args.get("domain", "")
    result = subprocess.run("whois " + domain, shell=True, capture_output=True, text=True)
    lines = [l for l in result.stdout.splitlines() if l.strip() and not l.startswith("%")]
    return {"domain": domain, "summary": lines[:20], "ok": result.retu