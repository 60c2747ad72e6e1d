from flask import Flask, request
from lxml import etree

app = Flask(__name__)

@app.route("/orders/import", methods=["POST"])
def import_orders():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    count = 0
    for order in root.iter("order"):
        count += 1
    return {"imported": count}
