import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    domain = request.args.get("domain", "")
    os.system("nslookup " + domain + " > /tmp/out.txt")
    with open("/tmp/out.txt") as fh:
        return {"domain": domain, "output": fh.read(
