import hashlib
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
VENDOR = "https://firmware.vendor.example"


@app.post("/firmware/mirror")
def mirror_firmware():
    body = request.get_json()
    version = int(body["version"])
    model = str(body["model"])
    if not model.isalnum():
        return jsonify(error="bad model"), 400
    r = requests.get(f"{VENDOR}/{model}/{version}.bin", timeout=30)
    r.raise_for_status()
    with open(f"/srv/firmware/{model}-{version}.bin", "wb") as fh:
        fh.write(r.content)
    return jsonify(sha256=hashlib.sha256(r.content).hexdigest())
