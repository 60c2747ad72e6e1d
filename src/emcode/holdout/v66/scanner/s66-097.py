import hmac
import os
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
OPS_TOKEN = os.environ["OPS_TOKEN"]


@app.post("/stations/<station_id>/restart")
def restart(station_id):
    if not hmac.compare_digest(request.headers.get("X-Ops-Token", ""), OPS_TOKEN):
        abort(401)
    if station_id not in {"NV-014", "NV-022", "SK-003"}:
        abort(404)
    delay = request.args.get("delay", "0")
    if not delay.isdigit() or int(delay) > 600:
        abort(400)
    subprocess.run(["/opt/glacier/bin/restart-logger", station_id, "--delay", delay], check=True, timeout=30)
    return {"restarting": station_id}
