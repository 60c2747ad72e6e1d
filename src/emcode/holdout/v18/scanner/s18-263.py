import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/dns")
def dns():
    name = request.args.get("name", "")
    cmd = "dig +short " + name
    out = subprocess.check_output(cmd, sh