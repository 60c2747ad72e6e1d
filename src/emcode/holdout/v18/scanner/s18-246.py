import ipaddress
import subprocess
from flask import Flask, request, render_template, abort

app = Flask(__name__)


@app.route("/tools/traceroute", methods=["GET", "POST"])
def traceroute():
    if request.method == "POST":
        try:
            host = str(ipaddress.ip_address(request.form["host"].strip()))
        except ValueError:
            abort(400)
        done = subprocess.run(["traceroute", "-m", "15", host], capture_output=True, text=True, timeout=60)
        return render_template("trace.html", output=done.std