import re
from flask import Flask, abort, send_from_directory

app = Flask(__name__)
FIRMWARE_DIR = "/srv/firmware"
SEMVER = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}")
MODELS = {"th-100", "th-200", "gw-1"}


@app.get("/firmware/<model>/<version>")
def firmware(model: str, version: str):
    if model not in MODELS or not SEMVER.fullmatch(version):
        abort(404)
    return send_from_directory(FIRMWARE_DIR, f"{model}-{version}.bin", as_attachment=True)


@app.get("/firmware/<model>/latest")
def latest(model: str):
    if model not in MODELS:
        abort(404)
    return {"model": model, "version": "1.4.2"}
