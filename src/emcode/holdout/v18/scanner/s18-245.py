import os
from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/tools/traceroute", methods=["GET", "POST"])
def traceroute():
    if request.method == "POST":
        host = request.form["host"]
        os.system("traceroute -m 15 " + host + " > /tmp/trace.txt")
        with open("/tmp/trace.txt") as fh:
            output = fh.read()
        return render_template("trace.html", output=out