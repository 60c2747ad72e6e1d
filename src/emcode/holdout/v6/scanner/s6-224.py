import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/trace")
def trace():
    host = request.args.get("host")
    os.system("traceroute " + host + " > /tmp/trace.txt")
    with open("/tmp/trace.txt") as f:
        return "<pre>" + f.re