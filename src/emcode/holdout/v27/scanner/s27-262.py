from subprocess import run as sh, PIPE
from flask import Flask, request, abort

app = Flask(__name__)
KNOWN_UNITS = {"nginx", "postgresql", "redis-server"}


@app.route("/service-status")
def service_status():
    unit = request.args.get("unit", "")
    if unit not in KNOWN_UNITS:
        abort(404)
    res = sh(["systemctl", "is-active", unit], stdout=PIPE, text=True)
    return {"unit": unit, "state": res.stdout.strip()}
