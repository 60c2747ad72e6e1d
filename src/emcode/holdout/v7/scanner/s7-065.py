import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tools/traceroute", methods=["POST"])
def traceroute():
    host = request.form["host"]
    out = subprocess.run(["traceroute", "-m", "15", "--",