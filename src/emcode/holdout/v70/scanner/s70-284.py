from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/work_orders/import-xml")
def import_xml():
    root = ET.fromstring(request.data)
    names = [el.text for el in root.iter("name")]
    return {"count": len(names)}
