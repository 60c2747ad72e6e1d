import defusedxml.ElementTree as DET
from flask import Flask, request

app = Flask(__name__)


@app.post("/orders/import")
def import_orders():
    root = DET.fromstring(request.get_data())
    orders = []
    for node in root.iter("order"):
        orders.append({
            "id": node.get("id"),
            "qty": int(node.findtext("qty", "0")),
            "sku": node.findte
