from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/orders/import")
def import_orders():
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(request.files["orders"], parser)
    orders = []
    for node in tree.getroot().iter("order"):
        orders.append({
            "id": node.get("id"),
            "qty": int(node.findtext("qty", "0")),
            "sku": node.findte
