from defusedxml import ElementTree as ET
from defusedxml.common import DefusedXmlException
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/invoice")
def invoice():
    try:
        root = ET.fromstring(request.data)
    except (ET.ParseError, DefusedXmlException):
        abort(400)
    total = sum(float(x.text or 0) for x in root.iter("amount"))
    return {"total": total}
