import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/tracker/ping", methods=["POST"])
def ping_tracker():
    host = request.form.get("host", "")
    status = os.system("ping -c 1 " + host)
    return {"reachable": status == 0}
