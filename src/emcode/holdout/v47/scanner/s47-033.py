import os

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/gateway/ping", methods=["POST"])
def ping_gateway():
    host = request.form["host"]
    status = os.system("ping -c 2 -W 1 " + host + " > /dev/null 2>&1")
    return jsonify(host=host, reachable=(status == 0))
