import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/asn")
def advance_shipping_notice():
    root = ET.fromstring(request.data)
    lines = [(l.get("sku"), int(l.get("qty"))) for l in root.iter("line")]
    return {"lines": len(lines), "first": lines[0][0] if lines else None}
