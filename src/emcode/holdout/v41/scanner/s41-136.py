import glob
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/reports/grep")
def grep_logs():
    term = request.form["term"]
    files = sorted(glob.glob("/var/log/baggage/*.log"))
    if not files:
        return {"lines": []}
    out = subprocess.run(["grep", "-i", "-F", "-e", term, "--", *files], capture_output=True, text=True)
    return {"lines": out.stdout.splitlines()[-50:]}
