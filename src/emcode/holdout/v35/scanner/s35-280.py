import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/orders/import")
def import_orders():
    try:
        root = ET.fromstring(request.data)
    except ET.ParseError:
        return {"error": "bad xml"}, 400
    count = sum(1 for _ in root.iter("order"))
    return {"imported": count}
