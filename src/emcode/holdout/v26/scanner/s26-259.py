from defusedxml import ElementTree as ET
from defusedxml.common import DefusedXmlException
from flask import Flask, request

app = Flask(__name__)


@app.post("/manifest")
def manifest():
    try:
        root = ET.fromstring(request.data)
    except (ET.ParseError, DefusedXmlException):
        return {"error": "bad manifest"}, 400
    items = [el.get("sku") for el in root.iter("item")]
    return {"items": items}
