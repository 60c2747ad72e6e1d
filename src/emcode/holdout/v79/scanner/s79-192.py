import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
UNITS = {f"WTG-{n:02d}" for n in range(1, 25)}


@app.post("/turbines/diagnose")
def diagnose():
    unit = request.form.get("unit", "")
    if unit not in UNITS:
        abort(400)
    out = subprocess.run(["/opt/scada/bin/diag", "--unit", unit], capture_output=True, text=True, timeout=30)
    lines = [l for l in out.stdout.splitlines() if l.strip()]
    return {"unit": unit, "warnings": [l for l in lines if l.startsw