import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/traceroute")
def traceroute():
    host = request.args.get("host", "")
    if not host:
        return "host required", 400
    out = subprocess.check_output("traceroute -m 15 
