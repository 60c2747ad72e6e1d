import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tools/traceroute", methods=["POST"])
def traceroute():
    host = request.form["host"]
    out = subprocess.check_output("traceroute -m 15 " + host, shell=True, text=True)
    hops = [line.split()[1] for line in out.splitlines()[1:] if line.strip()]
    return jsonify({"host": host, "hops": hops, "raw":