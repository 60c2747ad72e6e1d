import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
HOST_RE = re.compile(r"[A-Za-z0-9.-]{1,253}")

@app.route("/ping", methods=["POST"])
def ping():
    host = request.form["host"]
    if not HOST_RE.fullmatch(host) or host.startswith("-"):
        abort(400)
    proc = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, timeout=10)
    return {"exit": proc.returncode}
