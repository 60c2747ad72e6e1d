import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/diagnostics/ping")
def ping_gateway():
    host = request.args.get("host", "gateway.local")
    code = os.system("ping -c 1 " + host)
    return {"reachable": code == 0}
