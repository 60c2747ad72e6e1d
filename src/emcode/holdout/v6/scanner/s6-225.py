import subprocess
from flask import Flask, request, abort

app = Flask(__name__)

@app.route("/trace")
def trace():
    host = request.args.get("host", "")
    if not host.replace(".", "").replace("-", "").isalnum():
        abort(400)
    res = subprocess.run(["traceroute", "--", host], capture_output=True, text=True, timeout=30)
    return {"lines": res.stdout.spl