import os
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/diag/ping", methods=["POST"])
def ping():
    target = request.get_json()["host"]
    count = int(request.get_json().get("count", 3))
    cmd = "ping -c %d %s" % (count, target)
    output = os.popen(cmd).read()
    ok = " 0% packet loss" in output
    return jsonify(ok=ok, raw=output)
