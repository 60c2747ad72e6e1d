import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/station/ping")
def ping_station():
    host = request.args.get("host", "")
    out = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True)
    return {"output": out.stdout}
