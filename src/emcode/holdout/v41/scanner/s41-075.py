import re
import subprocess

from flask import Flask, request

app = Flask(__name__)
SERIAL = re.compile(r"INV-\d{6}")


@app.post("/inverters/reboot")
def reboot():
    serial = request.form.get("serial", "")
    if not SERIAL.fullmatch(serial):
        return {"error": "bad serial"}, 400
    proc = subprocess.run(["/opt/solar/bin/invctl", "reboot", serial], capture_output=True, text=True, timeout=30)
    return {"ok": proc.returncode == 0, "output": proc.stdout[-500:], "ser