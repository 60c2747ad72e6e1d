import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/panels/firmware")
def flash_firmware():
    serial = request.form["serial"]
    version = request.form.get("version", "latest")
    rc = os.system(f"/opt/solar/bin/flash --serial {serial} --version {version}")
    if rc != 0:
        return {"error": "flash failed", "code": rc}, 500
    return {"status": "flashed", "serial": se