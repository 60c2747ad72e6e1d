import requests
from flask import Flask, jsonify, abort

app = Flask(__name__)
SERVICES = {
    "api": "https://api.example.com/healthz",
    "auth": "https://auth.example.com/healthz",
}


@app.route("/status/<service_id>")
def status(service_id):
    url = SERVICES.get(service_id)
    if url is None:
        abort(404)
    try:
        r = requests.get(url, timeout=3)
        up = r.status_code == 200
    except requests.RequestException:
        up = False
    return jsonify(service=service_id, up=up)
