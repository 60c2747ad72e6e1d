from flask import Flask, request
from defusedxml import ElementTree as ET

app = Flask(__name__)

@app.route("/orders/import", methods=["POST"])
def import_orders():
    root = ET.fromstring(request.data)
    return {"imported": len(root.findall("order"))}
