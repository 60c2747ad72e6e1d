import json
from urllib.request import urlopen
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
DEVICES = {"thermo-1": "10.20.0.11", "thermo-2": "10.20.0.12"}
PATHS = {"status", "firmware"}


@app.route("/gateway/status")
def device_status():
    ip = DEVICES.get(request.args.get("device", ""))
    path = request.args.get("path", "status")
    if ip is None or path not in PATHS:
        abort(404)
    with urlopen(f"http://{ip}/{path}", timeout=3) as resp:
        data = json.load(resp)
    return jsonify(status=data)
