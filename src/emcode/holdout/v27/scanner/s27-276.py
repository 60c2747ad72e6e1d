import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/diag")
def diag():
    host = request.args.get("host", "localhost")
    os.system("traceroute -m 10 " + host + " > /tmp/trace.txt")
    with open("/tmp/trace.txt") as fh:
        output = fh.read()
    return "<pre>" + output.replace("<", "&lt;") + "</pre>"


@app.route("/status")
def status():
    uptime = open("/proc/uptime").read().split()[0]
    return {"uptime_s": float(uptime),
            "load": os.getloadavg
