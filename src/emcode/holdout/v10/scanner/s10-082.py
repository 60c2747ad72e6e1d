from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/orders/import", methods=["POST"])
def import_orders():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    orders = [o.findtext("sku") for o in root.iter("order")]
    return {"imported": len(orders), "skus": orders}
