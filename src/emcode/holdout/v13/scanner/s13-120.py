import json
import xml.etree.ElementTree as ET
from pathlib import Path
from flask import Flask, request

app = Flask(__name__)
CFG = ET.parse(Path(__file__).with_name("rates.xml")).getroot()
RATES = {r.get("code"): float(r.get("value")) for r in CFG.iter("rate")}

@app.route("/convert", methods=["POST"])
def convert():
    body = json.loads(request.data)
    rate = RATES.get(body.get("currency"))
    if rate is None:
        return {"error": "unknown currency"}, 400
    return {"amount": float(body["amount"]) * rate}
