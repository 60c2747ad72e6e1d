import os
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/net/trace", methods=["POST"])
def trace():
    host = request.form.get("host", "")
    status = os.system("traceroute -m 15 " + host + " > /tmp/trace.txt")
    with open("/tmp/trace.txt") as fh:
        output = fh.read()
    return jsonify(status=status, output=out