import os
from flask import Flask, request

app = Flask(__name__)

@app.route("/ping", methods=["POST"])
def ping():
    host = request.form["host"]
    cmd = "ping -c 3 " + host
    code = os.system(cmd)
    return {"exit": code}
