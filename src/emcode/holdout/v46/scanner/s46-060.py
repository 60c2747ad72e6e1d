import re
import subprocess

from flask import Flask, request, abort
from markupsafe import escape

app = Flask(__name__)
HOST_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")


@app.post("/diagnostics/ping")
def ping_station():
    host = request.form.get("station_host", "")
    if not HOST_RE.fullmatch(host):
        abort(400)
    out = subprocess.run(["ping", "-c", "3", "--", host], capture_output=True, text=True, timeout=15)
    return "<pre>" + str(escape(out.stdout)) + "</pre>"
