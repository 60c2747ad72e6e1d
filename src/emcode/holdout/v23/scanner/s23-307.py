import ipaddress
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/net/trace", methods=["POST"])
def trace():
    host = request.form.get("host", "")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return jsonify(error="IP address required"), 400
    args = ["traceroute", "-m", "15",