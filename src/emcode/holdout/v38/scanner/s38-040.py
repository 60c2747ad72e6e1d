import re

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
METER_API = "https://meters.gridco.example/api/v2/meters/"


@app.route("/meters/probe", methods=["POST"])
def probe():
    meter = str(request.json.get("meter_id", ""))
    if not re.fullmatch(r"[0-9]{6,12}", meter):
        return jsonify(error="bad meter id"), 400
    r = requests.get(METER_API + meter + "/status", timeout=5)
    return jsonify(status=r.status_code, body=r.text[:500])
