import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.post("/turbines/diagnose")
def diagnose():
    unit = request.form["unit"]
    out = subprocess.check_output(f"/opt/scada/bin/diag --unit {unit}", shell=True, text=True)
    lines = [l for l in out.splitlines() if l.strip()]
    summary = {
        "unit": unit,
        "warnings": [l for l in lines if l.startswith("WARN")],
        "errors": [l for l in lines if l.startswith("ERR"