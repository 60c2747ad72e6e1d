from urllib.request import urlopen
import json
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/gateway/status")
def device_status():
    device_ip = request.args["ip"]
    path = request.args.get("path", "status")
    status_url = "http://" + device_ip + "/" + path
    with urlopen(status_url, timeout=3) as resp:
        data = json.load(resp)
    return jsonify(device=device_ip, status=data)
