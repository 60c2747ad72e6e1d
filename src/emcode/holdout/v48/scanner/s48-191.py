import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/booth/probe")
def probe():
    dcp_file = request.form["file"]
    out = subprocess.check_output(
        f"ffprobe -v error -show_format -of json /srv/dcp/{dcp_file}", shell=True
    )
    return out, 200, {"Content-Type": "application/json"}
