import os
from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/reports"

@app.route("/report")
def report():
    name = request.args.get("name")
    path = os.path.join(BASE, name)
    return send_file(path)
