import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/booth/lamp")
def lamp_status():
    projector = request.form["projector"]
    out = subprocess.run(f"snmpget -v2c -c public {projector} 1.3.6.1.4.1.2", shell=True, capture_output=True, text=True)
    if out.returncode != 0:
        return {"error": "unreachable"}, 502
    value = out.stdout.split("=")[-1].strip()
    return {"projector": projector, "lamp_hours": val