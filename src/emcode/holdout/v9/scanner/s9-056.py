from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/orders/import")
def import_orders():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    orders = [(o.get("id"), o.findtext("total")) for o in root.iter("order")]
    return {"imported": len(orders)}
