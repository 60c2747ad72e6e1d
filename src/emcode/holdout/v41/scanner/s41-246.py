import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/diagnostics/ping")
def ping_inverter():
    ip = request.form["ip"]
    code = os.system("ping -c 2 " + ip + " > /tmp/ping.out")
    return {"reachable": code == 0}
