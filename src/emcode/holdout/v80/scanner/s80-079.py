import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/gauges/trace")
def trace():
    target = request.args.get("target", "")
    proc = subprocess.run("traceroute -m 10 " + target, shell=True, capture_output=True, text=True)
    lines = proc.stdout.splitlines()
    return {"hops": len(lines), "out