from defusedxml import ElementTree as DET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/invoices")
def invoices():
    root = DET.fromstring(request.data)
    total = sum(float(x.text or 0) for x in root.iter("amount"))
    return jsonify(total=total)
