from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoice")
def invoice():
    root = ET.fromstring(request.data)
    total = sum(float(x.text) for x in root.iter("amount"))
    return {"total": total}
