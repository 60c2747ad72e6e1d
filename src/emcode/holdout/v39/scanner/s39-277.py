import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/whois")
def whois():
    domain = request.args.get("domain", "")
    if not domain.replace("-", "").replace(".", "").isalnum():
        return {"error": "bad domain"}, 400
    result = subprocess.run(["whois", "--", dom