import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/reports/grep")
def grep_logs():
    term = request.form["term"]
    out = subprocess.run(["bash", "-c", f"grep -i '{term}' /var/log/baggage/*.log | tail -n 50"],
                         capture_output=True, text=True)
    return {"lines": out.stdout.splitlines()}
