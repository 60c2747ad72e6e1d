from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/orders/import")
def import_orders():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    count = 0
    for order in root.iter("order"):
        count += 1
        print(order.findtext("sku"), order.findtext("qty"))
    return {"imported": count}
