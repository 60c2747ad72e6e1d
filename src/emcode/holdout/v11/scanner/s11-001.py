import os

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/tools/traceroute")
def traceroute():
    target = request.form["target"]
    code = os.system(f"traceroute -m 15 {target} > /tmp/trace.txt")
    with open("/tmp/trace.txt") as fh:
        output = fh.read()
    return jsonify(code=code, output=output)


@app.post("/tools/whois")
def whois():
    domain = request.form["domain"]
    # validate the domain before calling
    if not domain.replace(".", "").replace("-", "").isalnum():
        return jsonify(error="bad domain"), 400
    out = subpro