import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/trace")
def trace():
    target = request.args["target"]
    result = subprocess.run("traceroute " + target, shell=True, capture_output=True, text=True)
    # Now we format the output so that each hop is shown on its own line and
    # the user can 